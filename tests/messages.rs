//! Every message id used by templates and code exists in `locales/fr`, and nothing French
//! hides in the templates outside of Fluent calls.

mod common;

use common::repo;
use guide_metiers::content::{NiveauEtudes, Probleme};
use guide_metiers::i18n::I18n;

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

/// Literal ids passed to `t("…")` / `t_args("…"` in a file.
fn literal_ids(text: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for call in [".t(\"", ".t_args(\""] {
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
            if !i18n.has(&id) && !["salut", "inconnu", "x", "y", "ok"].contains(&id.as_str()) {
                missing.push(format!("{}: {id}", path.display()));
            }
        }
    }
    assert!(seen > 80, "trop peu d'identifiants trouvés ({seen}) : l'extraction est cassée");
    assert!(missing.is_empty(), "identifiants absents des .ftl :\n{}", missing.join("\n"));
}

#[test]
fn ids_built_at_run_time_exist() {
    let i18n = i18n();
    let mut ids: Vec<String> = Probleme::fluent_ids().into_iter().map(String::from).collect();
    ids.extend(NiveauEtudes::ALL.iter().map(|n| n.fluent_id()));
    ids.extend(guide_metiers::render::metier::SECTIONS.iter().map(|s| format!("metier-section-{s}")));
    ids.extend(guide_metiers::content::schema::fluent_ids());
    ids.extend(["nouveau-slug-invalide", "nouveau-existe", "nouveau-ecriture"].map(String::from));
    {
        use guide_metiers::content::metier::{Citation, Region, StatutPenurie};
        ids.extend(Region::ALL.iter().map(|r| format!("penurie-region-{}", r.slug())));
        ids.extend(Region::ALL.iter().map(|r| format!("penuries-explication-{}", r.slug())));
        ids.extend(
            [StatutPenurie::Penurie, StatutPenurie::Critique, StatutPenurie::Tension]
                .iter()
                .map(|s| format!("penurie-statut-{}", s.slug())),
        );
        let citations = [Citation::Salaire, Citation::Chiffres, Citation::Faits, Citation::Penuries];
        ids.extend(citations.iter().map(|c| format!("sources-section-{}", c.slug())));
    }
    for code in guide_metiers::render::erreur::TypeErreur::TOUS.map(|g| g.code()) {
        ids.push(format!("erreur-{code}-titre"));
        ids.push(format!("erreur-{code}-explication"));
    }
    let missing: Vec<&String> = ids.iter().filter(|id| !i18n.has(id)).collect();
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn the_extraction_itself_finds_a_missing_id() {
    // Guards the test above against silently matching nothing.
    assert_eq!(literal_ids(r#"{{ i18n.t("metier-absent") }} i18n.t_args("b-c", &[])"#), ["metier-absent", "b-c"]);
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
