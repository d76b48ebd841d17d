//! The binary itself: `check` and the refusal to serve invalid content.

mod common;

use std::process::Command;

use common::repo;

fn guide() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_guide-metiers"));
    cmd.current_dir(repo("."));
    cmd
}

#[test]
fn check_accepts_the_bundled_content() {
    let out = guide().arg("check").output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.starts_with("Contenu valide"), "{stdout}");
}

#[test]
fn check_lists_every_problem_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    for f in ["secteurs.toml", "criteres.toml", "quiz.toml"] {
        std::fs::copy(repo("tests/fixtures/valid/minimal").join(f), site.join(f)).unwrap();
    }
    std::fs::create_dir(site.join("metiers")).unwrap();
    let minimal = std::fs::read_to_string(repo("tests/fixtures/valid/minimal/metiers/minimal.toml")).unwrap();
    std::fs::write(site.join("metiers/a.toml"), minimal.replace("secteur = \"sante\"", "secteur = \"sant\"")).unwrap();
    std::fs::write(site.join("metiers/b.toml"), minimal.replace("R = 1", "R = 8")).unwrap();
    let out = guide().arg("check").arg("--content").arg(site).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(lines[0].ends_with("metiers/a.toml:5:11: Le secteur « sant » n’existe pas dans content/secteurs.toml. Secteurs possibles : informatique, sante."), "{stderr}");
    assert!(lines[1].contains("metiers/b.toml:12:5: La valeur RIASEC de R vaut 8"), "{stderr}");
    assert_eq!(lines[2], "2 erreurs dans 2 fichiers.");
}

#[test]
fn serve_refuses_to_start_on_invalid_content() {
    let out = guide()
        .args(["serve", "--addr", "127.0.0.1:0", "--content"])
        .arg(repo("tests/fixtures/invalid/champ-inconnu"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    // That folder holds only the faulty file: the missing lists are reported too, all at once.
    assert!(stderr.contains("Champ « accroch » inconnu. Vouliez-vous écrire « accroche » ?"), "{stderr}");
    assert!(stderr.contains("secteurs.toml:1:1: Ce fichier est obligatoire"), "{stderr}");
}
