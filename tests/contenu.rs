//! Content validation: one fixture folder per invalid case, each asserting file, line, column
//! and the French message; valid fixture sites load.
//!
//! An invalid case is `tests/fixtures/invalid/<case>/`: files laid over the valid site
//! `tests/fixtures/valid/minimal/`, an optional `_supprimer` (paths to remove), and
//! `attendu.txt`, one `path:line:column: message` per expected problem, paths relative to the
//! site. Run with `BLESS=1` to rewrite `attendu.txt` from the current output (then review it).

mod common;

use std::path::{Path, PathBuf};

use common::repo;
use guide_metiers::content::{self, Jour};
use guide_metiers::i18n::I18n;

/// The fixtures are judged on a fixed day, so that "reviewed more than a year ago" does not
/// change their expected output as time passes.
const JOUR_DES_FIXTURES: Jour = Jour { annee: 2025, mois: 1, jour: 15 };

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The valid base site with the case laid over it, in a temporary folder.
fn site_for(case: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo("tests/fixtures/valid/minimal"), dir.path());
    copy_dir(case, dir.path());
    for name in ["attendu.txt", "_supprimer"] {
        let _ = std::fs::remove_file(dir.path().join(name));
    }
    if let Ok(list) = std::fs::read_to_string(case.join("_supprimer")) {
        for rel in list.lines().filter(|l| !l.is_empty()) {
            std::fs::remove_file(dir.path().join(rel)).unwrap();
        }
    }
    dir
}

fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(repo("tests/fixtures/invalid")).unwrap().map(|e| e.unwrap().path()).collect();
    cases.sort();
    cases
}

#[test]
fn every_invalid_case_reports_its_file_line_column_and_message() {
    let i18n = I18n::load(&repo("locales/fr")).unwrap();
    let bless = std::env::var_os("BLESS").is_some();
    let cases = cases();
    assert!(cases.len() >= 20, "{} cas seulement", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let site = site_for(case);
        let prefix = format!("{}/", site.path().display());
        let rapport = match content::load_au(site.path(), JOUR_DES_FIXTURES) {
            Ok(_) => {
                failures.push(format!("{}: le contenu a été accepté", case.display()));
                continue;
            }
            Err(rapport) => rapport,
        };
        let got: Vec<String> = rapport.lignes(&i18n).iter().map(|l| l.replacen(&prefix, "", 1)).collect();
        let attendu = case.join("attendu.txt");
        if bless {
            std::fs::write(&attendu, got.join("\n") + "\n").unwrap();
            continue;
        }
        let want: Vec<String> = std::fs::read_to_string(&attendu)
            .unwrap_or_else(|_| panic!("{} manque", attendu.display()))
            .lines()
            .map(str::to_string)
            .collect();
        if got != want {
            failures.push(format!("{}:\n  attendu : {want:#?}\n  obtenu  : {got:#?}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_report_ends_with_a_summary_that_counts_errors_and_files() {
    let i18n = I18n::load(&repo("locales/fr")).unwrap();
    let site = site_for(&repo("tests/fixtures/invalid/plusieurs-erreurs"));
    let rapport = content::load_au(site.path(), JOUR_DES_FIXTURES).unwrap_err();
    let texte = rapport.texte(&i18n);
    assert_eq!(texte.lines().last(), Some("4 erreurs dans 3 fichiers."));
}

#[test]
fn valid_sites_load() {
    for site in ["tests/fixtures/valid/minimal", "content"] {
        let loaded = content::load(&repo(site)).unwrap_or_else(|r| {
            let i18n = I18n::load(&repo("locales/fr")).unwrap();
            panic!("{site}:\n{}", r.texte(&i18n))
        });
        assert!(!loaded.metiers.is_empty(), "{site}");
    }
}

/// Warnings do not stop a site from loading; they name the file, the line and what to do.
#[test]
fn an_old_review_and_an_unsourced_figure_are_warnings_not_errors() {
    let i18n = I18n::load(&repo("locales/fr")).unwrap();
    let site = site_for(&repo("tests/fixtures/valid/minimal"));
    let fiche = site.path().join("metiers/minimal.toml");
    let texte = std::fs::read_to_string(&fiche).unwrap().replace("mis_a_jour = 2024-02-29", "mis_a_jour = 2023-06-01")
        + "\n[[chiffres]]\nlibelle = \"Un chiffre\"\nvaleur = \"42\"\n\n[[faits]]\ntitre = \"Sans nombre\"\ntexte = \"Un fait sans chiffre n'a pas besoin de source.\"\n";
    std::fs::write(&fiche, texte).unwrap();
    let loaded = content::load_au(site.path(), JOUR_DES_FIXTURES).expect("des avertissements ne bloquent pas");
    let prefix = format!("{}/", site.path().display());
    let lignes: Vec<String> = loaded.avertissements.lignes(&i18n).iter().map(|l| l.replacen(&prefix, "", 1)).collect();
    assert_eq!(
        lignes,
        [
            "metiers/minimal.toml:7:14: avertissement : Fiche relue le 2023-06-01, il y a 19 mois : relisez-la (chiffres, écoles, listes de pénurie) puis mettez mis_a_jour à jour.",
            "metiers/minimal.toml:27:1: avertissement : Ce chiffre n’a ni source ni estimation : il sera affiché « non vérifié ». Citez le document lu (source, editeur, annee, url) ou expliquez l’estimation (estimation = \"…\").",
        ]
    );
    assert_eq!(loaded.avertissements.erreurs(), 0);
}

/// The same address cited under two titles is flagged, so that `/sources` lists one document once.
#[test]
fn one_address_cited_under_two_titles_is_a_warning() {
    let site = site_for(&repo("tests/fixtures/valid/minimal"));
    for (fichier, titre) in [("minimal.toml", "Titre A"), ("ingenieur-civil.toml", "Titre B")] {
        let path = site.path().join("metiers").join(fichier);
        let texte = std::fs::read_to_string(&path).unwrap()
            + &format!(
                "\n[[chiffres]]\nlibelle = \"L\"\nvaleur = \"1\"\nsource = \"{titre}\"\nediteur = \"E\"\nannee = 2024\nurl = \"https://example.org/doc\"\n"
            );
        std::fs::write(&path, texte).unwrap();
    }
    let loaded = content::load_au(site.path(), JOUR_DES_FIXTURES).unwrap();
    let incoherences: Vec<_> = loaded
        .avertissements
        .diagnostics
        .iter()
        .filter(|d| matches!(d.probleme, content::Probleme::SourceIncoherente { .. }))
        .collect();
    assert_eq!(incoherences.len(), 1, "{incoherences:?}");
}

/// Studies at a haute école or a university always name where: without a school, a bachelier or
/// master fiche gets a warning, at its schools list, or at its level when it has none.
#[test]
fn a_bachelier_or_master_without_a_school_is_a_warning() {
    let i18n = I18n::load(&repo("locales/fr")).unwrap();
    for (ajout, ligne) in
        [("", "6:17"), ("\n[formation]\netapes = [\"Un bachelier.\"]\netablissements = []\n", "29:18")]
    {
        let site = site_for(&repo("tests/fixtures/valid/minimal"));
        let fiche = site.path().join("metiers/minimal.toml");
        let texte = std::fs::read_to_string(&fiche)
            .unwrap()
            .replace("niveau_etudes = \"cess\"", "niveau_etudes = \"bachelier\"")
            .replace("mis_a_jour = 2024-02-29", "mis_a_jour = 2024-12-01")
            + ajout;
        std::fs::write(&fiche, texte).unwrap();
        let loaded = content::load_au(site.path(), JOUR_DES_FIXTURES).expect("un avertissement ne bloque pas");
        let prefix = format!("{}/", site.path().display());
        let lignes: Vec<String> =
            loaded.avertissements.lignes(&i18n).iter().map(|l| l.replacen(&prefix, "", 1)).collect();
        assert_eq!(
            lignes,
            [format!(
                "metiers/minimal.toml:{ligne}: avertissement : Un métier de niveau bachelier nomme au moins un établissement qui donne la formation aujourd’hui : ajoutez-le dans [formation] etablissements = [\"Nom (Ville)\"], vérifié sur sa page ou dans une source de 2021 ou plus récente."
            )]
        );
    }
}
