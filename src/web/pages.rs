//! Handlers that serve pre-rendered pages, and the health check.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

use super::{AppState, ErreurWeb};
use crate::render::{HTML, Page, banniere};

/// Serves the snapshot's page for the request path, or 404.
pub async fn prerendered(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Result<Response, ErreurWeb> {
    let snapshot = state.live.snapshot.load();
    let page = snapshot.pages.get(uri.path()).ok_or(ErreurWeb::Introuvable)?;
    Ok(match state.live.banniere.load().as_deref() {
        // While a reload is broken, every page carries the report (and so another ETag).
        Some(b) if page.content_type == HTML => send(&Page::new(banniere::inject(page.text(), b)), &headers),
        _ => send(page, &headers),
    })
}

/// A page with its validator; `304 Not Modified` when the client already has it.
pub fn send(page: &Page, request: &HeaderMap) -> Response {
    let etag = HeaderValue::from_str(&page.etag).expect("ETag ASCII");
    let cache = HeaderValue::from_static("public, max-age=300, must-revalidate");
    let fresh = request
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == page.etag || t.trim() == "*"));
    if fresh {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag), (header::CACHE_CONTROL, cache)]).into_response();
    }
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(page.content_type)),
            (header::ETAG, etag),
            (header::CACHE_CONTROL, cache),
        ],
        page.body.clone(),
    )
        .into_response()
}

/// `200 ok` once content is loaded (it always is: the server starts only with a snapshot).
pub async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    let metiers = state.live.snapshot.load().site.metiers.len();
    ([(header::CACHE_CONTROL, "no-store")], format!("ok {metiers}\n"))
}
