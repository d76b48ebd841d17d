//! HTTP: routes, handlers and error pages over the current [`Snapshot`].

pub mod calculs;
mod comparer;
mod connexion;
mod contexte;
mod erreur;
mod fast_path;
pub mod journal;
pub mod listener;
mod metiers;
mod middleware;
mod pages;
mod quiz;
mod requete;
mod statique;
mod zero_copy;

use std::sync::Arc;

use axum::Router;
use axum::routing::get;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::TimeoutLayer;

pub use calculs::Calculs;
pub use comparer::ComparerError;
pub use erreur::WebError;
pub use fast_path::App;

use crate::snapshot::{Live, Snapshot};

/// Shared state of all handlers.
#[derive(Clone)]
pub struct AppState {
    /// What is served now (replaced on reload).
    pub live: Arc<Live>,
    /// Where pages computed per request are rendered.
    pub calculs: Arc<Calculs>,
}

impl AppState {
    /// State serving `snapshot`, computing pages on the process's pool ([`Calculs::partages`]).
    pub fn new(snapshot: Snapshot) -> AppState {
        AppState { live: Live::new(snapshot), calculs: Calculs::partages() }
    }
}

/// The whole site: the fast lane for pages already rendered, then the router.
pub fn app(state: AppState) -> App {
    App::new(state.clone(), wrap(routes(), state))
}

/// The site's routes, without the layers around them.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::prerendered))
        .route("/metiers", get(metiers::liste))
        .route("/metiers/{slug}", get(pages::prerendered))
        .route("/secteurs/{slug}", get(pages::prerendered))
        .route("/criteres", get(pages::prerendered))
        .route("/criteres/{slug}", get(pages::prerendered))
        .route("/comparer", get(comparer::comparer))
        .route("/quiz", get(quiz::orientation))
        .route("/quiz/resultat", get(quiz::orientation_resultat))
        .route("/quiz/methode", get(pages::prerendered))
        .route("/sources", get(pages::prerendered))
        .route("/sources/{page}", get(pages::prerendered))
        .route("/a-propos", get(pages::prerendered))
        .route("/penuries", get(pages::prerendered))
        .route("/metiers/{slug}/quiz", get(quiz::metier))
        .route("/metiers/{slug}/quiz/resultat", get(quiz::metier_resultat))
        .route("/sitemap.xml", get(pages::prerendered))
        .route("/robots.txt", get(pages::prerendered))
        .route("/healthz", get(pages::healthz))
        .route("/static/{*chemin}", get(statique::ressource))
        .fallback(|| async { WebError::Introuvable })
}

/// `routes` wrapped in every layer the site uses (timeout, panics, limits, French errors, security
/// headers); the request log is the [`App`]'s.
pub fn wrap(routes: Router<AppState>, state: AppState) -> Router {
    routes
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, middleware::DELAI))
        .layer(CatchPanicLayer::custom(middleware::panique))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::limits))
        .with_state(state)
}
