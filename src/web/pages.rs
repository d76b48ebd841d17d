//! Handlers that serve pre-rendered pages, and the health check.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, Uri, header};
use axum::response::{IntoResponse, Response};

use super::{AppState, WebError};
use crate::representation::{self, Cache, Demande, Page};
use crate::snapshot::{CleDeResultat, Snapshot};

/// Serves the snapshot's page for the request path, or 404.
pub async fn prerendered(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Result<Response, WebError> {
    let snapshot = state.live.snapshot.load();
    let page = snapshot.page(uri.path())?.ok_or(WebError::Introuvable)?;
    Ok(servir(&state, &page, Cache::Page, &Demande::de(&headers), Response::new(Body::empty())))
}

/// `page` made into `reponse` by [`representation::servir`], with the banner of the reload that
/// failed, if one did: every answer of the router that carries a document — page, asset or
/// error — comes here.
pub fn servir(state: &AppState, page: &Page, cache: Cache, demande: &Demande<'_>, reponse: Response) -> Response {
    let banniere = state.live.banniere.load();
    representation::servir(page, cache, demande, banniere.as_deref().map(String::as_str), reponse)
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
    cle: CleDeResultat,
    headers: &HeaderMap,
    render: impl FnOnce(&Snapshot) -> Result<String, WebError> + Send + 'static,
) -> Result<Response, WebError> {
    let demande = Demande::de(headers);
    let encodages = demande.encodages;
    if let Some(page) = s.resultats.get(&cle).filter(|p| p.forme_prete(encodages.pour(p))) {
        return Ok(servir(state, &page, Cache::Page, &demande, Response::new(Body::empty())));
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
    Ok(servir(state, &page, Cache::Page, &demande, Response::new(Body::empty())))
}

/// `200 ok` once content is loaded (it always is: the server starts only with a snapshot).
pub async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    let metiers = state.live.snapshot.load().site.metiers.len();
    ([(header::CACHE_CONTROL, "no-store")], format!("ok {metiers}\n"))
}
