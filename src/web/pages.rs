//! Handlers that serve pre-rendered pages, and the health check.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, Uri, header};
use axum::response::{IntoResponse, Response};

use super::{AppState, WebError};
use crate::representation::{self, Cache, Demande, Page};
use crate::snapshot::Snapshot;

/// Serves the snapshot's page for the request path, or 404.
pub async fn prerendered(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Result<Response, WebError> {
    let snapshot = state.live.snapshot.load_full();
    prerendu(&state, snapshot, &uri, &headers).await
}

/// The page of `snapshot` for the path of `uri`, or 404. A page already made, in the form the
/// client accepts, is sent at once; a job page still to render (beyond `prerendu_max`), or a form
/// still to compress, takes milliseconds: that work goes to the computing threads
/// ([`super::calculs`]), never to the thread that serves connections, which a crawler reading
/// thousands of job pages would otherwise hold up for everyone.
pub async fn prerendu(
    state: &AppState,
    snapshot: Arc<Snapshot>,
    uri: &Uri,
    headers: &HeaderMap,
) -> Result<Response, WebError> {
    let demande = Demande::de(headers);
    let encodages = demande.encodages;
    if let Some(page) = snapshot.page_prete(uri.path()).filter(|p| p.forme_prete(encodages.pour(p))) {
        return Ok(servir(state, &page, Cache::Page, &demande, Response::new(Body::empty())));
    }
    // An address that names no page is answered here: a scanner's 404s never queue for the
    // computing threads.
    if !snapshot.sert(uri.path()) {
        return Err(WebError::Introuvable);
    }
    let (s, chemin) = (Arc::clone(&snapshot), uri.path().to_owned());
    let existe = state
        .calculs
        .executer(move || -> Result<bool, WebError> {
            let Some(page) = s.page(&chemin)? else { return Ok(false) };
            page.forme(encodages.pour(&page));
            Ok(true)
        })
        .await??;
    if !existe {
        return Err(WebError::Introuvable);
    }
    // Kept by the snapshot now (or, if it left the most read in between, made again here).
    let page = snapshot.page(uri.path())?.ok_or(WebError::Introuvable)?;
    Ok(servir(state, &page, Cache::Page, &demande, Response::new(Body::empty())))
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
