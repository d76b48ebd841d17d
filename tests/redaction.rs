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
