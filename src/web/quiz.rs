//! The quizzes: forms, and results computed per request from the answers in the URL.
//!
//! A submitted form arrives as one field per question (`q1=3&q2=0…`); it is checked, then
//! redirected to the compact, shareable result URL (`?r=30…`), which is what gets rendered.

use std::collections::HashMap;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};

use super::contexte::Contexte;
use super::requete::Requete;
use super::{AppState, WebError};
use crate::catalogue::recherche::FiltreError;
use crate::catalogue::similaires::similaires;
use crate::content::NiveauEtudes;
use crate::quiz::{
    Bande, BandeError, FormulaireError, LienQuiz, MAX_REPONSE, Partie, ReponsesError, Resultat, ResultatMetier, Vue,
    parse_reponses,
};
use crate::render::{quiz, quiz_metier_resultat, quiz_resultat};
use crate::representation::Page;
use crate::snapshot::CleDeResultat;

/// The query as a map (last value wins; its size is bounded by [`Requete`]).
fn params(requete: &Requete) -> HashMap<String, String> {
    requete.paires().into_owned().collect()
}

/// Compact answers of `partie` (`r=…` or `a=…`), when present.
fn compact(p: &HashMap<String, String>, partie: Partie, n: usize) -> Result<Option<Vec<u8>>, WebError> {
    match p.get(partie.code()) {
        None => Ok(None),
        // A job without self-assessment questions has an empty `a`.
        Some(v) if v.is_empty() && n == 0 => Ok(Some(Vec::new())),
        Some(v) => parse_reponses(v, n, partie).map(Some).map_err(|e| WebError::requete_invalide(&e)),
    }
}

/// Whether the query is a submitted form (one field per question).
fn est_formulaire(p: &HashMap<String, String>) -> bool {
    p.keys().any(|k| {
        let prefixes = [Partie::Interets.prefixe_du_champ(), Partie::Auto.prefixe_du_champ()];
        k.starts_with(prefixes) && k.len() > 1 && k[1..].bytes().all(|b| b.is_ascii_digit())
    })
}

/// Answers of a submitted form's fields `q1…qn` (or `a1…an`); `decalage` numbers the questions
/// as the form shows them.
fn formulaire(p: &HashMap<String, String>, partie: Partie, n: usize, decalage: usize) -> Result<Vec<u8>, Vec<usize>> {
    let mut manquantes = Vec::new();
    let mut out = Vec::with_capacity(n);
    for i in 1..=n {
        match p.get(&partie.champ(i)).and_then(|v| v.parse::<u8>().ok()).filter(|v| *v <= MAX_REPONSE) {
            Some(v) => out.push(v),
            None => manquantes.push(decalage + i),
        }
    }
    if manquantes.is_empty() { Ok(out) } else { Err(manquantes) }
}

fn manquantes(manquantes: Vec<usize>) -> WebError {
    WebError::requete_invalide(&FormulaireError { manquantes })
}

fn niveau(p: &HashMap<String, String>) -> Result<Option<NiveauEtudes>, WebError> {
    match p.get("niveau").map(String::as_str) {
        None | Some("") => Ok(None),
        Some(v) => NiveauEtudes::ALL
            .into_iter()
            .find(|n| n.slug() == v)
            .map(Some)
            .ok_or_else(|| WebError::requete_invalide(&FiltreError::NiveauInconnu(v.chars().take(40).collect()))),
    }
}

/// The band to show in full (`bande=`), when asked.
fn bande(p: &HashMap<String, String>) -> Result<Option<Bande>, WebError> {
    match p.get("bande").map(String::as_str) {
        None | Some("") => Ok(None),
        Some(v) => Bande::de_cle(v)
            .map(Some)
            .ok_or_else(|| WebError::requete_invalide(&BandeError(v.chars().take(40).collect()))),
    }
}

/// What both pages of a job's quiz start from: read from the request (its job is the path's
/// `{slug}`), a 404 when there is no such job.
pub struct QuizDuMetier {
    contexte: Contexte,
    slug: String,
    /// The query.
    p: HashMap<String, String>,
    /// How many self-assessment questions the job has.
    questions_auto: usize,
    /// How many interest questions the orientation quiz has.
    questions_interets: usize,
}

impl FromRequestParts<AppState> for QuizDuMetier {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<QuizDuMetier, Response> {
        let Path(slug) = Path::<String>::from_request_parts(parts, state).await.map_err(IntoResponse::into_response)?;
        let contexte = Contexte::from_request_parts(parts, state).await.map_err(IntoResponse::into_response)?;
        let site = &contexte.snapshot.site;
        let metier = site.metier(&slug).ok_or(WebError::Introuvable).map_err(IntoResponse::into_response)?;
        let questions_auto = metier.auto_evaluation.len();
        let questions_interets = site.items.len();
        let p = params(&contexte.requete);
        Ok(QuizDuMetier { contexte, slug, p, questions_auto, questions_interets })
    }
}

/// The 400 of a result asked without its answers.
fn absentes() -> WebError {
    WebError::requete_invalide(&ReponsesError::Absentes)
}

/// `/quiz`: the form, pre-filled when `r` is given.
pub async fn orientation(contexte: Contexte) -> Result<Response, WebError> {
    let p = params(&contexte.requete);
    let Some(r) = compact(&p, Partie::Interets, contexte.snapshot.site.items.len())? else {
        return contexte.prete().await;
    };
    let niveau = niveau(&p)?;
    let cle = CleDeResultat::Orientation { vue: Vue::Formulaire, reponses: r.clone(), niveau, bande: None };
    contexte.memorise(cle, move |s| Ok(quiz::orientation(&s.site, Some(&r), niveau, &s.i18n, &s.config)?)).await
}

/// `/quiz/resultat`: the result of `r` (with the band `bande` shown in full), or the redirect of a
/// submitted form to it.
pub async fn orientation_resultat(contexte: Contexte) -> Result<Response, WebError> {
    let p = params(&contexte.requete);
    let n = contexte.snapshot.site.items.len();
    let niveau = niveau(&p)?;
    let bande = bande(&p)?;
    if est_formulaire(&p) {
        let r = formulaire(&p, Partie::Interets, n, 0).map_err(manquantes)?;
        return Ok(Redirect::to(&LienQuiz::orientation(Vue::Resultat, Some(&r), niveau).url()).into_response());
    }
    let r = compact(&p, Partie::Interets, n)?.ok_or_else(absentes)?;
    let cle = CleDeResultat::Orientation { vue: Vue::Resultat, reponses: r.clone(), niveau, bande };
    contexte
        .memorise(cle, move |s| {
            let resultat = Resultat::calculer(&s.site, &r, niveau, bande);
            let page = quiz_resultat::render(&resultat, &s.site, &s.prerendu_quiz, &s.i18n, &s.config)?;
            Ok(Page::assemblee(page, &s.dictionnaire_quiz))
        })
        .await
}

/// `/metiers/{slug}/quiz`: a job's quiz, pre-filled when `a` or `r` are given.
pub async fn metier(quiz: QuizDuMetier) -> Result<Response, WebError> {
    let QuizDuMetier { contexte, slug, p, questions_auto, questions_interets } = quiz;
    let a = compact(&p, Partie::Auto, questions_auto)?;
    let r = compact(&p, Partie::Interets, questions_interets)?;
    if a.is_none() && r.is_none() {
        return contexte.prete().await;
    }
    let cle =
        CleDeResultat::QuizMetier { slug: slug.clone(), vue: Vue::Formulaire, auto: a.clone(), interets: r.clone() };
    contexte
        .memorise(cle, move |s| {
            let m = s.site.metier(&slug).ok_or(WebError::Introuvable)?;
            Ok(quiz::metier(&s.site, m, a.as_deref(), r.as_deref(), &s.i18n, &s.config)?)
        })
        .await
}

/// `/metiers/{slug}/quiz/resultat`: the job quiz's result, or the redirect of its form.
pub async fn metier_resultat(quiz: QuizDuMetier) -> Result<Response, WebError> {
    let QuizDuMetier { contexte, slug, p, questions_auto: k, questions_interets: n } = quiz;
    if est_formulaire(&p) {
        let a = formulaire(&p, Partie::Auto, k, 0);
        let r = formulaire(&p, Partie::Interets, n, k);
        let (a, r) = match (a, r) {
            (Ok(a), Ok(r)) => (a, r),
            (a, r) => {
                let mut m = a.err().unwrap_or_default();
                m.extend(r.err().unwrap_or_default());
                return Err(manquantes(m));
            }
        };
        return Ok(Redirect::to(&LienQuiz::metier(&slug, Vue::Resultat, Some(&a), Some(&r)).url()).into_response());
    }
    let a = compact(&p, Partie::Auto, k)?.ok_or_else(absentes)?;
    let r = compact(&p, Partie::Interets, n)?.ok_or_else(absentes)?;
    let cle = CleDeResultat::QuizMetier {
        slug: slug.clone(),
        vue: Vue::Resultat,
        auto: Some(a.clone()),
        interets: Some(r.clone()),
    };
    contexte
        .memorise(cle, move |s| {
            let m = s.site.metier(&slug).ok_or(WebError::Introuvable)?;
            let voisins = similaires(&s.site, m);
            let resultat = ResultatMetier::calculer(&s.site, m, &a, &r, voisins.iter().map(|v| v.metier));
            Ok(quiz_metier_resultat::render(&resultat, &s.site, &s.i18n, &s.config)?)
        })
        .await
}
