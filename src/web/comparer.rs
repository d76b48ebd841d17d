//! `/comparer?m=a,b[,c]`: the comparison of two or three jobs.

use axum::response::{IntoResponse, Response};

use super::WebError;
use super::contexte::Contexte;
use crate::content::valider::est_slug;
use crate::message::{Message, MessageUtilisateur};
use crate::render::comparer;
use crate::snapshot::CleDeResultat;

/// Why a comparison cannot be made; each has a `comparer-erreur-*` message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ComparerError {
    /// More jobs than a comparison holds.
    Trop,
    /// A name typed in the form that is no job's.
    Nom(String),
    /// A value that cannot be a job's address.
    Slug(String),
    /// The same job chosen twice.
    Doublon(String),
    /// A single job.
    UnSeul,
}

impl MessageUtilisateur for ComparerError {
    fn message(&self) -> Message {
        match self {
            ComparerError::Trop => Message::new("comparer-erreur-trop").avec("max", comparer::MAX.to_string()),
            ComparerError::Nom(nom) => Message::new("comparer-erreur-nom").avec("nom", nom.as_str()),
            ComparerError::Slug(slug) => Message::new("comparer-erreur-slug").avec("slug", slug.as_str()),
            ComparerError::Doublon(slug) => Message::new("comparer-erreur-doublon").avec("slug", slug.as_str()),
            ComparerError::UnSeul => Message::new("comparer-erreur-un-seul"),
        }
    }

    fn tous_les_exemples() -> Vec<ComparerError> {
        vec![
            ComparerError::Trop,
            ComparerError::Nom("x".into()),
            ComparerError::Slug("X".into()),
            ComparerError::Doublon("x".into()),
            ComparerError::UnSeul,
        ]
    }
}

/// Serves the comparison; without a choice, the form alone.
pub async fn comparer(contexte: Contexte) -> Result<Response, WebError> {
    let snapshot = &contexte.snapshot;
    let refus = |e: ComparerError| WebError::requete_invalide(&e);
    let query = contexte.requete.texte();
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
            return Err(refus(ComparerError::Trop));
        }
        for nom in &noms {
            let m = snapshot
                .recherche
                .metier_nomme(&snapshot.site, nom)
                .ok_or_else(|| refus(ComparerError::Nom(nom.chars().take(60).collect())))?;
            slugs.push(m.slug.clone());
        }
        let cible = format!("/comparer?m={}", slugs.join(","));
        return Ok(axum::response::Redirect::to(&cible).into_response());
    }
    if slugs.is_empty() {
        return contexte.prete().await;
    }
    if slugs.len() > comparer::MAX {
        return Err(refus(ComparerError::Trop));
    }
    let mut choisis = Vec::new();
    for slug in &slugs {
        if !est_slug(slug) {
            return Err(refus(ComparerError::Slug(slug.chars().take(40).collect())));
        }
        let m = snapshot.site.metier(slug).ok_or(WebError::Introuvable)?;
        if choisis.iter().any(|c: &&crate::content::Metier| c.slug == m.slug) {
            return Err(refus(ComparerError::Doublon(slug.clone())));
        }
        choisis.push(m);
    }
    if choisis.len() < 2 {
        return Err(refus(ComparerError::UnSeul));
    }
    let cle = CleDeResultat::Comparaison(slugs.clone());
    contexte
        .memorise(cle, move |s| {
            let choisis: Vec<_> = slugs.iter().filter_map(|slug| s.site.metier(slug)).collect();
            Ok(comparer::render(&s.site, &choisis, &s.i18n, &s.config)?)
        })
        .await
}
