//! French formatting of numbers, money, times and sort keys: the one place that knows how a
//! figure is written on the site ("3 800 €", "4 000 – 8 500 €", "8 h 30").

use unicode_normalization::UnicodeNormalization;

/// Thousands separator: narrow no-break space, as French typography and CLDR `fr` use.
pub const SEPARATEUR_MILLIERS: char = '\u{202F}';
/// Space before a unit or between a range's parts: no-break space, so a figure never wraps.
pub const ESPACE_INSECABLE: char = '\u{A0}';

/// An integer with French digit grouping: `3800` → "3 800".
pub fn nombre(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(SEPARATEUR_MILLIERS);
        }
        out.push(c);
    }
    out
}

/// An amount in euros: `3800` → "3 800 €".
pub fn euros(n: u32) -> String {
    format!("{}{ESPACE_INSECABLE}€", nombre(u64::from(n)))
}

/// A range in euros: `(4000, 8500)` → "4 000 – 8 500 €".
pub fn fourchette_euros(bas: u32, haut: u32) -> String {
    format!("{}{ESPACE_INSECABLE}–{ESPACE_INSECABLE}{}", nombre(u64::from(bas)), euros(haut))
}

/// An amount in euros with its cents: `2111.89` → "2 111,89" (no unit: messages add it).
pub fn montant_exact(x: f64) -> String {
    let centimes = (x * 100.0).round() as u64;
    format!("{},{:02}", nombre(centimes / 100), centimes % 100)
}

/// A number with one decimal and a decimal comma: `3.4` → "3,4" (`3.0` → "3").
pub fn decimal(x: f64) -> String {
    let s = format!("{:.1}", x);
    let s = s.strip_suffix(".0").unwrap_or(&s);
    s.replace('.', ",").replace('-', "−")
}

/// A "HH:MM" time the French way: "08:30" → "8 h 30". Input must already be valid.
pub fn heure(hhmm: &str) -> String {
    let (h, m) = hhmm.split_once(':').unwrap_or((hhmm, "00"));
    let h = h.trim_start_matches('0');
    format!("{}{ESPACE_INSECABLE}h{ESPACE_INSECABLE}{m}", if h.is_empty() { "0" } else { h })
}

/// Lowercase text without accents, for sorting and searching ("Ingénieur" → "ingenieur").
pub fn cle_de_tri(text: &str) -> String {
    let mut cle = String::with_capacity(text.len());
    for c in text.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).flat_map(char::to_lowercase) {
        match c {
            'œ' => cle.push_str("oe"),
            'æ' => cle.push_str("ae"),
            other => cle.push(other),
        }
    }
    cle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_with_narrow_no_break_spaces() {
        assert_eq!(nombre(0), "0");
        assert_eq!(nombre(999), "999");
        assert_eq!(nombre(3800), "3\u{202F}800");
        assert_eq!(nombre(1_234_567), "1\u{202F}234\u{202F}567");
    }

    #[test]
    fn money_and_ranges() {
        assert_eq!(euros(3800), "3\u{202F}800\u{A0}€");
        assert_eq!(fourchette_euros(4000, 8500), "4\u{202F}000\u{A0}–\u{A0}8\u{202F}500\u{A0}€");
    }

    #[test]
    fn decimals_use_a_comma() {
        assert_eq!(decimal(3.4), "3,4");
        assert_eq!(decimal(3.0), "3");
        assert_eq!(decimal(0.25), "0,2");
        assert_eq!(decimal(-0.5), "−0,5");
    }

    #[test]
    fn times() {
        assert_eq!(heure("08:30"), "8\u{A0}h\u{A0}30");
        assert_eq!(heure("00:05"), "0\u{A0}h\u{A0}05");
        assert_eq!(heure("16:00"), "16\u{A0}h\u{A0}00");
    }

    #[test]
    fn sort_keys_ignore_case_and_accents() {
        assert_eq!(cle_de_tri("INGÉNIEUR"), "ingenieur");
        assert_eq!(cle_de_tri("Œnologue"), "oenologue");
        assert!(cle_de_tri("Électricien") < cle_de_tri("Infirmier"));
    }
}
