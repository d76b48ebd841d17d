//! Serving: validators and 304s, compression, caching, security headers, limits, panics,
//! path traversal.

mod common;

use axum::body::Body;
use axum::http::Request;
use axum::routing::get;
use common::{AppExt, app_for, repo, select, text};
use guide_metiers::render::RenderConfig;
use guide_metiers::web::{App, AppState, routes, wrap};
use tower::ServiceExt;

fn app() -> App {
    app_for(&repo("tests/fixtures/valid/minimal"))
}

#[tokio::test]
async fn pages_carry_an_etag_and_answer_304_when_unchanged() {
    let app = app();
    for uri in ["/metiers/minimal", "/", "/sitemap.xml", "/metiers/minimal.json", "/quiz"] {
        let r = app.get(uri).await;
        let etag = r.header("etag").unwrap_or_else(|| panic!("{uri} sans ETag")).to_string();
        assert_eq!(r.header("cache-control"), Some("public, max-age=300"), "{uri}");
        let again = app.get_with(uri, &[("if-none-match", &etag)]).await;
        assert_eq!(again.status, 304, "{uri}");
        assert!(again.body.is_empty());
        assert_eq!(app.get_with(uri, &[("if-none-match", "\"autre\"")]).await.status, 200, "{uri}");
    }
}

#[tokio::test]
async fn pages_assets_and_error_pages_are_served_compressed_when_the_client_accepts_it() {
    let app = app();
    for (uri, status) in [("/metiers/minimal", 200), ("/static/style.css", 200), ("/nulle-part", 404)] {
        compressed_forms_match_the_plain_one(&app, uri, status).await;
    }
    // Each encoding has its own validator, and each revalidates.
    for uri in ["/metiers/minimal", "/static/style.css"] {
        let plain = app.get(uri).await;
        let (_, br, _) = app.get_with_bytes(uri, &[("accept-encoding", "br")]).await;
        let etag = br.get("etag").unwrap().to_str().unwrap().to_string();
        assert_ne!(Some(etag.as_str()), plain.header("etag"));
        let again = app.get_with(uri, &[("accept-encoding", "br"), ("if-none-match", &etag)]).await;
        assert_eq!(again.status, 304, "{uri}");
    }
}

async fn compressed_forms_match_the_plain_one(app: &App, uri: &str, status: u16) {
    let plain = app.get(uri).await;
    assert_eq!(plain.status, status, "{uri}");
    for (accept, encoding) in [("br", "br"), ("gzip", "gzip"), ("gzip, br;q=0", "gzip"), ("identity", "")] {
        let r = app.get_with_bytes(uri, &[("accept-encoding", accept)]).await;
        assert_eq!(r.0, status, "{uri}");
        let got = r.1.get("content-encoding").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
        assert_eq!(got, encoding, "{uri} {accept}");
        let body = match encoding {
            "br" => {
                let mut out = Vec::new();
                brotli::BrotliDecompress(&mut &r.2[..], &mut out).unwrap();
                out
            }
            "gzip" => {
                use std::io::Read;
                let mut out = Vec::new();
                flate2::read::GzDecoder::new(&r.2[..]).read_to_end(&mut out).unwrap();
                out
            }
            _ => r.2.to_vec(),
        };
        assert_eq!(String::from_utf8(body).unwrap(), plain.body, "{uri} {accept}");
        if !encoding.is_empty() {
            assert!(r.2.len() * 2 < plain.body.len(), "{uri} {accept}: {} octets", r.2.len());
        }
        assert_eq!(r.1.get("vary").unwrap(), "accept-encoding", "{uri}");
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = app();
    for uri in ["/", "/metiers/minimal", "/inconnu", "/quiz/resultat?r=x", "/static/style.css", "/healthz"] {
        let r = app.get(uri).await;
        let csp = r.header("content-security-policy").unwrap_or_else(|| panic!("{uri} sans CSP"));
        assert!(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"), "{uri}");
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"), "{uri}");
        assert!(r.header("referrer-policy").is_some(), "{uri}");
        assert!(r.header("permissions-policy").is_some(), "{uri}");
        assert!(r.header("server").is_none(), "{uri}");
    }
}

#[tokio::test]
async fn pages_have_no_inline_script_or_style() {
    let app = app();
    for uri in
        ["/", "/metiers/echappement", "/quiz", "/quiz/resultat?r=240123240123", "/comparer?m=minimal,ingenieur-civil"]
    {
        let html = app.get(uri).await.html();
        assert!(select(&html, "[style]").is_empty(), "{uri}: attribut style");
        assert!(select(&html, "style").is_empty(), "{uri}: élément style");
        for s in select(&html, "script") {
            assert_eq!(s.value().attr("type"), Some("application/ld+json"), "{uri}: script exécutable");
        }
    }
}

#[tokio::test]
async fn fingerprinted_assets_are_immutable() {
    let app = app();
    let css = select(&app.get("/").await.html(), "link[rel=stylesheet]")[0].value().attr("href").unwrap().to_string();
    let r = app.get(&css).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("cache-control"), Some("public, max-age=31536000, immutable"));
    assert_eq!(r.header("content-type"), Some("text/css"));
    // Without the fingerprint, or with one that is no longer the file's, a browser must come back.
    for uri in ["/static/style.css", "/static/style.css?v=00000000"] {
        let r = app.get(uri).await;
        assert_eq!(r.status, 200);
        assert_eq!(r.header("cache-control"), Some("public, max-age=300"), "{uri}");
    }
    let icone = app.get("/static/favicon.svg").await;
    assert_eq!((icone.status.as_u16(), icone.header("content-type")), (200, Some("image/svg+xml")));
}

#[tokio::test]
async fn path_traversal_never_leaves_static() {
    let app = app();
    for uri in [
        "/static/../Cargo.toml",
        "/static/%2e%2e/Cargo.toml",
        "/static/%2e%2e%2fCargo.toml",
        "/static/..%2fCargo.toml",
        "/static/%252e%252e/Cargo.toml",
        "/static/....//Cargo.toml",
        "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static//etc/passwd",
    ] {
        let r = app.get(uri).await;
        assert!(r.status.is_client_error(), "{uri}: {}", r.status);
        assert!(!r.body.contains("[package]") && !r.body.contains("root:"), "{uri}");
    }
}

#[tokio::test]
async fn head_works_and_other_methods_or_bodies_are_refused_in_french() {
    let app = app();
    let head = app.clone().oneshot(Request::head("/metiers/minimal").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(head.status(), 200);
    assert!(head.headers().get("etag").is_some());
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let r = app
            .clone()
            .oneshot(Request::builder().method(method).uri("/metiers").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(r.status(), 405, "{method}");
        assert_eq!(r.headers().get("allow").unwrap(), "GET, HEAD");
    }
    let with_body = Request::get("/").header("content-length", "5").body(Body::from("hello")).unwrap();
    let r = app.clone().oneshot(with_body).await.unwrap();
    assert_eq!(r.status(), 413);
    let cookie = format!("session={}", "x".repeat(40 * 1024));
    let r = app.get_with("/metiers/minimal", &[("cookie", &cookie)]).await;
    assert_eq!(r.status, 431);
    assert_eq!(text(&r.html(), "h1"), "Demande trop volumineuse");
    let r = app.get_with("/metiers/minimal", &[("cookie", &cookie[..8 * 1024])]).await;
    assert_eq!(r.status, 200);
    let long = format!("/metiers?q=a&x={}", "b".repeat(5000));
    let r = app.get(&long).await;
    assert_eq!(r.status, 400);
    assert!(text(&r.html(), ".erreur-detail").contains("trop longue"));
}

#[tokio::test]
async fn a_panicking_handler_answers_the_french_500_page_and_the_server_stays_up() {
    let snapshot = common::snapshot(&repo("tests/fixtures/valid/minimal"));
    let state = AppState::new(snapshot);
    let routes = routes().route(
        "/boum",
        get(|| async {
            panic!("boum");
            #[allow(unreachable_code)]
            ""
        }),
    );
    let app = wrap(routes, state);
    let r = app.get("/boum").await;
    assert_eq!(r.status, 500);
    assert_eq!(text(&r.html(), "h1"), "Un problème est survenu de notre côté");
    assert_eq!(app.get("/metiers/minimal").await.status, 200);
}

#[tokio::test]
async fn a_catalogue_too_large_to_prerender_serves_the_same_pages_rendered_on_demand() {
    let content = repo("tests/fixtures/valid/minimal");
    let eager = common::snapshot(&content);
    let mut config = RenderConfig::new(common::URL, &repo("static"));
    config.prerendu_max = 0;
    let lazy = common::snapshot_with(&content, config);
    assert_eq!(lazy.paths(), eager.paths());
    let paths = eager.paths();
    let (lazy, eager) = (guide_metiers::web::app(AppState::new(lazy)), guide_metiers::web::app(AppState::new(eager)));
    for path in paths {
        let (r, attendu) = (lazy.get(&path).await, eager.get(&path).await);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.body, attendu.body, "{path}");
        assert_eq!(r.header("etag"), attendu.header("etag"), "{path}");
        assert!(r.header("etag").is_some(), "{path}");
    }
}

/// A robot that reads every job of a large catalogue does not fill the memory: beyond
/// `prerendu_max`, the job pages made on demand are kept only while they are among the most read,
/// and a page let go is made again, the same, when it is asked for again.
#[tokio::test]
async fn job_pages_made_on_demand_are_kept_within_a_bound() {
    let content = repo("content");
    let mut config = RenderConfig::new(common::URL, &repo("static"));
    config.prerendu_max = 0;
    config.pages_gardees = 6;
    let snapshot = common::snapshot_with(&content, config);
    let slugs: Vec<String> = snapshot.site.metiers.iter().take(40).map(|m| m.slug.clone()).collect();
    let mut premiers = Vec::new();
    for slug in &slugs {
        let page = snapshot.page(&format!("/metiers/{slug}")).unwrap().expect("fiche");
        assert!(page.text().contains(&format!("<link rel=\"canonical\" href=\"{}/metiers/{slug}\"", common::URL)));
        premiers.push(page.body.clone());
        assert!(snapshot.pages.gardees() <= 6, "{} pages gardées", snapshot.pages.gardees());
    }
    let app = guide_metiers::web::app(AppState::new(snapshot));
    for (slug, premier) in slugs.iter().zip(premiers) {
        let r = app.get(&format!("/metiers/{slug}")).await;
        assert_eq!(r.status, 200, "{slug}");
        assert_eq!(r.body, premier, "{slug}");
    }
}

#[tokio::test]
async fn the_fast_lane_answers_exactly_what_the_router_would() {
    let state = AppState::new(common::snapshot(&repo("tests/fixtures/valid/minimal")));
    let site = guide_metiers::web::app(state.clone());
    let routeur = wrap(routes(), state.clone());
    let paths = state.live.snapshot.load().paths();
    let (_, br, _) = site.get_with_bytes("/metiers/minimal", &[("accept-encoding", "br")]).await;
    let br_etag = br["etag"].to_str().unwrap().to_string();
    let variantes: [(&str, &[(&str, &str)]); 5] = [
        ("GET", &[]),
        ("GET", &[("accept-encoding", "gzip, deflate, br")]),
        ("GET", &[("accept-encoding", "br;q=0, gzip")]),
        ("GET", &[("accept-encoding", "br"), ("if-none-match", &br_etag)]),
        ("HEAD", &[("accept-encoding", "br")]),
    ];
    let mut compares = 0;
    for path in &paths {
        for (method, headers) in variantes {
            let request = || {
                let mut r = Request::builder().method(method).uri(path.as_str());
                for (k, v) in headers {
                    r = r.header(*k, *v);
                }
                r.body(Body::empty()).unwrap()
            };
            let rapide = site.clone().oneshot(request()).await.unwrap();
            let lente = routeur.clone().oneshot(request()).await.unwrap();
            assert_eq!(rapide.status(), lente.status(), "{method} {path} {headers:?}");
            assert_eq!(rapide.headers(), lente.headers(), "{method} {path} {headers:?}");
            let rapide = http_body_util::BodyExt::collect(rapide.into_body()).await.unwrap().to_bytes();
            let lente = http_body_util::BodyExt::collect(lente.into_body()).await.unwrap().to_bytes();
            assert_eq!(rapide, lente, "{method} {path} {headers:?}");
            compares += 1;
        }
    }
    assert!(compares == paths.len() * 5 && paths.len() >= 20, "{compares} comparaisons");
}

#[tokio::test]
async fn computed_pages_wait_for_the_computing_threads_without_holding_up_ready_pages() {
    use std::sync::Arc;
    use std::time::Duration;

    use guide_metiers::web::Calculs;

    // One computing thread, one computation allowed to wait.
    let calculs = Arc::new(Calculs::new(1, 1).unwrap());
    let state = AppState {
        calculs: Arc::clone(&calculs),
        ..AppState::new(common::snapshot(&repo("tests/fixtures/valid/minimal")))
    };
    let app = guide_metiers::web::app(state);
    let occuper = || {
        let (liberer, attendre) = std::sync::mpsc::channel::<()>();
        let (commence, est_commence) = tokio::sync::oneshot::channel::<()>();
        let c = Arc::clone(&calculs);
        let occupe = tokio::spawn(async move {
            c.executer(move || {
                commence.send(()).unwrap();
                attendre.recv().unwrap();
            })
            .await
        });
        (liberer, occupe, est_commence)
    };
    let (liberer, occupe, est_commence) = occuper();
    est_commence.await.unwrap();
    // The thread is busy: a quiz result waits for it…
    let a = app.clone();
    let resultat = tokio::spawn(async move { a.get("/quiz/resultat?r=240123240123").await });
    for _ in 0..10 {
        tokio::task::yield_now().await;
    }
    assert!(!resultat.is_finished());
    // …while pages already made are served at once, on this very thread.
    let vite = |uri: &'static str| {
        let app = app.clone();
        async move { tokio::time::timeout(Duration::from_secs(5), app.get(uri)).await.expect(uri) }
    };
    assert_eq!(vite("/metiers/minimal").await.status, 200);
    assert_eq!(vite("/metiers").await.status, 200);
    // The queue is full: the next computation is refused at once, in French.
    let refus = vite("/comparer?m=minimal,ingenieur-civil").await;
    assert_eq!(refus.status, 503);
    assert_eq!(refus.header("retry-after"), Some("5"));
    assert_eq!(refus.header("cache-control"), Some("no-store"));
    assert_eq!(text(&refus.html(), "h1"), "Le site est très demandé en ce moment");
    liberer.send(()).unwrap();
    occupe.await.unwrap().unwrap();
    let resultat = resultat.await.unwrap();
    assert_eq!(resultat.status, 200);
    assert_eq!(vite("/comparer?m=minimal,ingenieur-civil").await.status, 200);
    // A result already computed is sent without the computing threads, even when they are busy.
    let (liberer, occupe, est_commence) = occuper();
    est_commence.await.unwrap();
    let encore = vite("/quiz/resultat?r=240123240123").await;
    assert_eq!((encore.status.as_u16(), encore.body), (200, resultat.body));
    liberer.send(()).unwrap();
    occupe.await.unwrap().unwrap();
}
