//! HTTP: routes, handlers and error pages over the current [`Snapshot`].

mod comparer;
mod erreur;
mod metiers;
mod pages;
mod quiz;

use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::routing::get;
use tower_http::services::ServeDir;

pub use erreur::{ErreurWeb, requete_invalide};

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

/// The whole site as a router.
pub fn app(state: AppState) -> Router {
    let assets =
        ServeDir::new(&state.static_dir).not_found_service(get(|| async { ErreurWeb::Introuvable }).with_state(()));
    Router::new()
        .route("/", get(pages::prerendered))
        .route("/metiers", get(metiers::liste))
        .route("/metiers/{slug}", get(pages::prerendered))
        .route("/secteurs/{slug}", get(pages::prerendered))
        .route("/criteres", get(pages::prerendered))
        .route("/comparer", get(comparer::comparer))
        .route("/quiz", get(quiz::orientation))
        .route("/quiz/resultat", get(quiz::orientation_resultat))
        .route("/quiz/methode", get(pages::prerendered))
        .route("/metiers/{slug}/quiz", get(quiz::metier))
        .route("/metiers/{slug}/quiz/resultat", get(quiz::metier_resultat))
        .route("/criteres/{slug}", get(pages::prerendered))
        .route("/sitemap.xml", get(pages::prerendered))
        .route("/robots.txt", get(pages::prerendered))
        .route("/healthz", get(pages::healthz))
        .nest_service("/static", assets)
        .fallback(|| async { ErreurWeb::Introuvable })
        .layer(axum::middleware::from_fn_with_state(state.clone(), erreur::render_errors))
        .with_state(state)
}
