//! The one error type of the web layer, rendered as French pages by a middleware.
//!
//! Handlers return [`WebError`]; it becomes a bare response carrying itself as an extension,
//! and [`rendre`] replaces that body with the page from the current snapshot (handlers
//! stay free of rendering, and 404s from the static files or a caught panic get the same page).

use std::borrow::Cow;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::AppState;
use crate::i18n::I18n;
use crate::render::erreur::{self, TypeErreur};
use crate::representation::{Cache, Demande, Encodages, Page};

/// What went wrong with a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebError {
    /// Nothing at this address.
    Introuvable,
    /// The request's input is wrong; the detail is a French sentence from the locales.
    RequeteInvalide(String),
    /// A method other than GET or HEAD.
    MethodeNonAutorisee,
    /// A request body where none is expected.
    CorpsRefuse,
    /// Request headers larger than [`super::middleware::EN_TETES_MAX`].
    EnTetesTropGrands,
    /// Something failed on our side (already logged).
    Interne,
    /// Too much to do at once (the computing queue is full, or every connection is taken):
    /// 503 with `Retry-After`.
    Surcharge,
}

/// What `Retry-After` tells a client turned away by [`WebError::Surcharge`], in seconds: long
/// enough for a burst to pass, short enough for a reader who clicks again.
pub const REESSAYER_APRES: &str = "5";

impl From<askama::Error> for WebError {
    /// A template that fails to render: logged here, answered with the 500 page.
    fn from(e: askama::Error) -> Self {
        tracing::error!(error = %e, "page failed to render");
        WebError::Interne
    }
}

impl WebError {
    fn genre(&self) -> TypeErreur {
        match self {
            WebError::Introuvable => TypeErreur::Introuvable,
            WebError::RequeteInvalide(_) => TypeErreur::RequeteInvalide,
            WebError::MethodeNonAutorisee => TypeErreur::MethodeNonAutorisee,
            WebError::CorpsRefuse => TypeErreur::CorpsRefuse,
            WebError::EnTetesTropGrands => TypeErreur::EnTetesTropGrands,
            WebError::Interne => TypeErreur::Interne,
            WebError::Surcharge => TypeErreur::Surcharge,
        }
    }
}

/// A 400 whose detail is the message `id` with `args`.
pub fn requete_invalide(i18n: &I18n, id: &str, args: &[(&str, &str)]) -> WebError {
    let args: Vec<(&str, fluent_bundle::FluentValue)> = args.iter().map(|(k, v)| (*k, v.to_string().into())).collect();
    WebError::RequeteInvalide(i18n.t_args(id, &args))
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.genre().code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = status.into_response();
        match self {
            WebError::MethodeNonAutorisee => {
                response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
            }
            WebError::Surcharge => {
                response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static(REESSAYER_APRES));
            }
            _ => {}
        }
        response.extensions_mut().insert(self);
        response
    }
}

/// Gives an [`WebError`] response its French page, for a client that accepts `encodages`; other
/// responses pass unchanged.
pub fn rendre(state: &AppState, mut response: Response, encodages: Encodages) -> Response {
    let Some(erreur) = response.extensions_mut().remove::<WebError>() else {
        return response;
    };
    let snapshot = state.live.snapshot.load();
    let genre = erreur.genre();
    let page = match erreur {
        // The frequent ones (and the one sent under overload) are rendered and compressed once
        // per snapshot.
        WebError::Introuvable => Ok(Cow::Borrowed(&snapshot.introuvable)),
        WebError::Interne => Ok(Cow::Borrowed(&snapshot.interne)),
        WebError::Surcharge => Ok(Cow::Borrowed(&snapshot.surcharge)),
        WebError::RequeteInvalide(detail) => erreur::render(genre, Some(detail), &snapshot.i18n, &snapshot.config)
            .map(|html| Cow::Owned(Page::ephemere(html))),
        _ => erreur::render(genre, None, &snapshot.i18n, &snapshot.config).map(|html| Cow::Owned(Page::ephemere(html))),
    };
    let page = page.unwrap_or_else(|e| {
        tracing::error!(error = %e, "error page failed to render");
        *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        Cow::Borrowed(&snapshot.interne)
    });
    super::pages::servir(state, &page, Cache::Jamais, &Demande::acceptant(encodages), response)
}
