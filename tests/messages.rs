//! Every message id used by templates and code exists in `locales/fr`, every message shown to
//! people ([`MessageUtilisateur`]) is formatted with exactly the arguments it uses, and nothing
//! French hides in the templates outside of Fluent calls.

mod common;

use common::repo;
use guide_metiers::catalogue::recherche::FiltreError;
use guide_metiers::content::Probleme;
use guide_metiers::content::nouveau::NouveauError;
use guide_metiers::i18n::I18n;
use guide_metiers::message::{Message, MessageUtilisateur};
use guide_metiers::quiz::{BandeError, FormulaireError, ReponsesError};
use guide_metiers::render::erreur::MotifErreur;
use guide_metiers::render::libelles;
use guide_metiers::web::{ComparerError, WebError};

fn i18n() -> I18n {
    I18n::load(&repo("locales/fr")).unwrap_or_else(|e| panic!("{e:?}"))
}

fn files(dir: &std::path::Path, ext: &str, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// Literal ids passed to `t("…")` / `t_args("…"` / `Message::new("…")` in a file.
fn literal_ids(text: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for call in [".t(\"", ".t_args(\"", "Message::new(\""] {
        let mut rest = text;
        while let Some(i) = rest.find(call) {
            rest = &rest[i + call.len()..];
            if let Some(end) = rest.find('"') {
                ids.push(rest[..end].to_string());
            }
        }
    }
    ids
}

#[test]
fn every_literal_id_in_templates_and_code_exists() {
    let i18n = i18n();
    let mut paths = Vec::new();
    files(&repo("templates"), "html", &mut paths);
    files(&repo("src"), "rs", &mut paths);
    let mut missing = Vec::new();
    let mut seen = 0;
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        for id in literal_ids(&text) {
            seen += 1;
            // Ids of the Fluent unit tests are local to those tests.
            if !i18n.has(&id) && !["salut", "inconnu", "x", "y", "z", "ok"].contains(&id.as_str()) {
                missing.push(format!("{}: {id}", path.display()));
            }
        }
    }
    assert!(seen > 80, "trop peu d'identifiants trouvés ({seen}) : l'extraction est cassée");
    assert!(missing.is_empty(), "identifiants absents des .ftl :\n{}", missing.join("\n"));
}

#[test]
fn labels_chosen_at_run_time_exist_and_take_no_argument() {
    let i18n = i18n();
    let mut ids: Vec<&'static str> = libelles::tous();
    ids.extend(guide_metiers::render::metier::SECTIONS.map(|(_, id)| id));
    for (titre, explication) in MotifErreur::TOUS.map(MotifErreur::messages) {
        ids.extend([titre, explication]);
    }
    let problemes: Vec<String> = ids.into_iter().flat_map(|id| i18n.verifier(&Message::new(id))).collect();
    assert!(problemes.is_empty(), "{problemes:#?}");
    // The schema's descriptions are named after the fields of the format, which change with it.
    let absents: Vec<String> =
        guide_metiers::content::schema::fluent_ids().into_iter().filter(|id| !i18n.has(id)).collect();
    assert!(absents.is_empty(), "{absents:?}");
}

/// The name of `T` and the message of each of its examples.
fn exemples<T: MessageUtilisateur>() -> (&'static str, Vec<Message>) {
    let nom = std::any::type_name::<T>().rsplit("::").next().unwrap_or_default();
    (nom, T::tous_les_exemples().iter().map(T::message).collect())
}

#[test]
fn every_message_shown_to_people_exists_with_exactly_its_arguments() {
    let i18n = i18n();
    let tous = [
        exemples::<Probleme>(),
        exemples::<FiltreError>(),
        exemples::<ReponsesError>(),
        exemples::<BandeError>(),
        exemples::<FormulaireError>(),
        exemples::<NouveauError>(),
        exemples::<ComparerError>(),
        exemples::<WebError>(),
    ];
    // Every implementation in the code is walked here.
    let mut paths = Vec::new();
    files(&repo("src"), "rs", &mut paths);
    let marque = "impl MessageUtilisateur for ";
    let mut implementations: Vec<String> = paths
        .iter()
        .flat_map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            text.lines()
                .filter_map(|l| l.trim().strip_prefix(marque).map(|r| r.trim_end_matches(" {").to_string()))
                .collect::<Vec<_>>()
        })
        .collect();
    implementations.sort();
    let mut parcourus: Vec<String> = tous.iter().map(|(nom, _)| nom.to_string()).collect();
    parcourus.sort();
    assert_eq!(implementations, parcourus, "chaque type qui implémente MessageUtilisateur est parcouru ici");

    let mut problemes = Vec::new();
    for (nom, messages) in &tous {
        assert!(!messages.is_empty(), "{nom} : aucun exemple");
        for message in messages {
            problemes.extend(i18n.verifier(message).into_iter().map(|p| format!("{nom} : {p}")));
            let texte = i18n.message(message);
            assert!(!texte.is_empty() && texte != message.id, "{nom} : {}", message.id);
        }
    }
    assert!(problemes.is_empty(), "{problemes:#?}");
}

#[test]
fn the_extraction_itself_finds_a_missing_id() {
    // Guards the test above against silently matching nothing.
    let texte = r#"{{ i18n.t("metier-absent") }} i18n.t_args("b-c", &[]) Message::new("d-e")"#;
    assert_eq!(literal_ids(texte), ["metier-absent", "b-c", "d-e"]);
}

#[test]
fn templates_hold_no_french_text_outside_fluent_calls() {
    let mut paths = Vec::new();
    files(&repo("templates"), "html", &mut paths);
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        // Drop template tags and expressions, then HTML tags: what remains is literal text.
        let mut literal = String::new();
        let mut depth = 0;
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] == '{' && matches!(chars.get(i + 1), Some('{' | '%' | '#')) {
                depth += 1;
                i += 2;
                continue;
            }
            if depth > 0 && matches!(chars[i], '}' | '%' | '#') && chars.get(i + 1) == Some(&'}') {
                depth -= 1;
                i += 2;
                continue;
            }
            if depth == 0 {
                literal.push(chars[i]);
            }
            i += 1;
        }
        let mut visible = String::new();
        let mut in_tag = false;
        for c in literal.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => visible.push(c),
                _ => {}
            }
        }
        let words: Vec<&str> = visible.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() > 1).collect();
        assert!(words.is_empty(), "{}: texte en dur {words:?}", path.display());
    }
}
