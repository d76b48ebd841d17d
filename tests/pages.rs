//! The other pages, the 404, the health check and the escaping of content.

mod common;

use common::{AppExt, app_for, bundled, repo, select, squash, text};

#[tokio::test]
async fn unknown_job_gets_a_french_404_with_a_way_back() {
    let app = bundled();
    for uri in [
        "/metiers/inconnu",
        "/metiers/ARCHITECTE-CLOUD",
        "/nimporte/quoi",
        "/static/absent.css",
        "/secteurs/x",
        "/criteres/%3Cscript%3E",
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, 404, "{uri}");
        assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"), "{uri}");
        let html = r.html();
        assert_eq!(text(&html, "h1"), "Page introuvable", "{uri}");
        assert!(select(&html, "main a[href='/']").len() == 1, "{uri}: pas de lien vers l'accueil");
        assert_eq!(select(&html, "meta[name=robots]")[0].value().attr("content"), Some("noindex"));
        assert!(!r.body.contains("<script>"), "{uri}");
    }
}

#[tokio::test]
async fn healthz_answers_once_content_is_loaded() {
    let r = bundled().get("/healthz").await;
    assert_eq!(r.status, 200);
    assert!(r.body.starts_with("ok"));
}

#[tokio::test]
async fn home_lists_to_jobs_and_sectors_that_exist() {
    let app = bundled();
    let r = app.get("/").await;
    assert_eq!(r.status, 200);
    let html = r.html();
    // The editors' selections of content/accueil.toml, in their order, and jobs of many sectors.
    let site = guide_metiers::content::load(&repo("content")).unwrap();
    let titres: Vec<String> =
        select(&html, "main section h2").iter().map(|h| squash(&h.text().collect::<String>())).collect();
    for s in &site.accueil {
        assert!(titres.contains(&s.titre), "{} absent de {titres:?}", s.titre);
        for slug in &s.metiers {
            assert!(!select(&html, &format!(".cartes a[href='/metiers/{slug}']")).is_empty(), "{slug}");
        }
    }
    let secteurs: std::collections::HashSet<String> =
        select(&html, ".cartes .carte-meta span:first-child").iter().map(|s| s.text().collect()).collect();
    assert!(secteurs.len() >= 8, "{secteurs:?}");
    for lien in select(&html, "main a") {
        let href = lien.value().attr("href").unwrap();
        if href.starts_with('/') {
            assert_eq!(app.get(href).await.status, 200, "lien cassé {href}");
        }
    }
}

#[tokio::test]
async fn job_list_criteria_and_sector_pages_render() {
    let app = bundled();
    for uri in ["/metiers", "/criteres", "/secteurs/informatique", "/criteres/teletravail-possible"] {
        let r = app.get(uri).await;
        assert_eq!(r.status, 200, "{uri}");
        assert_eq!(select(&r.html(), "h1").len(), 1, "{uri}");
    }
}

#[tokio::test]
async fn static_assets_are_served_with_the_fingerprinted_url() {
    let app = bundled();
    let html = app.get("/").await.html();
    let css = select(&html, "link[rel=stylesheet]")[0].value().attr("href").unwrap().to_string();
    assert!(css.starts_with("/static/style.css?v="), "{css}");
    let r = app.get(&css).await;
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").unwrap().starts_with("text/css"));
}

#[tokio::test]
async fn markup_written_in_content_is_shown_as_text_never_run() {
    let app = app_for(&repo("tests/fixtures/valid/minimal"));
    let r = app.get("/metiers/echappement").await;
    assert_eq!(r.status, 200);
    // No element came from the content: the only scripts are our JSON-LD blocks.
    let html = r.html();
    for script in select(&html, "script") {
        assert_eq!(script.value().attr("type"), Some("application/ld+json"));
        let json: serde_json::Value = serde_json::from_str(&script.inner_html()).expect("JSON-LD intact");
        assert!(json.is_object());
    }
    assert!(select(&html, "img").is_empty());
    assert!(select(&html, "main b, main i").is_empty());
    // The text itself is shown as written (with French typography: ’ for ').
    assert_eq!(text(&html, "h1"), "Testeur <script>alert(’nom’)</script>");
    assert!(text(&html, "#introduction").contains("<img src=x onerror=alert(1)>"));
    assert_eq!(text(&html, "#missions li"), "<script>alert(’mission’)</script>");
    // A source's title, publisher and address are text and an attribute, never markup.
    let source = select(&html, "#essentiel .provenance a");
    assert_eq!(source[0].value().attr("href"), Some("https://example.org/?a=1&b=<2>"));
    assert!(text(&html, "#essentiel .provenance").contains("<script>alert(’source’)</script> (<b>éditeur</b>, 2024)"));
    assert!(!r.body.contains("</script><script>alert"));
    // A sourced salary is not called an estimate.
    assert!(!text(&html, "#essentiel figcaption").contains("Estimation"));
    assert!(text(&html, "#essentiel figcaption").contains("2024"));
}

#[tokio::test]
async fn empty_optional_sections_are_not_shown() {
    let app = app_for(&repo("tests/fixtures/valid/minimal"));
    let html = app.get("/metiers/minimal").await.html();
    let ids: Vec<&str> =
        select(&html, "article.metier > section[id]").iter().map(|s| s.value().id().unwrap()).collect();
    // "Similar jobs" is completed automatically, so it shows even when the editor chose none.
    assert_eq!(ids, ["essentiel", "introduction", "missions", "similaires", "interets", "codes"]);
    assert_eq!(select(&html, "#introduction p").len(), 2);
    assert!(text(&html, "#essentiel").contains("Nous n’avons pas de chiffre fiable"));
    assert!(select(&html, "#essentiel svg").is_empty());
    assert_eq!(select(&html, ".appel a.bouton")[0].value().attr("href"), Some("/metiers/minimal/quiz"));
    assert!(text(&html, ".mis-a-jour").contains("29 février 2024"));
}
