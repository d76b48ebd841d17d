//! `/comparer?m=a,b[,c]`: the comparison of two or three jobs.

use axum::extract::State;
use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Response};

use super::pages::{memorise, prerendered};
use super::requete::Requete;
use super::{AppState, WebError, requete_invalide};
use crate::content::valider::est_slug;
use crate::render::comparer;

/// Serves the comparison; without a choice, the form alone.
pub async fn comparer(
    State(state): State<AppState>,
    requete: Requete,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let snapshot = state.live.snapshot.load_full();
    let i18n = &snapshot.i18n;
    let query = requete.texte();
    // `m` may be repeated (the form) or comma-separated (shared links); empty choices are skipped.
    let mut slugs: Vec<String> = form_urlencoded::parse(query.as_bytes())
        .filter(|(k, _)| k == "m")
        .flat_map(|(_, v)| v.split(',').map(|s| s.trim().to_string()).collect::<Vec<_>>())
        .filter(|s| !s.is_empty())
        .collect();
    // `n`: names typed in the form of a long catalogue (a list to pick from would weigh megabytes);
    // each is resolved to its job, then the browser is sent to the usual address.
    let noms: Vec<String> = form_urlencoded::parse(query.as_bytes())
        .filter(|(k, v)| k == "n" && !v.trim().is_empty())
        .map(|(_, v)| v.trim().to_string())
        .collect();
    if !noms.is_empty() {
        if noms.len() + slugs.len() > comparer::MAX {
            return Err(requete_invalide(i18n, "comparer-erreur-trop", &[("max", &comparer::MAX.to_string())]));
        }
        for nom in &noms {
            let m = snapshot.recherche.metier_nomme(&snapshot.site, nom).ok_or_else(|| {
                let court: String = nom.chars().take(60).collect();
                requete_invalide(i18n, "comparer-erreur-nom", &[("nom", &court)])
            })?;
            slugs.push(m.slug.clone());
        }
        let cible = format!("/comparer?m={}", slugs.join(","));
        return Ok(axum::response::Redirect::to(&cible).into_response());
    }
    if slugs.is_empty() {
        return prerendered(State(state.clone()), uri, headers).await;
    }
    if slugs.len() > comparer::MAX {
        return Err(requete_invalide(i18n, "comparer-erreur-trop", &[("max", &comparer::MAX.to_string())]));
    }
    let mut choisis = Vec::new();
    for slug in &slugs {
        if !est_slug(slug) {
            let court: String = slug.chars().take(40).collect();
            return Err(requete_invalide(i18n, "comparer-erreur-slug", &[("slug", &court)]));
        }
        let m = snapshot.site.metier(slug).ok_or(WebError::Introuvable)?;
        if choisis.iter().any(|c: &&crate::content::Metier| c.slug == m.slug) {
            return Err(requete_invalide(i18n, "comparer-erreur-doublon", &[("slug", slug)]));
        }
        choisis.push(m);
    }
    if choisis.len() < 2 {
        return Err(requete_invalide(i18n, "comparer-erreur-un-seul", &[]));
    }
    let cle = format!("/comparer?m={}", slugs.join(","));
    memorise(&state, snapshot.clone(), cle, &headers, move |s| {
        let choisis: Vec<_> = slugs.iter().filter_map(|slug| s.site.metier(slug)).collect();
        Ok(comparer::render(&s.site, &choisis, &s.i18n, &s.config)?)
    })
    .await
}
