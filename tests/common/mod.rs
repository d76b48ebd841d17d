//! Shared test helpers: build the app over a content folder and query it like a browser.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use std::convert::Infallible;

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::response::Response;
use guide_metiers::render::RenderConfig;
use guide_metiers::snapshot::{Snapshot, Sources};
use guide_metiers::web::{App, AppState, app};
use http_body_util::BodyExt;
use scraper::{Html, Selector};
use tower::{Service, ServiceExt};

/// Public URL used by the tests.
pub const URL: &str = "https://guide.test";

/// A path inside the repository.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The snapshot of a content folder, with the repository's locales and assets.
pub fn snapshot(content: &Path) -> Snapshot {
    snapshot_with(content, RenderConfig::new(URL, &repo("static")))
}

/// The snapshot of a content folder with these rendering settings.
pub fn snapshot_with(content: &Path, config: RenderConfig) -> Snapshot {
    let sources = Sources {
        content: content.to_path_buf(),
        locales: guide_metiers::dossier::Dossier::Disque(repo("locales/fr")),
    };
    Snapshot::build(&sources, config).unwrap_or_else(|e| panic!("{e}"))
}

/// The app over a content folder.
pub fn app_for(content: &Path) -> App {
    app(AppState::new(snapshot(content)))
}

/// The app over the bundled content.
pub fn bundled() -> App {
    app_for(&repo("content"))
}

/// An answer, read whole.
pub struct Reponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reponse {
    /// The body parsed as HTML.
    pub fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    /// A header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// Requests through the site (or a bare router), without a network.
pub trait AppExt {
    /// `GET uri`.
    async fn get(&self, uri: &str) -> Reponse;
    /// `GET uri` with extra headers.
    async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> Reponse;
    /// `GET uri` with extra headers; the raw answer (status, headers, body bytes).
    async fn get_with_bytes(&self, uri: &str, headers: &[(&str, &str)]) -> (StatusCode, HeaderMap, axum::body::Bytes);
}

impl<S> AppExt for S
where
    S: Service<Request<Body>, Response = Response, Error = Infallible> + Clone + Send,
    S::Future: Send,
{
    async fn get(&self, uri: &str) -> Reponse {
        self.get_with(uri, &[]).await
    }

    async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> Reponse {
        let (status, headers, bytes) = self.get_with_bytes(uri, headers).await;
        Reponse { status, headers, body: String::from_utf8(bytes.to_vec()).expect("UTF-8") }
    }

    async fn get_with_bytes(&self, uri: &str, headers: &[(&str, &str)]) -> (StatusCode, HeaderMap, axum::body::Bytes) {
        let mut request = Request::get(uri);
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        let response = self.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (status, headers, bytes)
    }
}

/// Every element matching a CSS selector.
pub fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let selector = Selector::parse(css).unwrap_or_else(|e| panic!("sélecteur {css}: {e:?}"));
    html.select(&selector).collect()
}

/// Text of the first element matching `css`, whitespace collapsed.
pub fn text(html: &Html, css: &str) -> String {
    let el = select(html, css).into_iter().next().unwrap_or_else(|| panic!("aucun élément {css}"));
    squash(&el.text().collect::<String>())
}

/// Collapses runs of white space (including no-break spaces) into one ASCII space.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
