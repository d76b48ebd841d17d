//! `/static/…`: the snapshot's assets, kept for good by browsers when the URL carries the
//! asset's current fingerprint (`?v=…`), briefly otherwise.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, Uri};
use axum::response::Response;

use super::pages::servir;
use super::{AppState, WebError};
use crate::representation::{Cache, Demande};

/// Serves the asset named by the rest of the path, or 404. The name is only ever looked up in
/// the snapshot's table of assets, so no path can reach another file.
pub async fn ressource(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Result<Response, WebError> {
    let snapshot = state.live.snapshot.load();
    let chemin = uri.path().strip_prefix("/static/").unwrap_or_default();
    let chemin = percent_encoding::percent_decode_str(chemin).decode_utf8().map_err(|_| WebError::Introuvable)?;
    let ressource = snapshot.ressources.get(&chemin).ok_or(WebError::Introuvable)?;
    let a_jour = uri
        .query()
        .is_some_and(|q| form_urlencoded::parse(q.as_bytes()).any(|(k, v)| k == "v" && v == ressource.version));
    let cache = if a_jour { Cache::Empreinte } else { Cache::Page };
    Ok(servir(&state, &ressource.page, cache, &Demande::de(&headers), Response::new(Body::empty())))
}
