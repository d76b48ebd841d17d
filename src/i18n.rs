//! Fluent translations: every French sentence shown by the site comes from `locales/fr/*.ftl`.
//!
//! The bundle is the concurrent flavour so one copy is shared by all request threads, and
//! isolation marks are off because the output is HTML, not bidirectional UI text.

use crate::dossier::Dossier;
use crate::message::{Argument, Message};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
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

    /// `message` in French.
    pub fn message(&self, message: &Message) -> String {
        let args: Vec<(&str, FluentValue)> = message
            .args
            .iter()
            .map(|(nom, valeur)| {
                let valeur = match valeur {
                    Argument::Texte(t) => FluentValue::from(t.as_str()),
                    Argument::Nombre(n) => FluentValue::from(*n),
                };
                (*nom, valeur)
            })
            .collect();
        self.t_args(message.id, &args)
    }

    /// What is wrong with `message` against these messages: an id that does not exist, an
    /// argument it uses but does not get, or one it gets but never uses (empty: nothing).
    pub fn verifier(&self, message: &Message) -> Vec<String> {
        let Some(pattern) = self.bundle.get_message(message.id).and_then(|m| m.value()) else {
            return vec![format!("{}: missing id", message.id)];
        };
        let mut lues = Variables { i18n: self, noms: BTreeSet::new() };
        lues.motif(pattern, 0);
        let utilises = lues.noms;
        let donnes: BTreeSet<&str> = message.args.iter().map(|(nom, _)| *nom).collect();
        let mut problemes = Vec::new();
        problemes.extend(utilises.difference(&donnes).map(|v| format!("{}: argument ${v} not given", message.id)));
        problemes.extend(donnes.difference(&utilises).map(|v| format!("{}: argument ${v} unused", message.id)));
        problemes
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

/// The variables a message reads, through the messages it names.
struct Variables<'m> {
    i18n: &'m I18n,
    noms: BTreeSet<&'m str>,
}

impl<'m> Variables<'m> {
    /// Those of `pattern`, `depth` messages deep (bounded, against a loop).
    fn motif(&mut self, pattern: &'m ast::Pattern<&'m str>, depth: usize) {
        if depth > 8 {
            return;
        }
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression, depth);
            }
        }
    }

    fn expression(&mut self, expression: &'m ast::Expression<&'m str>, depth: usize) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector, depth);
                for variant in variants {
                    self.motif(&variant.value, depth);
                }
            }
            ast::Expression::Inline(inline) => self.inline(inline, depth),
        }
    }

    fn inline(&mut self, inline: &'m ast::InlineExpression<&'m str>, depth: usize) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                self.noms.insert(id.name);
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                let named = arguments.named.iter().map(|n| &n.value);
                for argument in arguments.positional.iter().chain(named) {
                    self.inline(argument, depth);
                }
            }
            ast::InlineExpression::MessageReference { id, .. } => {
                if let Some(pattern) = self.i18n.bundle.get_message(id.name).and_then(|m| m.value()) {
                    self.motif(pattern, depth + 1);
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression, depth),
            // A term sees only the arguments written in its call, never the message's.
            ast::InlineExpression::TermReference { .. }
            | ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::NumberLiteral { .. } => {}
        }
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
    fn a_message_is_checked_for_missing_and_unused_arguments() {
        let ftl = "x = { $a } et { y }\ny = { $b ->\n    [one] un\n   *[other] { $c }\n}\n";
        let i18n = I18n::from_sources(vec![("a.ftl".into(), ftl.into())]).unwrap();
        let complet = Message::new("x").avec("a", "1").avec("b", 2_usize).avec("c", "3");
        assert!(i18n.verifier(&complet).is_empty(), "{:?}", i18n.verifier(&complet));
        let mal = Message::new("x").avec("a", "1").avec("b", 2_usize).avec("d", "4");
        assert_eq!(i18n.verifier(&mal), ["x: argument $c not given", "x: argument $d unused"]);
        assert_eq!(i18n.verifier(&Message::new("z")), ["z: missing id"]);
    }

    #[test]
    fn missing_message_falls_back_to_its_id() {
        let i18n = I18n::from_sources(vec![]).unwrap();
        assert_eq!(i18n.t("inconnu"), "inconnu");
    }
}
