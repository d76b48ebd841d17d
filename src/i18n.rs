//! Fluent translations: every French sentence shown by the site comes from `locales/fr/*.ftl`.
//!
//! The bundle is the concurrent flavour so one copy is shared by all request threads, and
//! isolation marks are off because the output is HTML, not bidirectional UI text.

use crate::dossier::Dossier;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::langid;

/// Problem found while loading the `.ftl` files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleError {
    /// File that holds the problem.
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: usize,
    /// Short technical detail (parser error or duplicated id).
    pub detail: String,
}

impl fmt::Display for LocaleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path.display(), self.line, self.detail)
    }
}

/// The loaded French messages.
pub struct I18n {
    bundle: FluentBundle<FluentResource>,
    /// Message id -> file that defines it (for tests and duplicate detection).
    ids: BTreeMap<String, PathBuf>,
}

impl fmt::Debug for I18n {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("I18n").field("messages", &self.ids.len()).finish()
    }
}

/// Arguments of a message, as `(name, value)` pairs.
pub type Args<'a> = &'a [(&'a str, FluentValue<'a>)];

impl I18n {
    /// Loads every `*.ftl` file of the folder `dir` on disk (sorted by name).
    pub fn load(dir: &Path) -> Result<I18n, Vec<LocaleError>> {
        I18n::depuis(&Dossier::Disque(dir.to_path_buf()))
    }

    /// Loads every `*.ftl` file of `dossier` (sorted by name); reports every problem found.
    pub fn depuis(dossier: &Dossier) -> Result<I18n, Vec<LocaleError>> {
        let racine = PathBuf::from(dossier.nom());
        let fichiers = dossier
            .fichiers()
            .map_err(|e| vec![LocaleError { path: racine.clone(), line: 0, detail: e.to_string() }])?;
        let sources = fichiers
            .into_iter()
            .filter(|(nom, _)| nom.ends_with(".ftl") && !nom.contains('/'))
            .map(|(nom, bytes)| {
                let path = racine.join(&nom);
                match String::from_utf8(bytes) {
                    Ok(text) => Ok((path, text)),
                    Err(e) => Err(LocaleError { path, line: 0, detail: e.to_string() }),
                }
            })
            .collect::<Vec<_>>();
        let mut errors: Vec<LocaleError> = sources.iter().filter_map(|s| s.as_ref().err().cloned()).collect();
        let ok: Vec<(PathBuf, String)> = sources.into_iter().filter_map(Result::ok).collect();
        match I18n::from_sources(ok) {
            Ok(i18n) if errors.is_empty() => Ok(i18n),
            Ok(_) => Err(errors),
            Err(mut more) => {
                errors.append(&mut more);
                Err(errors)
            }
        }
    }

    /// Builds the bundle from `(path, text)` pairs.
    pub fn from_sources(sources: Vec<(PathBuf, String)>) -> Result<I18n, Vec<LocaleError>> {
        let mut bundle = FluentBundle::new_concurrent(vec![langid!("fr-BE")]);
        bundle.set_use_isolating(false);
        let mut ids: BTreeMap<String, PathBuf> = BTreeMap::new();
        let mut errors = Vec::new();
        for (path, text) in sources {
            let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(r) => r,
                Err((r, parse_errors)) => {
                    for e in parse_errors {
                        errors.push(LocaleError {
                            path: path.clone(),
                            line: line_of(e.pos.start),
                            detail: e.kind.to_string(),
                        });
                    }
                    r
                }
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let id = m.id.name.to_string();
                    if let Some(first) = ids.get(&id) {
                        let offset = text.find(&format!("\n{id} =")).map_or(0, |o| o + 1);
                        errors.push(LocaleError {
                            path: path.clone(),
                            line: line_of(offset),
                            detail: format!("`{id}` (+ {})", first.display()),
                        });
                    } else {
                        ids.insert(id, path.clone());
                    }
                }
            }
            // Duplicates are reported above with their file; the bundle keeps the first one.
            let _ = bundle.add_resource(resource);
        }
        if errors.is_empty() { Ok(I18n { bundle, ids }) } else { Err(errors) }
    }

    /// The message `id` without arguments.
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, &[])
    }

    /// The message `id` with named arguments.
    pub fn t_args(&self, id: &str, args: Args<'_>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            tracing::warn!(id, "missing Fluent message");
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(id, ?errors, "Fluent message failed to format");
        }
        text.into_owned()
    }

    /// Whether a message with this id exists.
    pub fn has(&self, id: &str) -> bool {
        self.ids.contains_key(id)
    }

    /// Every message id, with the file that defines it.
    pub fn ids(&self) -> impl Iterator<Item = (&str, &Path)> {
        self.ids.iter().map(|(id, p)| (id.as_str(), p.as_path()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_arguments_without_isolation_marks() {
        let i18n = I18n::from_sources(vec![("a.ftl".into(), "salut = Bonjour { $nom } !\n".into())]).unwrap();
        assert_eq!(i18n.t_args("salut", &[("nom", "Léa".into())]), "Bonjour Léa !");
    }

    #[test]
    fn duplicate_ids_across_files_are_reported_with_their_line() {
        let errors = I18n::from_sources(vec![
            ("a.ftl".into(), "x = un\n".into()),
            ("b.ftl".into(), "y = deux\nx = trois\n".into()),
        ])
        .unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, PathBuf::from("b.ftl"));
        assert_eq!(errors[0].line, 2);
    }

    #[test]
    fn syntax_errors_are_reported() {
        let errors = I18n::from_sources(vec![("a.ftl".into(), "ok = bien\n= cassé\n".into())]).unwrap_err();
        assert_eq!(errors[0].line, 2);
    }

    #[test]
    fn missing_message_falls_back_to_its_id() {
        let i18n = I18n::from_sources(vec![]).unwrap();
        assert_eq!(i18n.t("inconnu"), "inconnu");
    }
}
