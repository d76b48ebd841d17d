//! `serve --watch`: edits on disk go live, a broken edit keeps the last good site online with a
//! banner, and rename-saves and deletions are seen.

mod common;

use guide_metiers::dossier::Dossier;
use std::path::Path;
use std::time::{Duration, Instant};

use common::{AppExt, repo, select, text};
use guide_metiers::render::RenderConfig;
use guide_metiers::snapshot::{Snapshot, Sources};
use guide_metiers::watch::{Reload, watch};
use guide_metiers::web::{AppState, Portier, app};

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
async fn until(app: &Portier, uri: &str, what: &str, ok: impl Fn(&common::Reponse) -> bool) -> Duration {
    let start = Instant::now();
    loop {
        let r = app.get(uri).await;
        if ok(&r) {
            return start.elapsed();
        }
        assert!(start.elapsed() < Duration::from_secs(10), "{what} : toujours pas vrai après 10 s");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edits_go_live_and_broken_edits_keep_the_last_good_site() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    let locales = dir.path().join("locales");
    copy_dir(&repo("tests/fixtures/valid/minimal"), &content);
    copy_dir(&repo("locales/fr"), &locales);
    let sources = Sources { content: content.clone(), locales: Dossier::Disque(locales.clone()) };
    let statiques = Dossier::Disque(repo("static"));
    let snapshot = Snapshot::build(&sources, RenderConfig::new(common::URL, statiques.clone())).unwrap();
    let state = AppState::new(snapshot);
    let _watch =
        watch(state.live.clone(), Reload { sources, statiques, public_url: common::URL.into(), contact: None })
            .unwrap();
    let app = app(state);
    let fiche = content.join("metiers/minimal.toml");
    let original = std::fs::read_to_string(&fiche).unwrap();

    // 1. A plain save is live within about a second.
    std::fs::write(&fiche, original.replace("Métier minimal", "Métier renommé")).unwrap();
    let delai = until(&app, "/metiers/minimal", "nouveau nom", |r| r.body.contains("Métier renommé")).await;
    assert!(delai < Duration::from_secs(2), "rechargement en {delai:?}");

    // 2. A broken save: the last good page stays, with a banner naming file, line and problem.
    std::fs::write(&fiche, original.replace("nom = \"Métier minimal\"", "nom = 3")).unwrap();
    until(&app, "/metiers/minimal", "bandeau d'erreur", |r| r.body.contains("banniere-erreur")).await;
    for uri in ["/", "/metiers/minimal", "/page-inconnue"] {
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
    until(&app, "/metiers/minimal", "réparation", |r| r.body.contains("Métier réparé")).await;
    assert!(select(&app.get("/").await.html(), ".banniere-erreur").is_empty());

    // 4. A deleted profile disappears.
    assert_eq!(app.get("/metiers/echappement").await.status, 200);
    std::fs::remove_file(content.join("metiers/echappement.toml")).unwrap();
    until(&app, "/metiers/echappement", "suppression", |r| r.status == 404).await;

    // 5. Messages reload too.
    let accueil = locales.join("accueil.ftl");
    let ftl = std::fs::read_to_string(&accueil).unwrap();
    std::fs::write(
        &accueil,
        ftl.replace("accueil-titre = Trouvez le métier qui vous ressemble", "accueil-titre = Trouvez votre voie"),
    )
    .unwrap();
    until(&app, "/", "nouveau message", |r| r.body.contains("Trouvez votre voie")).await;
}
