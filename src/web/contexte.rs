//! What a handler of a page computed per request works from, read once from the request: the
//! snapshot being served, the bounded query, the path and the headers. It serves the
//! pre-rendered page of the path, or a computed page kept by its key.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Uri};
use axum::response::Response;

use super::pages::{prerendu, servir};
use super::requete::Requete;
use super::{AppState, WebError};
use crate::representation::{Cache, Calculee, Demande};
use crate::snapshot::{CleDeResultat, Snapshot};

/// One request to a handler that may compute its page.
pub struct Contexte {
    state: AppState,
    /// The snapshot, taken once for the whole request (a reload in between changes nothing).
    pub snapshot: Arc<Snapshot>,
    /// The query, at most [`super::requete::QUERY_MAX`] bytes.
    pub requete: Requete,
    uri: Uri,
    headers: HeaderMap,
}

impl FromRequestParts<AppState> for Contexte {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Contexte, WebError> {
        let requete = Requete::from_request_parts(parts, state).await?;
        Ok(Contexte {
            state: state.clone(),
            snapshot: state.live.snapshot.load_full(),
            requete,
            uri: parts.uri.clone(),
            headers: parts.headers.clone(),
        })
    }
}

impl Contexte {
    /// The pre-rendered page of the request's path (the form without answers, the list without
    /// search), or 404.
    pub async fn prete(&self) -> Result<Response, WebError> {
        prerendu(&self.state, Arc::clone(&self.snapshot), &self.uri, &self.headers).await
    }

    /// Serves a page computed from the request (quiz answers, a comparison, a search). The same
    /// request gives the same page for the life of a snapshot, so the most requested ones (a
    /// shared link, a reload, the way back from a job) are rendered and compressed once: `cle`
    /// names every input of the page. A page already kept, in the form the client accepts, is
    /// sent at once; otherwise `render` and the compression run on the computing threads
    /// ([`super::calculs`]), never on the thread that serves connections.
    pub async fn memorise<C: Calculee>(
        self,
        cle: CleDeResultat,
        render: impl FnOnce(&Snapshot) -> Result<C, WebError> + Send + 'static,
    ) -> Result<Response, WebError> {
        let Contexte { state, snapshot: s, headers, .. } = self;
        let demande = Demande::de(&headers);
        let encodages = demande.encodages;
        if let Some(page) = s.resultats.get(&cle).filter(|p| p.forme_prete(encodages.pour(p))) {
            return Ok(servir(&state, &page, Cache::Page, &demande, Response::new(Body::empty())));
        }
        let page = state
            .calculs
            .executer(move || {
                let page = match s.resultats.get(&cle) {
                    Some(page) => page,
                    None => {
                        let page = Arc::new(render(&s)?.page());
                        s.resultats.insert(cle, page.clone());
                        page
                    }
                };
                // Compressed here too, for the same reason.
                page.forme(encodages.pour(&page));
                Ok::<_, WebError>(page)
            })
            .await??;
        Ok(servir(&state, &page, Cache::Page, &demande, Response::new(Body::empty())))
    }
}
