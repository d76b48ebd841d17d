//! `/metiers`: the pre-rendered A–Z list, or a search rendered for the request.

use axum::response::Response;

use super::WebError;
use super::contexte::Contexte;
use crate::catalogue::recherche::{FiltreError, Filtres};
use crate::render::metiers;
use crate::snapshot::CleDeResultat;

/// Serves the job list, filtered by the query when there is one.
pub async fn liste(contexte: Contexte) -> Result<Response, WebError> {
    if contexte.requete.0.is_none() {
        return contexte.prete().await;
    }
    let snapshot = &contexte.snapshot;
    let pairs: Vec<(String, String)> = contexte.requete.paires().into_owned().collect();
    let filtres = Filtres::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), &snapshot.site)
        .map_err(|e| WebError::requete_invalide(&e))?;
    // The canonical address of the search: the same search written another way is the same page.
    let cle = CleDeResultat::Recherche(filtres.clone());
    contexte
        .memorise(cle, move |s| {
            // Searching is the costly part: it runs once, with the rendering, on the computing threads.
            let resultat = filtres.chercher(&s.site, &s.recherche);
            let pages = crate::catalogue::recherche::pages(resultat.metiers.len());
            if filtres.numero_de_page() > pages {
                return Err(WebError::requete_invalide(&FiltreError::PageAbsente {
                    page: filtres.numero_de_page(),
                    pages,
                }));
            }
            Ok(metiers::render_resultat(&s.site, &filtres, resultat, &s.i18n, &s.config)?)
        })
        .await
}
