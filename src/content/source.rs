//! One content file: its text, positions of its keys, and typed parsing with French diagnostics.

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::probleme::{Probleme, Rapport};

/// One step of a path to a value: a table key or an array index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg<'a> {
    /// A key in a table.
    Cle(&'a str),
    /// An index in an array (0-based).
    Index(usize),
}

/// A read file with its text.
pub struct Source {
    /// Where it was read.
    pub path: PathBuf,
    /// Its text.
    pub text: String,
}

impl Source {
    /// Reads a file; an unreadable or non-UTF-8 file becomes a problem in `rapport`.
    pub fn read(path: &Path, rapport: &mut Rapport) -> Option<Source> {
        match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => Some(Source { path: path.to_path_buf(), text }),
                Err(e) => {
                    let offset = e.utf8_error().valid_up_to();
                    let text = String::from_utf8_lossy(&e.into_bytes()[..offset]).into_owned();
                    let pos = line_column(&text, offset);
                    rapport.push(path, pos, Probleme::Utf8Invalide);
                    None
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                rapport.push(path, (1, 1), Probleme::FichierManquant);
                None
            }
            Err(e) => {
                // Known causes get a French word through the message's select; others keep the OS text.
                let detail = match e.kind() {
                    std::io::ErrorKind::PermissionDenied => "droits".to_string(),
                    std::io::ErrorKind::IsADirectory => "dossier".to_string(),
                    _ => e.to_string(),
                };
                rapport.push(path, (1, 1), Probleme::FichierIllisible { detail });
                None
            }
        }
    }

    /// Deserializes the whole file into `T`; on failure, reports every problem in French.
    ///
    /// serde stops at the first error, so after each one the file is mended in memory and parsed
    /// again: a value of the wrong type is replaced by a stand-in of the expected type, an
    /// unknown key is blanked out. This goes on until parsing succeeds or an error cannot be
    /// isolated (a syntax error, a missing field). Offsets are mapped back to the original text.
    pub fn parse<T: DeserializeOwned>(&self, rapport: &mut Rapport) -> Option<T> {
        self.parse_arbre(self.arbre(), rapport)
    }

    /// Like [`Source::parse`], from the syntax tree already read by [`Source::arbre`]: a valid
    /// file is then parsed once for both deserializing and locating values.
    pub fn parse_arbre<T: DeserializeOwned>(&self, arbre: Option<DeTable<'_>>, rapport: &mut Rapport) -> Option<T> {
        if let Some(arbre) = arbre {
            let racine = Spanned::new(0..self.text.len(), arbre);
            if let Ok(value) = T::deserialize(toml::de::Deserializer::from(racine)) {
                return Some(value);
            }
        }
        let mut text = self.text.clone();
        let mut edits = Edits::default();
        let mut suggested: Vec<String> = Vec::new();
        let mut errors = 0;
        // Once a value has been replaced by a stand-in, the parsed result is not the editor's:
        // checks made on it could report problems that do not exist. Keys renamed or removed
        // leave every written value intact, so those checks still run.
        let mut stand_ins = false;
        for _ in 0..MAX_ERREURS_PAR_FICHIER {
            let e = match toml::from_str::<T>(&text) {
                Ok(value) => return (errors == 0 || !stand_ins).then_some(value),
                Err(e) => e,
            };
            let span = e.span().unwrap_or(0..0);
            let original = edits.original(span.start)..edits.original(span.end);
            let probleme = self.probleme(e.message(), original.clone());
            let mend = mend(&text, span.clone(), &probleme);
            stand_ins |= !matches!(probleme, Probleme::ChampInconnu { .. } | Probleme::ChampDuplique { .. });
            // A field reported as unknown with this very name as the suggestion: one problem, not two.
            let redundant = matches!(&probleme, Probleme::ChampManquant { champ } if suggested.contains(champ));
            if let Probleme::ChampInconnu { suggestion: Some(s), .. } = &probleme {
                suggested.push(s.clone());
            }
            if !redundant {
                rapport.push(&self.path, self.position(original.start), probleme);
                errors += 1;
            }
            let (range, replacement) = mend?;
            edits.record(range.start, replacement.len() as isize - range.len() as isize);
            text.replace_range(range, &replacement);
        }
        None
    }

    fn probleme(&self, message: &str, span: Range<usize>) -> Probleme {
        let source_text = || self.text.get(span.clone()).unwrap_or_default().trim().to_string();
        if message.starts_with("invalid date") || message.starts_with("invalid time") {
            return Probleme::DateInvalide { valeur: source_text() };
        }
        match traduire(message) {
            Probleme::ChampDuplique { champ } if champ.is_empty() => Probleme::ChampDuplique { champ: source_text() },
            other => other,
        }
    }

    /// Line and column of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        line_column(&self.text, offset)
    }

    /// The file's syntax tree, or `None` when its TOML does not parse (`parse` then says why).
    pub fn arbre(&self) -> Option<DeTable<'_>> {
        DeTable::parse(&self.text).ok().map(Spanned::into_inner)
    }

    /// A span finder over the syntax tree `arbre` of this file.
    pub fn locator<'a>(&'a self, arbre: Option<DeTable<'a>>) -> Locator<'a> {
        Locator { source: self, doc: std::cell::OnceCell::from(arbre) }
    }
}

/// How many problems one file may report before the rest is left for the next run.
const MAX_ERREURS_PAR_FICHIER: usize = 50;

/// How to mend `text` so that parsing can go past `probleme`: a byte range and its replacement.
fn mend(text: &str, span: Range<usize>, probleme: &Probleme) -> Option<(Range<usize>, String)> {
    let stand_in = match probleme {
        Probleme::TypeInvalide { attendu, .. } => match attendu.as_str() {
            "texte" => "\"x\"".to_string(),
            "entier" | "entier-positif" => "1".to_string(),
            "decimal" => "1.0".to_string(),
            "booleen" => "false".to_string(),
            "liste" => "[]".to_string(),
            "date" => "2000-01-01".to_string(),
            _ => return entry_around(text, span.start).map(|r| (r, String::new())),
        },
        Probleme::LongueurInvalide { attendu, .. } => {
            format!("[{}]", vec!["1"; *attendu].join(", "))
        }
        Probleme::ValeurInconnue { attendues, .. } => {
            format!("\"{}\"", attendues.split(", ").next().unwrap_or_default())
        }
        Probleme::DateInvalide { .. } => "2000-01-01".to_string(),
        // A misspelt field is read under the name it resembles, so that the rest of the file
        // (its value's type, the fields after it) is still checked in this run.
        Probleme::ChampInconnu { champ, suggestion: Some(suggestion) } => {
            let range = entry_around(text, span.start)?;
            let entree = &text[range.clone()];
            return Some(match entree.strip_prefix(champ.as_str()) {
                Some(reste) => (range, format!("{suggestion}{reste}")),
                None => (range, String::new()),
            });
        }
        Probleme::ChampInconnu { .. } | Probleme::ChampDuplique { .. } => {
            return entry_around(text, span.start).map(|r| (r, String::new()));
        }
        _ => return None,
    };
    (!span.is_empty()).then_some((span, stand_in))
}

/// Byte range of the innermost plain `key = value` entry (not a table) that contains `offset`.
fn entry_around(text: &str, offset: usize) -> Option<Range<usize>> {
    let doc = DeTable::parse(text).ok()?;
    entry_in_table(doc.get_ref(), offset)
}

fn entry_in_table(table: &DeTable<'_>, offset: usize) -> Option<Range<usize>> {
    for (k, v) in table {
        let tables: Vec<&DeTable<'_>> = match v.get_ref() {
            DeValue::Table(t) => vec![t],
            DeValue::Array(items) if items.iter().any(|i| i.get_ref().is_table()) => {
                items.iter().filter_map(|i| i.get_ref().as_table()).collect()
            }
            _ => {
                let range = k.span().start..v.span().end;
                if range.contains(&offset) {
                    return Some(range);
                }
                continue;
            }
        };
        if let Some(found) = tables.into_iter().find_map(|t| entry_in_table(t, offset)) {
            return Some(found);
        }
    }
    None
}

/// Replacements made in a text, to map offsets of the mended text back to the original.
#[derive(Default)]
struct Edits {
    /// `(offset in the mended text, length change)`, in the order they were made.
    changes: Vec<(usize, isize)>,
}

impl Edits {
    fn record(&mut self, at: usize, delta: isize) {
        self.changes.push((at, delta));
    }

    /// The original offset of an offset of the current text.
    fn original(&self, offset: usize) -> usize {
        self.changes.iter().rev().fold(
            offset as isize,
            |o, &(at, delta)| {
                if o > at as isize { (o - delta).max(at as isize) } else { o }
            },
        ) as usize
    }
}

/// Finds where a value is written, to point problems found after parsing at the right place.
pub struct Locator<'a> {
    source: &'a Source,
    /// Empty once taken by [`Locator::prendre`]; read again from the text if needed.
    doc: std::cell::OnceCell<Option<DeTable<'a>>>,
}

impl<'a> Locator<'a> {
    /// The syntax tree, when the file parses.
    pub fn arbre(&self) -> Option<&DeTable<'a>> {
        self.doc.get_or_init(|| self.source.arbre()).as_ref()
    }

    /// Takes the syntax tree out (to deserialize it without a copy).
    pub fn prendre(&mut self) -> Option<DeTable<'a>> {
        self.doc.take().unwrap_or_else(|| self.source.arbre())
    }

    /// Line and column of the value at `path`, or of its closest written ancestor.
    pub fn at(&self, path: &[Seg<'_>]) -> (usize, usize) {
        let offset = self.arbre().and_then(|doc| span_in_table(doc, path)).map_or(0, |r| r.start);
        self.source.position(offset)
    }

    /// Where `path` stands in the file, if the file holds it.
    pub fn trouve(&self, path: &[Seg<'_>]) -> Option<(usize, usize)> {
        let span = self.arbre().and_then(|doc| span_in_table(doc, path))?;
        Some(self.source.position(span.start))
    }
}

fn span_in_table(table: &DeTable<'_>, path: &[Seg<'_>]) -> Option<Range<usize>> {
    let (Seg::Cle(key), rest) = path.split_first()? else {
        return None;
    };
    let (k, v) = table.get_key_value(*key)?;
    if rest.is_empty() {
        // For a table header the key is where the eye goes; for a value, the value.
        return Some(if v.get_ref().is_table() { k.span() } else { v.span() });
    }
    span_in_value(v.get_ref(), rest).or(Some(k.span()))
}

fn span_in_value(value: &DeValue<'_>, path: &[Seg<'_>]) -> Option<Range<usize>> {
    match (value, path.first()?) {
        (DeValue::Table(t), Seg::Cle(_)) => span_in_table(t, path),
        (DeValue::Array(a), Seg::Index(i)) => {
            let item = a.get(*i)?;
            if path.len() == 1 {
                Some(item.span())
            } else {
                span_in_value(item.get_ref(), &path[1..]).or(Some(item.span()))
            }
        }
        _ => None,
    }
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Turns a TOML/serde error message (English, fixed formats) into a typed problem.
pub fn traduire(message: &str) -> Probleme {
    let message = message.trim();
    let quoted = |s: &str| -> Vec<String> { s.split('`').skip(1).step_by(2).map(str::to_string).collect() };
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let names = quoted(rest);
        let champ = names.first().cloned().unwrap_or_default();
        let suggestion = plus_proche(&champ, names.iter().skip(1).map(String::as_str));
        return Probleme::ChampInconnu { champ, suggestion };
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return Probleme::ChampManquant { champ: quoted(rest).into_iter().next().unwrap_or_default() };
    }
    if message == "duplicate key" {
        return Probleme::ChampDuplique { champ: String::new() };
    }
    if let Some(rest) = message.strip_prefix("duplicate field ") {
        return Probleme::ChampDuplique { champ: quoted(rest).into_iter().next().unwrap_or_default() };
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let names = quoted(rest);
        return Probleme::ValeurInconnue {
            valeur: names.first().cloned().unwrap_or_default(),
            attendues: names[1.min(names.len())..].join(", "),
        };
    }
    if let Some(rest) = message.strip_prefix("invalid type: ").or_else(|| message.strip_prefix("invalid value: ")) {
        let (trouve, attendu) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let (trouve, valeur) = type_code(trouve);
        return Probleme::TypeInvalide { trouve, valeur, attendu: type_code(attendu).0 };
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        let (trouve, attendu) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let attendu = attendu.rsplit(' ').next().and_then(|n| n.parse().ok()).unwrap_or(0);
        return Probleme::LongueurInvalide { trouve: trouve.trim().parse().unwrap_or(0), attendu };
    }
    Probleme::Syntaxe { detail: message.lines().next().unwrap_or(message).to_string() }
}

/// Language-neutral code of a serde type description, and the value it quotes if any.
///
/// The codes are matched by a Fluent select in `contenu-type-invalide`.
fn type_code(serde: &str) -> (String, String) {
    let serde = serde.trim();
    let value = match serde.split_once(['`', '"']) {
        Some((_, v)) => v.trim_end_matches(['`', '"']).to_string(),
        None => String::new(),
    };
    let code = if serde.starts_with("string") || serde == "a string" {
        "texte"
    } else if serde.starts_with("integer") {
        "entier"
    } else if serde.starts_with("floating point") {
        "decimal"
    } else if serde.starts_with("boolean") {
        "booleen"
    } else if serde.starts_with("sequence") || serde.starts_with("a sequence") || serde.starts_with("an array") {
        "liste"
    } else if serde.starts_with("map") || serde.starts_with("struct") || serde.starts_with("a map") {
        "table"
    } else if matches!(serde, "u8" | "u16" | "u32" | "u64" | "usize") {
        "entier-positif"
    } else if serde.contains("datetime") || serde.contains("date") {
        "date"
    } else {
        return (serde.to_string(), String::new());
    };
    (code.to_string(), value)
}

/// The candidate closest to `name` when it is close enough to be a typo.
pub fn plus_proche<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    candidates
        .map(|c| (distance(name, c), c))
        .filter(|(d, c)| *d <= 2.max(c.chars().count() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.to_string())
}

/// Levenshtein distance between two short strings.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb { prev } else { 1 + prev.min(cur).min(row[j]) };
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_suggests_the_near_name() {
        let p = traduire("unknown field `salair`, expected one of `nom`, `salaire`, `faq`");
        assert_eq!(p, Probleme::ChampInconnu { champ: "salair".into(), suggestion: Some("salaire".into()) });
        let p = traduire("unknown field `zzz`, expected one of `nom`, `salaire`");
        assert_eq!(p, Probleme::ChampInconnu { champ: "zzz".into(), suggestion: None });
    }

    #[test]
    fn type_errors_name_both_types() {
        let p = traduire("invalid type: integer `3`, expected a string");
        assert_eq!(p, Probleme::TypeInvalide { trouve: "entier".into(), valeur: "3".into(), attendu: "texte".into() });
        let p = traduire("invalid length 3, expected an array of length 2");
        assert_eq!(p, Probleme::LongueurInvalide { trouve: 3, attendu: 2 });
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        assert_eq!(line_column("é = 1\nab", 7), (2, 1));
        assert_eq!(line_column("éé", 4), (1, 3));
    }
}
