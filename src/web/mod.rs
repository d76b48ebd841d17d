//! HTTP: routes, handlers and error pages over the current [`Snapshot`].

mod comparer;
mod couches;
pub mod ecoute;
mod erreur;
mod metiers;
mod pages;
mod portier;
mod quiz;

use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::routing::get;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::timeout::TimeoutLayer;

pub use erreur::{ErreurWeb, requete_invalide};
pub use portier::Portier;

use crate::snapshot::{Live, Snapshot};

/// Shared state of all handlers.
#[derive(Clone)]
pub struct AppState {
    /// What is served now (replaced on reload).
    pub live: Arc<Live>,
    /// Folder of the static assets.
    pub static_dir: PathBuf,
}

impl AppState {
    /// State serving `snapshot`, with assets from `static_dir`.
    pub fn new(snapshot: Snapshot, static_dir: PathBuf) -> AppState {
        AppState { live: Live::new(snapshot), static_dir }
    }
}

/// The whole site: the fast lane for pages already rendered, then the router.
pub fn app(state: AppState) -> Portier {
    Portier::new(state.clone(), wrap(routes(&state), state))
}

/// The site's routes, without the layers around them.
pub fn routes(state: &AppState) -> Router<AppState> {
    let assets =
        ServeDir::new(&state.static_dir).not_found_service(get(|| async { ErreurWeb::Introuvable }).with_state(()));
    let assets = Router::new().fallback_service(assets).layer(axum::middleware::from_fn(couches::cache_statique));
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
        .route("/metiers/{slug}/quiz", get(quiz::metier))
        .route("/metiers/{slug}/quiz/resultat", get(quiz::metier_resultat))
        .route("/sitemap.xml", get(pages::prerendered))
        .route("/robots.txt", get(pages::prerendered))
        .route("/healthz", get(pages::healthz))
        .nest_service("/static", assets)
        .fallback(|| async { ErreurWeb::Introuvable })
}

/// `routes` wrapped in every layer the site uses (limits, errors, compression, headers); the
/// request log is the [`Portier`]'s.
pub fn wrap(routes: Router<AppState>, state: AppState) -> Router {
    routes
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, couches::DELAI))
        .layer(CatchPanicLayer::custom(couches::panique))
        .layer(axum::middleware::from_fn_with_state(state.clone(), couches::garde))
        .layer(CompressionLayer::new().br(true).gzip(true))
        .with_state(state)
}
