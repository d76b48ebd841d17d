//! French typography, applied to every rendered HTML page: editors and translators type plain
//! text (straight apostrophe, ordinary spaces) and the reader gets the typographic apostrophe and
//! the no-break spaces French requires.
//!
//! Only text between tags changes: tags and their attributes, and the contents of `script`,
//! `style`, `pre`, `code` and `textarea`, are copied untouched, so URLs, JSON-LD and code keep
//! their exact characters. The input is the escaped HTML that askama writes (`'` arrives as
//! `&#39;`).

/// Narrow no-break space: before `; : ! ?` and `%`, inside « », between thousands.
pub const FINE: char = '\u{202F}';
/// No-break space: between a number and `€` or `h`.
pub const INSECABLE: char = '\u{A0}';
/// The typographic apostrophe.
pub const APOSTROPHE: char = '\u{2019}';

/// Elements whose content is copied as is.
const BRUTS: [&str; 5] = ["script", "style", "pre", "code", "textarea"];

/// `html` with French typography applied to its text.
pub fn html(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 32);
    html_dans(html, &mut out);
    out
}

/// Appends `html` with French typography applied to its text to `out`.
pub fn html_dans(html: &str, out: &mut String) {
    let mut reste = html;
    while let Some(debut) = reste.find('<') {
        texte_dans(&reste[..debut], out);
        reste = &reste[debut..];
        let fin = fin_de_balise(reste);
        let balise = &reste[..fin];
        out.push_str(balise);
        reste = &reste[fin..];
        if let Some(nom) = element_brut(balise) {
            let fermeture = position_fermeture(reste, nom);
            out.push_str(&reste[..fermeture]);
            reste = &reste[fermeture..];
        }
    }
    texte_dans(reste, out);
}

/// Length of the tag (or comment) that starts `s`, `>` included.
fn fin_de_balise(s: &str) -> usize {
    if s.starts_with("<!--") {
        return s.find("-->").map_or(s.len(), |i| i + 3);
    }
    // Attribute values are escaped by askama, but a quoted `>` is still possible in hand-written
    // markup: skip quoted parts.
    let b = s.as_bytes();
    let mut depuis = 1;
    while let Some(i) = b.get(depuis..).and_then(|reste| memchr::memchr3(b'>', b'"', b'\'', reste)) {
        let i = depuis + i;
        if b[i] == b'>' {
            return i + 1;
        }
        let Some(fermeture) = memchr::memchr(b[i], &b[i + 1..]) else { break };
        depuis = i + 1 + fermeture + 1;
    }
    s.len()
}

/// The raw-text element a start tag opens, if any.
fn element_brut(balise: &str) -> Option<&'static str> {
    let nom = balise.strip_prefix('<')?;
    let nom = &nom[..nom.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(nom.len())];
    BRUTS.into_iter().find(|b| b.eq_ignore_ascii_case(nom))
}

/// Where `</nom` starts in `s`, in any case (or its end).
fn position_fermeture(s: &str, nom: &str) -> usize {
    let mut depuis = 0;
    while let Some(i) = s[depuis..].find("</") {
        let debut = depuis + i;
        let suite = &s.as_bytes()[debut + 2..];
        if suite.get(..nom.len()).is_some_and(|n| n.eq_ignore_ascii_case(nom.as_bytes())) {
            return debut;
        }
        depuis = debut + 2;
    }
    s.len()
}

/// Applies the rules to one text segment (escaped HTML without tags), appending to `out`.
fn texte_dans(segment: &str, out: &mut String) {
    if !a_composer(segment) {
        // Most segments (white space between tags, plain words) have nothing to change.
        out.push_str(segment);
        return;
    }
    if segment.contains("&#") {
        composer(&segment.replace("&#39;", "'").replace("&#x27;", "'"), out);
    } else {
        composer(segment, out);
    }
}

/// Whether a rule of [`texte`] may change `segment`: an apostrophe (or its escape), French
/// quotes, a no-break space, or a space before `; : ! ? % h`, a digit, `»` or `€`. When not,
/// [`texte`] would give it back as it is.
fn a_composer(segment: &str) -> bool {
    let b = segment.as_bytes();
    let signe = |i: usize| match b[i] {
        b'\'' => true,
        b'&' => b[i..].starts_with(b"&#39;") || b[i..].starts_with(b"&#x27;"),
        // The no-break space (U+00A0), « and » (U+00AB, U+00BB).
        _ => matches!(b.get(i + 1), Some(0xA0 | 0xAB | 0xBB)),
    };
    let espace = |i: usize| match b.get(i + 1) {
        Some(b';' | b':' | b'!' | b'?' | b'%' | b'h' | b'0'..=b'9') => true,
        // » and €.
        Some(0xC2) => b.get(i + 2) == Some(&0xBB),
        Some(0xE2) => b[i + 1..].starts_with("€".as_bytes()),
        _ => false,
    };
    memchr::memchr3_iter(b'\'', b'&', 0xC2, b).any(signe) || memchr::memchr_iter(b' ', b).any(espace)
}

/// French typography on plain text.
pub fn texte(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    composer(s, &mut out);
    out
}

/// Appends `s` with French typography to `out`: only apostrophes, spaces and French quotes can
/// change; the text between them is copied in one go.
fn composer(s: &str, out: &mut String) {
    let espace = |x: char| x == ' ' || x == INSECABLE || x == FINE;
    let mut copie = 0;
    for (i, x) in s.char_indices() {
        if !matches!(x, '\'' | ' ' | '\u{A0}' | '«' | '»') {
            continue;
        }
        out.push_str(&s[copie..i]);
        copie = i + x.len_utf8();
        // The three characters before, the four after.
        let mut precedents = s[..i].chars().rev();
        let [avant, avant_2, avant_3] = std::array::from_fn(|_| precedents.next());
        let mut suivants = s[copie..].chars();
        let [apres, apres_2, apres_3, apres_4] = std::array::from_fn(|_| suivants.next());
        let chiffre = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        match x {
            '\'' => out.push(APOSTROPHE),
            ' ' | '\u{A0}' => {
                let chiffre_avant = chiffre(avant);
                let remplacant = match apres {
                    Some(';' | ':' | '!' | '?' | '»' | '%') => FINE,
                    _ if avant == Some('«') => FINE,
                    Some('€') if chiffre_avant => INSECABLE,
                    // "8 h 30", "à 8 h." : both spaces around the h.
                    Some('h') if chiffre_avant && !apres_2.is_some_and(char::is_alphabetic) => INSECABLE,
                    Some(n)
                        if n.is_ascii_digit()
                            && avant == Some('h')
                            && avant_2.is_some_and(espace)
                            && chiffre(avant_3) =>
                    {
                        INSECABLE
                    }
                    // Thousands: "3 800" (exactly three digits follow, then no digit).
                    Some(_)
                        if chiffre_avant && [apres, apres_2, apres_3].into_iter().all(chiffre) && !chiffre(apres_4) =>
                    {
                        FINE
                    }
                    _ => x,
                };
                out.push(remplacant);
            }
            '«' => {
                out.push('«');
                if apres.is_some_and(|a| !espace(a)) {
                    out.push(FINE);
                }
            }
            _ => {
                if avant.is_some_and(|a| !espace(a)) {
                    out.push(FINE);
                }
                out.push('»');
            }
        }
    }
    out.push_str(&s[copie..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voir(s: &str) -> String {
        s.replace(FINE, "⍽").replace(INSECABLE, "~")
    }

    #[test]
    fn punctuation_gets_a_narrow_no_break_space() {
        assert_eq!(voir(&texte("Pourquoi ? Parce que : oui ; non !")), "Pourquoi⍽? Parce que⍽: oui⍽; non⍽!");
        assert_eq!(voir(&texte("20 %")), "20⍽%");
    }

    #[test]
    fn french_quotes_hold_their_content() {
        assert_eq!(voir(&texte("« pénurie »")), "«⍽pénurie⍽»");
        assert_eq!(voir(&texte("«pénurie»")), "«⍽pénurie⍽»");
    }

    #[test]
    fn figures_and_times_do_not_wrap() {
        assert_eq!(voir(&texte("3 800 €")), "3⍽800~€");
        assert_eq!(voir(&texte("de 8 h 30 à 17 h.")), "de 8~h~30 à 17~h.");
        assert_eq!(voir(&texte("12 000 000 personnes")), "12⍽000⍽000 personnes");
        // A year followed by a count is not a thousands group.
        assert_eq!(voir(&texte("en 2025 2 élèves")), "en 2025 2 élèves");
        assert_eq!(voir(&texte("8 heures")), "8 heures");
    }

    #[test]
    fn apostrophes_become_typographic() {
        assert_eq!(texte("l'école d'infirmiers"), "l’école d’infirmiers");
    }

    #[test]
    fn only_text_changes_never_tags_attributes_scripts_or_code() {
        let page = concat!(
            r#"<a href="/q?a=1&amp;b=2" title="l'aide : oui">l&#39;aide : oui</a>"#,
            r#"<script type="application/ld+json">{"a": "l'x : y"}</script>"#,
            r#"<code>a : b</code><pre>x ; y</pre><!-- c : d -->"#,
        );
        let attendu = concat!(
            "<a href=\"/q?a=1&amp;b=2\" title=\"l'aide : oui\">l\u{2019}aide\u{202F}: oui</a>",
            r#"<script type="application/ld+json">{"a": "l'x : y"}</script>"#,
            r#"<code>a : b</code><pre>x ; y</pre><!-- c : d -->"#,
        );
        assert_eq!(html(page), attendu);
    }

    #[test]
    fn entities_and_urls_in_text_are_left_alone() {
        assert_eq!(html("<p>R&amp;D https://x.be/a:b</p>"), "<p>R&amp;D https://x.be/a:b</p>");
    }
}
