//! Handlers that serve pre-rendered pages, and the health check.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, Uri, header};
use axum::response::{IntoResponse, Response};

use super::{AppState, WebError};
use crate::representation::{self, Cache, Demande, Page};
use crate::snapshot::Snapshot;

/// Serves the snapshot's page for the request path, or 404.
pub async fn prerendered(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Result<Response, WebError> {
    prerendu(&state, &state.live.snapshot.load(), &uri, &headers)
}

/// The page of `snapshot` for the path of `uri`, or 404.
pub fn prerendu(state: &AppState, snapshot: &Snapshot, uri: &Uri, headers: &HeaderMap) -> Result<Response, WebError> {
    let page = snapshot.page(uri.path())?.ok_or(WebError::Introuvable)?;
    Ok(servir(state, &page, Cache::Page, &Demande::de(headers), Response::new(Body::empty())))
}

/// `page` made into `reponse` by [`representation::servir`], with the banner of the reload that
/// failed, if one did: every answer of the router that carries a document — page, asset or
/// error — comes here.
pub fn servir(state: &AppState, page: &Page, cache: Cache, demande: &Demande<'_>, reponse: Response) -> Response {
    let banniere = state.live.banniere.load();
    representation::servir(page, cache, demande, banniere.as_deref().map(String::as_str), reponse)
}

/// `200 ok` once content is loaded (it always is: the server starts only with a snapshot).
pub async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    let metiers = state.live.snapshot.load().site.metiers.len();
    ([(header::CACHE_CONTROL, "no-store")], format!("ok {metiers}\n"))
}
