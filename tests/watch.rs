//! `serve --watch`: edits on disk go live, a broken edit keeps the last good site online with a
//! banner, and rename-saves and deletions are seen. Then an editor's real habits, one test each:
//! a burst of saves, a fiche deleted then restored, a folder renamed away and back (or replaced),
//! a half-written file, invalid UTF-8 mid-edit; and the real binary living through all of them.
//!
//! Every wait polls with a deadline ([`DELAI`], only reached when something is wrong): no fixed
//! sleep decides an outcome, so a loaded machine makes the tests slower, not red.

mod common;

use guide_metiers::dossier::Dossier;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::{AppExt, repo, select, text};
use guide_metiers::render::RenderConfig;
use guide_metiers::snapshot::{Live, Snapshot, Sources};
use guide_metiers::watch::{Reload, Watch, watch};
use guide_metiers::web::{App, AppState, app};

/// The longest any wait may take before the test fails.
const DELAI: Duration = Duration::from_secs(30);

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

/// Polls `uri` until `ok` holds for its answer; returns how long it took.
async fn until(app: &App, uri: &str, what: &str, ok: impl Fn(&common::Reponse) -> bool) -> Duration {
    let start = Instant::now();
    loop {
        let r = app.get(uri).await;
        if ok(&r) {
            return start.elapsed();
        }
        assert!(start.elapsed() < DELAI, "{what} : toujours pas vrai après {DELAI:?}\n{}", bandeau_de(&r));
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// The text of the error banner of an answer, or "" without one.
fn bandeau_de(r: &common::Reponse) -> String {
    let html = r.html();
    if select(&html, ".banniere-erreur").is_empty() { String::new() } else { text(&html, ".banniere-erreur") }
}

/// A copy of the minimal fixture and the repository's messages, served with `--watch`.
struct Banc {
    dir: tempfile::TempDir,
    content: PathBuf,
    locales: PathBuf,
    app: App,
    live: std::sync::Arc<Live>,
    _watch: Watch,
}

impl Banc {
    fn new() -> Banc {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        let locales = dir.path().join("locales");
        copy_dir(&repo("tests/fixtures/valid/minimal"), &content);
        copy_dir(&repo("locales/fr"), &locales);
        let sources = Sources { content: content.clone(), locales: Dossier::Disque(locales.clone()) };
        let statiques = Dossier::Disque(repo("static"));
        let snapshot = Snapshot::build(&sources, RenderConfig::new(common::URL, statiques.clone())).unwrap();
        let state = AppState::new(snapshot);
        let reload = Reload { sources, statiques, public_url: common::URL.into(), contact: None };
        let live = state.live.clone();
        let _watch = watch(live.clone(), reload).unwrap();
        Banc { dir, content, locales, app: app(state), live, _watch }
    }

    /// `content/metiers/minimal.toml`.
    fn fiche(&self) -> PathBuf {
        self.content.join("metiers/minimal.toml")
    }

    /// The fixture's text of `minimal.toml` with another name.
    fn minimal(nom: &str) -> String {
        std::fs::read_to_string(repo("tests/fixtures/valid/minimal/metiers/minimal.toml"))
            .unwrap()
            .replace("Métier minimal", nom)
    }

    /// Waits until every page shows a banner containing `attendu`.
    async fn bandeau(&self, attendu: &str) {
        until(&self.app, "/metiers", &format!("bandeau « {attendu} »"), |r| bandeau_de(r).contains(attendu)).await;
        for uri in ["/", "/metiers/echappement", "/page-inconnue"] {
            let bandeau = bandeau_de(&self.app.get(uri).await);
            assert!(bandeau.contains(attendu), "{uri} : {bandeau}");
        }
    }

    /// Waits until `/metiers/minimal` is titled `nom` and no page shows a banner.
    async fn repare(&self, nom: &str) {
        until(&self.app, "/metiers/minimal", &format!("« {nom} » sans bandeau"), |r| {
            r.status == 200 && text(&r.html(), "h1") == nom && bandeau_de(r).is_empty()
        })
        .await;
        for uri in ["/", "/metiers", "/page-inconnue"] {
            assert_eq!(bandeau_de(&self.app.get(uri).await), "", "{uri}");
        }
    }

    /// The title of `/metiers/minimal` as served now.
    async fn titre(&self) -> String {
        let r = self.app.get("/metiers/minimal").await;
        assert_eq!(r.status, 200);
        text(&r.html(), "h1")
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edits_go_live_and_broken_edits_keep_the_last_good_site() {
    let banc = Banc::new();
    let (app, content, fiche) = (&banc.app, &banc.content, banc.fiche());
    let original = std::fs::read_to_string(&fiche).unwrap();

    // 1. A plain save is live within about a second (more on a loaded machine).
    std::fs::write(&fiche, original.replace("Métier minimal", "Métier renommé")).unwrap();
    let delai = until(app, "/metiers/minimal", "nouveau nom", |r| r.body.contains("Métier renommé")).await;
    assert!(delai < Duration::from_secs(5), "rechargement en {delai:?}");

    // 2. A broken save: the last good page stays, with a banner naming file, line and problem.
    // (A computed page kept from before must show it too.)
    assert_eq!(app.get("/metiers?q=metier").await.status, 200);
    std::fs::write(&fiche, original.replace("nom = \"Métier minimal\"", "nom = 3")).unwrap();
    until(app, "/metiers/minimal", "bandeau d'erreur", |r| r.body.contains("banniere-erreur")).await;
    // Every kind of page: ready, computed from the request (search, comparison, quiz result, with
    // a page kept from before the breakage), and errors.
    for uri in [
        "/",
        "/metiers/minimal",
        "/page-inconnue",
        "/metiers?q=metier",
        "/metiers?q=ingenieur",
        "/comparer?m=minimal,ingenieur-civil",
        "/quiz/resultat?r=240123240123",
        "/metiers?niveau=inconnu",
    ] {
        let r = app.get(uri).await;
        let html = r.html();
        let bandeau = text(&html, ".banniere-erreur");
        assert!(bandeau.contains("metiers/minimal.toml:2:7"), "{uri}: {bandeau}");
        assert!(bandeau.contains("on attend du texte entre guillemets"), "{uri}: {bandeau}");
    }
    assert_eq!(text(&app.get("/metiers/minimal").await.html(), "h1"), "Métier renommé");

    // 3. A fix saved the way vim does (new file renamed over the old one) clears the banner.
    let tmp = content.join("metiers/.minimal.toml.swp");
    std::fs::write(&tmp, original.replace("Métier minimal", "Métier réparé")).unwrap();
    std::fs::rename(&tmp, &fiche).unwrap();
    until(app, "/metiers/minimal", "réparation", |r| r.body.contains("Métier réparé")).await;
    assert!(select(&app.get("/").await.html(), ".banniere-erreur").is_empty());

    // 4. A deleted profile disappears.
    assert_eq!(app.get("/metiers/echappement").await.status, 200);
    std::fs::remove_file(content.join("metiers/echappement.toml")).unwrap();
    until(app, "/metiers/echappement", "suppression", |r| r.status == 404).await;

    // 5. Messages reload too.
    let accueil = banc.locales.join("accueil.ftl");
    let ftl = std::fs::read_to_string(&accueil).unwrap();
    std::fs::write(
        &accueil,
        ftl.replace("accueil-titre = Trouvez le métier qui vous ressemble", "accueil-titre = Trouvez votre voie"),
    )
    .unwrap();
    until(app, "/", "nouveau message", |r| r.body.contains("Trouvez votre voie")).await;
}

/// Reading the watched files (an editor opening one, the rebuild itself) is not a change: once a
/// save is live, nothing is rebuilt until the next one. (Each rebuild used to trigger the next,
/// forever: a full core busy as soon as the first save was seen.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reading_the_files_rebuilds_nothing() {
    let banc = Banc::new();
    std::fs::write(banc.fiche(), Banc::minimal("Enregistré une fois")).unwrap();
    banc.repare("Enregistré une fois").await;
    let servi = banc.live.snapshot.load_full();
    for _ in 0..10 {
        std::fs::read_to_string(banc.fiche()).unwrap();
        std::fs::read_dir(banc.content.join("metiers")).unwrap().for_each(drop);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(std::sync::Arc::ptr_eq(&servi, &banc.live.snapshot.load_full()), "reconstruit sans changement");
    // And the next save is still seen.
    std::fs::write(banc.fiche(), Banc::minimal("Enregistré deux fois")).unwrap();
    banc.repare("Enregistré deux fois").await;
}

/// Twenty saves in about a second, broken and valid in turn (an editor's autosave while typing,
/// a formatter rewriting on save): the site ends on the last save, which is valid.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_saves_ends_on_the_last_one() {
    let banc = Banc::new();
    let fiche = banc.fiche();
    for i in 1..=20 {
        let texte = Banc::minimal(&format!("Version {i}"));
        // Odd saves are cut in the middle of a string, as an autosave mid-word would leave them.
        let texte = if i % 2 == 1 { texte[..texte.find("Une fiche").unwrap()].to_string() } else { texte };
        std::fs::write(&fiche, texte).unwrap();
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    banc.repare("Version 20").await;
    // Nothing older comes back once the watcher has calmed down.
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(banc.titre().await, "Version 20");
    assert_eq!(bandeau_de(&banc.app.get("/").await), "");
}

/// A fiche deleted then restored (a `git stash` and `git stash pop`, an undo in a file manager).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deleted_then_restored_fiche_comes_back() {
    let banc = Banc::new();
    let fiche = banc.fiche();
    let texte = std::fs::read_to_string(&fiche).unwrap();

    // `echappement` lists `minimal` among its similar jobs: without it the content is invalid,
    // the banner says why, and the last good site (with `minimal`) stays.
    std::fs::remove_file(&fiche).unwrap();
    banc.bandeau("echappement.toml").await;
    banc.bandeau("« minimal »").await;
    assert_eq!(banc.titre().await, "Métier minimal");

    std::fs::write(&fiche, texte.replace("Métier minimal", "Métier restauré")).unwrap();
    banc.repare("Métier restauré").await;

    // A fiche nobody points to: deleting it is a valid site without it, restoring it brings it back.
    let civil = banc.content.join("metiers/ingenieur-civil.toml");
    let texte = std::fs::read_to_string(&civil).unwrap();
    std::fs::remove_file(&civil).unwrap();
    until(&banc.app, "/metiers/ingenieur-civil", "fiche supprimée", |r| r.status == 404).await;
    std::fs::write(&civil, texte).unwrap();
    until(&banc.app, "/metiers/ingenieur-civil", "fiche restaurée", |r| r.status == 200).await;
    assert_eq!(bandeau_de(&banc.app.get("/").await), "");
}

/// `content/metiers` renamed away and back, inside the content folder then outside it; after
/// each, an edit in the folder is seen (it is still watched).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_folder_renamed_away_and_back_is_still_watched() {
    let banc = Banc::new();
    let metiers = banc.content.join("metiers");
    let mut nom = "Métier minimal".to_string();
    for (tour, ailleurs) in
        [banc.content.join("metiers-ancien"), banc.dir.path().join("metiers-sauve")].iter().enumerate()
    {
        std::fs::rename(&metiers, ailleurs).unwrap();
        banc.bandeau("Impossible de lire ce dossier").await;
        assert_eq!(banc.app.get("/metiers/echappement").await.status, 200, "le dernier bon site reste");
        assert_eq!(banc.titre().await, nom);

        std::fs::rename(ailleurs, &metiers).unwrap();
        banc.repare(&nom).await;
        nom = format!("Après le tour {tour}");
        std::fs::write(banc.fiche(), Banc::minimal(&nom)).unwrap();
        banc.repare(&nom).await;
    }
}

/// A watched folder replaced by another one at the same path (moved away and a fresh copy put in
/// its place, as some sync and deploy tools do; or deleted and recreated): the new folder is
/// watched, not the old one wherever it went.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replaced_content_folder_is_watched_again() {
    let banc = Banc::new();
    let ancien = banc.dir.path().join("content-ancien");
    std::fs::rename(&banc.content, &ancien).unwrap();
    copy_dir(&ancien, &banc.content);
    std::fs::write(banc.fiche(), Banc::minimal("Dans la copie")).unwrap();
    banc.repare("Dans la copie").await;
    // The new folder is watched: an edit in it is seen on its own.
    std::fs::write(banc.fiche(), Banc::minimal("Encore dans la copie")).unwrap();
    banc.repare("Encore dans la copie").await;
    // The old one no longer is: editing it changes nothing (an edit in the new one comes after).
    std::fs::write(ancien.join("metiers/minimal.toml"), Banc::minimal("Dans l'ancien")).unwrap();
    std::fs::write(banc.fiche(), Banc::minimal("Toujours dans la copie")).unwrap();
    banc.repare("Toujours dans la copie").await;

    // Deleted, then recreated: the banner says the lists are missing, then the site comes back.
    std::fs::remove_dir_all(&banc.content).unwrap();
    banc.bandeau("secteurs.toml").await;
    assert_eq!(banc.titre().await, "Toujours dans la copie");
    copy_dir(&repo("tests/fixtures/valid/minimal"), &banc.content);
    banc.repare("Métier minimal").await;
    std::fs::write(banc.fiche(), Banc::minimal("Recréé puis modifié")).unwrap();
    banc.repare("Recréé puis modifié").await;
}

/// A save caught half-written (a slow disk, a sync tool copying it in two writes): the banner
/// points at the cut, the last good page stays; once the rest is written, all is well.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_half_written_file_then_completed() {
    use std::io::Write;
    let banc = Banc::new();
    let texte = Banc::minimal("Métier écrit en deux fois");
    let coupe = texte.find("Une fiche").unwrap() + 3;
    let mut fichier = std::fs::File::create(banc.fiche()).unwrap();
    fichier.write_all(&texte.as_bytes()[..coupe]).unwrap();
    fichier.flush().unwrap();
    banc.bandeau("metiers/minimal.toml:3:").await;
    assert_eq!(banc.titre().await, "Métier minimal");

    fichier.write_all(&texte.as_bytes()[coupe..]).unwrap();
    drop(fichier);
    banc.repare("Métier écrit en deux fois").await;
}

/// Bytes that are not UTF-8 mid-edit (a paste from a Latin-1 file, an editor set to the wrong
/// encoding): the banner names the file and the place, then a UTF-8 save clears it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_utf8_mid_edit_then_fixed() {
    let banc = Banc::new();
    // « Métier » in Latin-1: the é is the single byte 0xE9.
    let texte = Banc::minimal("M\u{0}tier en Latin-1");
    let octets: Vec<u8> = texte.bytes().map(|b| if b == 0 { 0xE9 } else { b }).collect();
    std::fs::write(banc.fiche(), octets).unwrap();
    banc.bandeau("metiers/minimal.toml:2:").await;
    banc.bandeau("n’est pas encodé en UTF-8").await;
    assert_eq!(banc.titre().await, "Métier minimal");

    std::fs::write(banc.fiche(), Banc::minimal("Métier en UTF-8")).unwrap();
    banc.repare("Métier en UTF-8").await;
}

/// The real binary with `--watch` lives through all of it and still stops cleanly on SIGTERM.
#[test]
fn the_server_survives_every_broken_state() {
    use std::io::{Read, Write};
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_dir(&repo("tests/fixtures/valid/minimal"), &content);
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_guide-metiers"))
        .current_dir(repo("."))
        .args(["serve", "--watch", "--addr", &format!("127.0.0.1:{port}"), "--content"])
        .arg(&content)
        .env("RUST_LOG", "error")
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Status line and body of `GET target`, on a fresh connection; None while nobody listens.
    let get = |target: &str| -> Option<(String, String)> {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
        write!(stream, "GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").ok()?;
        let mut answer = String::new();
        stream.read_to_string(&mut answer).ok()?;
        let (tete, corps) = answer.split_once("\r\n\r\n")?;
        Some((tete.lines().next()?.to_string(), corps.to_string()))
    };
    let start = Instant::now();
    let mut attendre = |what: &str, ok: &dyn Fn(&str, &str) -> bool| {
        loop {
            assert!(child.try_wait().unwrap().is_none(), "le serveur s'est arrêté ({what})");
            if let Some((statut, corps)) = get("/metiers/minimal")
                && ok(&statut, &corps)
            {
                break;
            }
            assert!(start.elapsed() < DELAI * 3, "{what} : toujours pas vrai");
            std::thread::sleep(Duration::from_millis(25));
        }
        let (statut, corps) = get("/healthz").expect("/healthz");
        assert!(statut.starts_with("HTTP/1.1 200") && corps.starts_with("ok 3"), "{what} : {statut} {corps}");
    };
    let bon = |nom: &'static str| {
        move |statut: &str, corps: &str| {
            statut.starts_with("HTTP/1.1 200") && corps.contains(nom) && !corps.contains("banniere-erreur")
        }
    };
    let casse = |statut: &str, corps: &str| {
        statut.starts_with("HTTP/1.1 200") && corps.contains("banniere-erreur") && corps.contains("Métier minimal")
    };
    attendre("démarrage", &bon("Métier minimal"));
    let fiche = content.join("metiers/minimal.toml");
    let texte = std::fs::read_to_string(&fiche).unwrap();
    let metiers = content.join("metiers");
    let ailleurs = dir.path().join("metiers");

    std::fs::write(&fiche, &texte.as_bytes()[..texte.len() / 2]).unwrap();
    attendre("fichier tronqué", &casse);
    std::fs::write(&fiche, [&texte.as_bytes()[..40], b"\xff\xfe", &texte.as_bytes()[40..]].concat()).unwrap();
    attendre("UTF-8 invalide", &|s, c| casse(s, c) && c.contains("UTF-8"));
    std::fs::write(&fiche, &texte).unwrap();
    attendre("réparé", &bon("Métier minimal"));
    std::fs::rename(&metiers, &ailleurs).unwrap();
    attendre("dossier parti", &casse);
    std::fs::rename(&ailleurs, &metiers).unwrap();
    std::fs::write(&fiche, texte.replace("Métier minimal", "Métier final")).unwrap();
    attendre("dossier revenu", &bon("Métier final"));

    assert!(std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap().success());
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < DELAI * 4, "le serveur ne s'arrête pas");
        std::thread::sleep(Duration::from_millis(25));
    };
    assert!(status.success(), "{status}");
}
