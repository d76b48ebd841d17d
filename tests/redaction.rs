//! Our texts are our own: no run of eight words of the reference page appears in the content.
//!
//! The reference page lives outside the repository (`../shared/seed/`, beside the clone on
//! developer machines and in CI); without it there is nothing to compare and the test says so.

mod common;

use std::collections::HashSet;

use common::repo;

const RUN: usize = 8;

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(guide_metiers::format::cle_de_tri)
        .collect()
}

fn runs(text: &str) -> HashSet<String> {
    words(text).windows(RUN).map(|w| w.join(" ")).collect()
}

fn strings(value: &toml::Value, out: &mut Vec<String>) {
    match value {
        toml::Value::String(s) => out.push(s.clone()),
        toml::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        toml::Value::Table(t) => t.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

#[test]
fn no_sentence_of_the_reference_page_is_copied() {
    let seed_dir = repo("../shared/seed");
    let Ok(entries) = std::fs::read_dir(&seed_dir) else {
        // CI always lays shared/ beside the clone: there, a missing page is a failure, not a skip.
        assert!(std::env::var_os("CI").is_none(), "{} absent en CI", seed_dir.display());
        eprintln!("{} absent : comparaison impossible", seed_dir.display());
        return;
    };
    let mut seed = HashSet::new();
    for entry in entries {
        seed.extend(runs(&std::fs::read_to_string(entry.unwrap().path()).unwrap()));
    }
    assert!(seed.len() > 1000, "page de référence trop courte : {}", seed.len());
    let mut copies = Vec::new();
    for entry in std::fs::read_dir(repo("content/metiers")).unwrap() {
        let path = entry.unwrap().path();
        let value: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut texts = Vec::new();
        strings(&value, &mut texts);
        for text in texts {
            if let Some(run) = runs(&text).intersection(&seed).next() {
                copies.push(format!("{}: « {run} » dans « {text} »", path.display()));
            }
        }
    }
    assert!(copies.is_empty(), "passages repris mot pour mot :\n{}", copies.join("\n"));
}

#[test]
fn the_comparison_detects_a_copied_sentence() {
    let seed =
        runs("Imagine-toi comme l'urbaniste du monde numérique. Ton rôle n'est pas de construire un seul bâtiment");
    let copie = runs("Ton rôle n'est pas de construire un seul bâtiment, vraiment.");
    assert!(!copie.is_disjoint(&seed));
}

/// Words that address the reader as "tu" (the site says "vous", see content/README.md).
const TUTOIEMENT: [&str; 6] = ["tu", "toi", "te", "ta", "tes", "t"];

fn tutoiements(text: &str) -> Vec<String> {
    let mots: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    mots.iter()
        .enumerate()
        .filter(|(_, w)| TUTOIEMENT.contains(&w.to_lowercase().as_str()))
        // The euphonic t of "semble-t-il", "passe-t-on" is not a pronoun.
        .filter(|(i, w)| {
            !(w.eq_ignore_ascii_case("t")
                && mots
                    .get(i + 1)
                    .is_some_and(|n| ["il", "elle", "on", "ils", "elles"].contains(&n.to_lowercase().as_str())))
        })
        .map(|(i, _)| mots[i.saturating_sub(3)..(i + 4).min(mots.len())].join(" "))
        .collect()
}

#[test]
fn the_site_addresses_the_reader_one_way_vous() {
    assert_eq!(tutoiements("Renseigne-toi : tu verras, c'est ta voie et t'aidera.").len(), 4);
    assert!(tutoiements("Renseignez-vous : le ton est direct, c'est votre voie. Passe-t-on sa vie ici ?").is_empty());
    let mut fichiers: Vec<std::path::PathBuf> =
        ["content/quiz.toml", "content/secteurs.toml", "content/criteres.toml"].iter().map(|p| repo(p)).collect();
    for dir in ["content/metiers", "locales/fr"] {
        fichiers.extend(std::fs::read_dir(repo(dir)).unwrap().map(|e| e.unwrap().path()));
    }
    let mut trouves = Vec::new();
    for path in fichiers {
        let texte = std::fs::read_to_string(&path).unwrap();
        let textes = if path.extension().is_some_and(|x| x == "toml") {
            let mut out = Vec::new();
            strings(&toml::from_str(&texte).unwrap(), &mut out);
            out
        } else {
            texte.lines().filter(|l| !l.starts_with('#')).map(str::to_string).collect()
        };
        // Addresses are not addressed to the reader ("…-t-1", "…t19930213…").
        for t in textes.iter().filter(|t| !t.starts_with("http://") && !t.starts_with("https://")) {
            trouves.extend(tutoiements(t).into_iter().map(|e| format!("{} : « {e} »", path.display())));
        }
    }
    assert!(trouves.is_empty(), "le lecteur est tutoyé :\n{}", trouves.join("\n"));
}
