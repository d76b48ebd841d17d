//! Handlers that serve pre-rendered pages, and the health check.

use std::borrow::Cow;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

use super::{AppState, WebError};
use crate::render::{Codage, HTML, Page, banniere};
use crate::snapshot::Snapshot;

/// Serves the snapshot's page for the request path, or 404.
pub async fn prerendered(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Result<Response, WebError> {
    let snapshot = state.live.snapshot.load();
    let page = snapshot.page(uri.path())?.ok_or(WebError::Introuvable)?;
    Ok(send(&avec_banniere(&state, page), &headers))
}

/// While a reload is broken, every HTML page — ready, computed or error — carries the report (and
/// so another ETag): the one place that decides it.
pub fn avec_banniere<'p>(state: &AppState, page: &'p Page) -> Cow<'p, Page> {
    match state.live.banniere.load().as_deref() {
        Some(b) if page.content_type == HTML => Cow::Owned(Page::ephemere(banniere::inject(page.text(), b))),
        _ => Cow::Borrowed(page),
    }
}

/// Serves a page computed from the request (quiz answers, a comparison, a search). The same
/// request gives the same page for the life of a snapshot, so the most requested ones (a shared
/// link, a reload, the way back from a job) are rendered and compressed once: `cle` names every
/// input of the page. A page already kept, in the form the client accepts, is sent at once;
/// otherwise `render` and the compression run on the computing threads ([`super::calculs`]), never
/// on the thread that serves connections.
pub async fn memorise(
    state: &AppState,
    s: Arc<Snapshot>,
    cle: String,
    headers: &HeaderMap,
    render: impl FnOnce(&Snapshot) -> Result<String, WebError> + Send + 'static,
) -> Result<Response, WebError> {
    let encodages = Encodages::de(headers);
    if let Some(page) = s.resultats.get(&cle).filter(|p| p.forme_prete(encodages.pour(p))) {
        return Ok(send(&avec_banniere(state, &page), headers));
    }
    let page = state
        .calculs
        .executer(move || {
            let page = match s.resultats.get(&cle) {
                Some(page) => page,
                None => {
                    let page = Arc::new(Page::ephemere(render(&s)?));
                    s.resultats.insert(cle, page.clone());
                    page
                }
            };
            // Compressed here too, for the same reason.
            page.forme(encodages.pour(&page));
            Ok::<_, WebError>(page)
        })
        .await??;
    Ok(send(&avec_banniere(state, &page), headers))
}

/// How long browsers and shared caches may keep a page without asking again.
pub const CACHE_PAGE: &str = "public, max-age=300";

/// Most headers a page answer carries (its own, the security headers, the length).
const EN_TETES_REPONSE: usize = 16;

/// A page with its validator, in the best encoding the client accepts; `304 Not Modified` when
/// the client already has it.
pub fn send(page: &Page, request: &HeaderMap) -> Response {
    let codage = Encodages::de(request).pour(page);
    let (body, etag) = page.forme(codage);
    let fresh =
        request.get_all(header::IF_NONE_MATCH).iter().flat_map(|v| v.as_bytes().split(|&b| b == b',')).any(|t| {
            let t = t.trim_ascii();
            t == etag.as_bytes() || t == b"*"
        });
    let mut response = Response::new(if fresh { Body::empty() } else { Body::from(body) });
    let headers = response.headers_mut();
    // Room for every header of the answer at once (these, the security ones, the length): the
    // map is not grown twice on the way.
    headers.reserve(EN_TETES_REPONSE);
    headers.insert(header::ETAG, etag.clone());
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(CACHE_PAGE));
    if fresh {
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        *response.status_mut() = StatusCode::NOT_MODIFIED;
        return response;
    }
    decrire(headers, page.content_type, codage);
    response
}

/// The headers that describe the body sent: its type, its encoding, and that it depends on
/// `Accept-Encoding`.
pub fn decrire(headers: &mut HeaderMap, content_type: &'static str, codage: Codage) {
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let Some(c) = codage.content_encoding() {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(c));
    }
}

/// The compressed forms a client accepts: those `Accept-Encoding` lists without refusing them
/// (`q=0`), read in one pass.
#[derive(Debug, Clone, Copy, Default)]
pub struct Encodages {
    /// Brotli.
    pub br: bool,
    /// gzip.
    pub gzip: bool,
}

impl Encodages {
    /// What the client sends in `Accept-Encoding`.
    pub fn de(request: &HeaderMap) -> Encodages {
        let mut e = Encodages::default();
        let jetons =
            request.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(','));
        for jeton in jetons {
            let mut parts = jeton.split(';');
            let nom = parts.next().unwrap_or_default().trim();
            let refuse = |mut parts: std::str::Split<'_, char>| {
                parts.any(|q| q.bytes().filter(|b| !b.is_ascii_whitespace()).eq(*b"q=0"))
            };
            if nom.eq_ignore_ascii_case("br") {
                e.br = e.br || !refuse(parts);
            } else if nom.eq_ignore_ascii_case("gzip") {
                e.gzip = e.gzip || !refuse(parts);
            }
        }
        e
    }

    /// The best of them: Brotli, else gzip, else the bytes as they are.
    pub fn meilleur(self) -> Codage {
        if self.br {
            Codage::Br
        } else if self.gzip {
            Codage::Gzip
        } else {
            Codage::Brut
        }
    }

    /// The form of `page` to send them.
    pub fn pour(self, page: &Page) -> Codage {
        page.forme_pour(self.meilleur(), self.gzip)
    }
}

/// The best form of a compressible page for a client that sends these headers.
pub fn codage_accepte(request: &HeaderMap) -> Codage {
    Encodages::de(request).meilleur()
}

/// `200 ok` once content is loaded (it always is: the server starts only with a snapshot).
pub async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    let metiers = state.live.snapshot.load().site.metiers.len();
    ([(header::CACHE_CONTROL, "no-store")], format!("ok {metiers}\n"))
}
