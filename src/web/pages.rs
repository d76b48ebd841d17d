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
    let (meilleure, gzip) = (codage_accepte(headers), accepte(headers, "gzip"));
    if let Some(page) = s.resultats.get(&cle).filter(|p| p.forme_prete(p.forme_pour(meilleure, gzip))) {
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
            page.forme(page.forme_pour(meilleure, gzip));
            Ok::<_, WebError>(page)
        })
        .await??;
    Ok(send(&avec_banniere(state, &page), headers))
}

/// How long browsers and shared caches may keep a page without asking again.
pub const CACHE_PAGE: &str = "public, max-age=300";

/// A page with its validator, in the best encoding the client accepts; `304 Not Modified` when
/// the client already has it.
pub fn send(page: &Page, request: &HeaderMap) -> Response {
    let codage = page.forme_pour(codage_accepte(request), accepte(request, "gzip"));
    let (body, etag) = page.forme(codage);
    let fresh =
        request.get_all(header::IF_NONE_MATCH).iter().flat_map(|v| v.as_bytes().split(|&b| b == b',')).any(|t| {
            let t = t.trim_ascii();
            t == etag.as_bytes() || t == b"*"
        });
    let mut response = Response::new(if fresh { Body::empty() } else { Body::from(body) });
    let headers = response.headers_mut();
    headers.insert(header::ETAG, etag.clone());
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(CACHE_PAGE));
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if fresh {
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

/// The best form of a compressible page for a client that sends these headers.
pub fn codage_accepte(request: &HeaderMap) -> Codage {
    if accepte(request, "br") {
        Codage::Br
    } else if accepte(request, "gzip") {
        Codage::Gzip
    } else {
        Codage::Brut
    }
}

/// Whether `Accept-Encoding` lists `codage` without refusing it (`q=0`).
fn accepte(request: &HeaderMap, codage: &str) -> bool {
    let mut jetons =
        request.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(','));
    jetons.any(|t| {
        let mut parts = t.trim().split(';');
        parts.next().is_some_and(|n| n.trim().eq_ignore_ascii_case(codage))
            && !parts.any(|q| q.trim().replace(' ', "") == "q=0")
    })
}

/// `200 ok` once content is loaded (it always is: the server starts only with a snapshot).
pub async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    let metiers = state.live.snapshot.load().site.metiers.len();
    ([(header::CACHE_CONTROL, "no-store")], format!("ok {metiers}\n"))
}
