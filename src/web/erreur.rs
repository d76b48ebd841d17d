//! The one error type of the web layer, rendered as French pages by a middleware.
//!
//! Handlers return [`ErreurWeb`]; it becomes a bare response carrying itself as an extension,
//! and [`render_errors`] replaces that body with the page from the current snapshot (handlers
//! stay free of rendering, and 404s from the static files get the same page).

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;
use crate::i18n::I18n;
use crate::render::banniere;
use crate::render::erreur::{self, Genre};

/// What went wrong with a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErreurWeb {
    /// Nothing at this address.
    Introuvable,
    /// The request's input is wrong; the detail is a French sentence from the locales.
    RequeteInvalide(String),
    /// Something failed on our side (already logged).
    Interne,
}

/// A 400 whose detail is the message `id` with `args`.
pub fn requete_invalide(i18n: &I18n, id: &str, args: &[(&str, &str)]) -> ErreurWeb {
    let args: Vec<(&str, fluent_bundle::FluentValue)> = args.iter().map(|(k, v)| (*k, v.to_string().into())).collect();
    ErreurWeb::RequeteInvalide(i18n.t_args(id, &args))
}

impl IntoResponse for ErreurWeb {
    fn into_response(self) -> Response {
        let status = match self {
            ErreurWeb::Introuvable => StatusCode::NOT_FOUND,
            ErreurWeb::RequeteInvalide(_) => StatusCode::BAD_REQUEST,
            ErreurWeb::Interne => StatusCode::INTERNAL_SERVER_ERROR,
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// Gives every [`ErreurWeb`] response its French page.
pub async fn render_errors(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let Some(erreur) = response.extensions().get::<ErreurWeb>().cloned() else {
        return response;
    };
    let snapshot = state.live.snapshot.load();
    let (status, html) = match erreur {
        ErreurWeb::Introuvable => (StatusCode::NOT_FOUND, snapshot.introuvable.text().to_string()),
        ErreurWeb::Interne => (StatusCode::INTERNAL_SERVER_ERROR, snapshot.interne.text().to_string()),
        ErreurWeb::RequeteInvalide(detail) => {
            match erreur::render(Genre::RequeteInvalide, Some(detail), &snapshot.i18n, &snapshot.config) {
                Ok(html) => (StatusCode::BAD_REQUEST, html),
                Err(e) => {
                    tracing::error!(error = %e, "error page failed to render");
                    (StatusCode::INTERNAL_SERVER_ERROR, snapshot.interne.text().to_string())
                }
            }
        }
    };
    let html = match state.live.banniere.load().as_deref() {
        Some(b) => banniere::inject(&html, b),
        None => html,
    };
    (
        status,
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        html,
    )
        .into_response()
}
