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
    for f in ["secteurs.toml", "criteres.toml", "quiz.toml", "rmmmg.toml"] {
        std::fs::copy(repo("tests/fixtures/valid/minimal").join(f), site.join(f)).unwrap();
    }
    std::fs::create_dir(site.join("metiers")).unwrap();
    let minimal = std::fs::read_to_string(repo("tests/fixtures/valid/minimal/metiers/minimal.toml")).unwrap();
    std::fs::write(site.join("metiers/a.toml"), minimal.replace("secteur = \"sante\"", "secteur = \"sant\"")).unwrap();
    std::fs::write(site.join("metiers/b.toml"), minimal.replace("R = 1", "R = 8")).unwrap();
    let out = guide().arg("check").arg("--content").arg(site).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Warnings (the fixture's review date ages) are listed too, but these tests are about errors.
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.contains(": avertissement : ")).collect();
    assert!(lines[0].ends_with("metiers/a.toml:5:11: Le secteur « sant » n’existe pas dans content/secteurs.toml. Secteurs possibles : informatique, sante."), "{stderr}");
    assert!(lines[1].contains("metiers/b.toml:15:5: La valeur RIASEC de R vaut 8"), "{stderr}");
    assert!(lines[2].starts_with("2 erreurs dans 2 fichiers"), "{}", lines[2]);
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

/// A content folder with the minimal fixture's lists and no profile.
fn empty_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in ["secteurs.toml", "criteres.toml", "quiz.toml", "rmmmg.toml"] {
        std::fs::copy(repo("tests/fixtures/valid/minimal").join(f), dir.path().join(f)).unwrap();
    }
    dir
}

#[test]
fn new_writes_a_skeleton_that_check_guides_then_accepts_once_filled() {
    let site = empty_site();
    let out = guide().args(["new", "aide-soignant", "--content"]).arg(site.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Fiche créée"));
    let path = site.path().join("metiers/aide-soignant.toml");
    let skeleton = std::fs::read_to_string(&path).unwrap();
    assert_eq!(skeleton.lines().next(), Some(guide_metiers::content::schema::DIRECTIVE));
    assert!(!skeleton.contains("{{"), "marqueur non remplacé");

    // Unfilled, it is refused, and every field to write is named.
    let check = guide().args(["check", "--content"]).arg(site.path()).output().unwrap();
    assert_eq!(check.status.code(), Some(1));
    let report = String::from_utf8_lossy(&check.stderr);
    for champ in
        ["« nom » est vide", "« essentiel.etudes » est vide", "« faq[1].reponse » est vide", "RIASEC de C vaut 0"]
    {
        assert!(report.contains(champ), "{champ} absent de :\n{report}");
    }

    // Filled in (as an editor would), it passes.
    let filled = skeleton
        .replace("secteur = \"\"", "secteur = \"sante\"")
        .replace("\"\"\"\n\"\"\"", "\"\"\"Un métier de soin.\"\"\"")
        .replace("= \"\" ", "= \"Texte.\" ")
        .replace("= \"\"\n", "= \"Texte.\"\n")
        .replace("[\"\"]", "[\"Élément.\"]")
        .replace(" = 0\n", " = 4\n")
        .replace("min = 4", "min = 2500")
        .replace("max = 4", "max = 3000")
        .replace("[0, 0]", "[2500, 2800]")
        .replace("isco = \"Texte.\"", "isco = \"5321\"")
        .replace("url = \"Texte.\"", "url = \"https://example.org/bareme\"")
        .replace("esco_uri = \"Texte.\"", "");
    std::fs::write(&path, filled).unwrap();
    let check = guide().args(["check", "--content"]).arg(site.path()).output().unwrap();
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
}

#[test]
fn new_refuses_an_existing_or_malformed_slug() {
    let site = empty_site();
    assert!(guide().args(["new", "infirmier", "--content"]).arg(site.path()).status().unwrap().success());
    let again = guide().args(["new", "infirmier", "--content"]).arg(site.path()).output().unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).starts_with("Cette fiche existe déjà"));
    for bad in ["Infirmier", "infirmier urgentiste", "infirmière", "x-", "../evasion"] {
        let out = guide().args(["new", bad, "--content"]).arg(site.path()).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{bad}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("ne peut pas servir d’adresse"), "{bad}");
    }
    let files: Vec<_> = std::fs::read_dir(site.path().join("metiers")).unwrap().collect();
    assert_eq!(files.len(), 1);
}

#[test]
fn committed_schema_is_up_to_date_and_every_profile_points_to_it() {
    let i18n = guide_metiers::i18n::I18n::load(&repo("locales/fr")).unwrap();
    let generated = guide_metiers::content::schema::metier(&i18n);
    let committed = std::fs::read_to_string(repo("content/metier.schema.json")).unwrap();
    assert!(
        generated == committed,
        "content/metier.schema.json est périmé : lancez `cargo run -- schema > content/metier.schema.json`"
    );
    let mut profiles: Vec<_> = std::fs::read_dir(repo("content/metiers")).unwrap().map(|e| e.unwrap().path()).collect();
    profiles.push(repo("content/modele-metier.toml"));
    for path in profiles {
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().next(), Some(guide_metiers::content::schema::DIRECTIVE), "{}", path.display());
    }
}

#[test]
fn export_writes_the_whole_site_as_static_files() {
    let out_dir = tempfile::tempdir().unwrap();
    let out = guide()
        .args(["export", "--content"])
        .arg(repo("tests/fixtures/valid/minimal"))
        .args(["--public-url", "https://guide.example.be", "--quiz-url", "https://quiz.example.be/"])
        .arg(out_dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Site exporté"));
    let read = |rel: &str| std::fs::read_to_string(out_dir.path().join(rel)).unwrap_or_else(|_| panic!("{rel} manque"));
    for rel in [
        "index.html",
        "metiers/index.html",
        "metiers/minimal/index.html",
        "metiers/minimal.json",
        "metiers/minimal/quiz/index.html",
        "secteurs/sante/index.html",
        "criteres/index.html",
        "quiz/index.html",
        "quiz/methode/index.html",
        "comparer/index.html",
        "sitemap.xml",
        "robots.txt",
        "404.html",
        "static/style.css",
        "static/favicon.svg",
    ] {
        assert!(!read(rel).is_empty(), "{rel}");
    }
    // Precompressed twins hold the same page.
    let gz = std::fs::read(out_dir.path().join("metiers/minimal/index.html.gz")).unwrap();
    let mut decompresse = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut decompresse).unwrap();
    assert_eq!(decompresse, read("metiers/minimal/index.html"));
    assert!(out_dir.path().join("metiers/minimal/index.html.br").is_file());
    assert!(
        read("metiers/minimal/index.html")
            .contains("<link rel=\"canonical\" href=\"https://guide.example.be/metiers/minimal\">")
    );
    assert!(read("sitemap.xml").contains("<loc>https://guide.example.be/metiers/minimal</loc>"));
    // The quiz forms point to the server that computes results.
    assert!(read("quiz/index.html").contains("action=\"https://quiz.example.be/quiz/resultat\""));
    assert!(
        read("metiers/minimal/quiz/index.html")
            .contains("action=\"https://quiz.example.be/metiers/minimal/quiz/resultat\"")
    );
    assert!(read("404.html").contains("Page introuvable"));
}

/// Starts `serve` over the minimal fixture on a free port, with its log sent to `stderr`.
fn demarrer(rust_log: &str, stderr: std::process::Stdio) -> (std::process::Child, u16, std::time::Instant) {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = guide()
        .args(["serve", "--addr", &format!("127.0.0.1:{port}"), "--content"])
        .arg(repo("tests/fixtures/valid/minimal"))
        .env("RUST_LOG", rust_log)
        .env("NO_COLOR", "1")
        .stderr(stderr)
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed().as_secs() < 20, "le serveur ne démarre pas");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    (child, port, start)
}

/// One request on a fresh connection; the status line.
fn demander(port: u16, target: &str) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer.lines().next().unwrap_or_default().to_string()
}

#[test]
fn every_request_leaves_one_log_line_without_its_query() {
    let (child, port, _) = demarrer("info", std::process::Stdio::piped());
    assert_eq!(demander(port, "/metiers/minimal"), "HTTP/1.1 200 OK");
    assert_eq!(demander(port, "/nulle-part"), "HTTP/1.1 404 Not Found");
    assert_eq!(demander(port, "/quiz/resultat?r=secret"), "HTTP/1.1 400 Bad Request");
    assert!(Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap().success());
    let log = String::from_utf8(child.wait_with_output().unwrap().stderr).unwrap();
    let requetes: Vec<&str> = log.lines().filter(|l| l.contains("guide_metiers::requete")).collect();
    assert_eq!(requetes.len(), 3, "{log}");
    // Each serving thread writes its lines in blocks (`web::journal`): lines of requests served by
    // different threads may come out of order, as with nginx's buffered access log.
    for (path, status) in [("/metiers/minimal", 200), ("/nulle-part", 404), ("/quiz/resultat", 400)] {
        let attendu = format!("method=GET path=\"{path}\" status={status} micros=");
        assert_eq!(requetes.iter().filter(|l| l.contains(&attendu)).count(), 1, "{attendu} : {log}");
    }
    assert!(!log.contains("secret"), "{log}");
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let (mut child, port, start) = demarrer("warn", std::process::Stdio::null());
    // A request in flight when the signal arrives is still answered.
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.write_all(b"GET /metiers/minimal HTTP/1.1\r\nHost: x\r\n").unwrap();
    // Time for the server to accept the connection and start reading the request: on a loaded
    // machine, a connection still in the kernel's queue when the signal arrives is never accepted.
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap().success());
    std::thread::sleep(std::time::Duration::from_millis(200));
    stream.write_all(b"Connection: close\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer:.80}");
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed().as_secs() < 30, "le serveur ne s'arrête pas");
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert!(status.success(), "{status}");
}

/// An installed binary carries its messages and assets: run from any folder, it checks, serves,
/// exports and writes new fiches with only a content folder.
#[test]
fn the_binary_works_from_any_folder_with_only_a_content_folder() {
    let ailleurs = tempfile::tempdir().unwrap();
    let binaire = || {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_guide-metiers"));
        cmd.current_dir(ailleurs.path()).env_remove("GUIDE_LOCALES").env_remove("GUIDE_STATIC");
        cmd
    };
    let check = binaire().args(["check", "--content"]).arg(repo("content")).output().unwrap();
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));

    let site = empty_site();
    let new = binaire().args(["new", "couvreuse", "--content"]).arg(site.path()).output().unwrap();
    assert!(new.status.success(), "{}", String::from_utf8_lossy(&new.stderr));
    assert!(site.path().join("metiers/couvreuse.toml").exists());

    let export = ailleurs.path().join("public");
    let out = binaire()
        .arg("export")
        .arg(&export)
        .arg("--content")
        .arg(repo("tests/fixtures/valid/minimal"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(export.join("static/style.css").exists() && export.join("index.html").exists());
    let accueil = std::fs::read_to_string(export.join("index.html")).unwrap();
    assert!(accueil.contains("lang=\"fr-BE\"") && accueil.contains("Guide des métiers"));

    // Serving too: the schema command reads the embedded messages.
    let schema = binaire().arg("schema").output().unwrap();
    assert!(schema.status.success());
    assert_eq!(
        String::from_utf8_lossy(&schema.stdout),
        std::fs::read_to_string(repo("content/metier.schema.json")).unwrap()
    );
}

/// Editors can still point at the folders on disk, to see a change to a message at once.
#[test]
fn messages_on_disk_override_the_embedded_ones() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    std::fs::create_dir(&locales).unwrap();
    for entry in std::fs::read_dir(repo("locales/fr")).unwrap() {
        let path = entry.unwrap().path();
        let texte = std::fs::read_to_string(&path).unwrap().replace("Contenu valide :", "Tout est bon :");
        std::fs::write(locales.join(path.file_name().unwrap()), texte).unwrap();
    }
    let out = guide().args(["check", "--locales"]).arg(&locales).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Tout est bon"), "{}", String::from_utf8_lossy(&out.stdout));
    let out = guide().args(["check", "--locales"]).arg(dir.path().join("absent")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
}
