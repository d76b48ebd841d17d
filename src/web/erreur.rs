//! The one error type of the web layer, rendered as French pages by a middleware.
//!
//! Handlers return [`WebError`]; it becomes a bare response carrying itself as an extension,
//! and [`rendre`] replaces that body with the page from the current snapshot (handlers
//! stay free of rendering, and 404s from the static files or a caught panic get the same page).

use std::borrow::Cow;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::AppState;
use crate::message::{Message, MessageUtilisateur};
use crate::render::erreur::{self, MotifErreur};
use crate::representation::{Cache, Demande, Encodages, Page};

/// What went wrong with a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebError {
    /// Nothing at this address.
    Introuvable,
    /// The request's input is wrong; the detail says how (made by [`WebError::requete_invalide`]
    /// from the input's error).
    RequeteInvalide(Message),
    /// A URI or a query string longer than accepted (400).
    RequeteTropLongue,
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
    /// A 400 that tells what is wrong with the request's input.
    pub fn requete_invalide(erreur: &impl MessageUtilisateur) -> WebError {
        WebError::RequeteInvalide(erreur.message())
    }

    /// The error page that explains it.
    fn motif(&self) -> MotifErreur {
        match self {
            WebError::Introuvable => MotifErreur::Introuvable,
            WebError::RequeteInvalide(_) | WebError::RequeteTropLongue => MotifErreur::RequeteInvalide,
            WebError::MethodeNonAutorisee => MotifErreur::MethodeNonAutorisee,
            WebError::CorpsRefuse => MotifErreur::CorpsRefuse,
            WebError::EnTetesTropGrands => MotifErreur::EnTetesTropGrands,
            WebError::Interne => MotifErreur::Interne,
            WebError::Surcharge => MotifErreur::Surcharge,
        }
    }

    /// Its status.
    fn statut(&self) -> StatusCode {
        match self.motif() {
            MotifErreur::RequeteInvalide => StatusCode::BAD_REQUEST,
            MotifErreur::Introuvable => StatusCode::NOT_FOUND,
            MotifErreur::MethodeNonAutorisee => StatusCode::METHOD_NOT_ALLOWED,
            MotifErreur::CorpsRefuse => StatusCode::PAYLOAD_TOO_LARGE,
            MotifErreur::EnTetesTropGrands => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            MotifErreur::Interne => StatusCode::INTERNAL_SERVER_ERROR,
            MotifErreur::Surcharge => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// What its page says beyond the explanation of its status, if anything.
    fn detail(&self) -> Option<Message> {
        match self {
            WebError::RequeteInvalide(_) | WebError::RequeteTropLongue => Some(self.message()),
            _ => None,
        }
    }
}

/// What went wrong, in one sentence: the detail of a wrong input, else the explanation of the
/// error's page.
impl MessageUtilisateur for WebError {
    fn message(&self) -> Message {
        match self {
            WebError::RequeteInvalide(message) => message.clone(),
            WebError::RequeteTropLongue => Message::new("requete-trop-longue"),
            _ => Message::new(self.motif().messages().1),
        }
    }

    fn tous_les_exemples() -> Vec<WebError> {
        vec![
            WebError::Introuvable,
            WebError::RequeteInvalide(Message::new("quiz-erreur-absentes")),
            WebError::RequeteTropLongue,
            WebError::MethodeNonAutorisee,
            WebError::CorpsRefuse,
            WebError::EnTetesTropGrands,
            WebError::Interne,
            WebError::Surcharge,
        ]
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let mut response = self.statut().into_response();
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
    let page = match erreur {
        // The frequent ones (and the one sent under overload) are rendered and compressed once
        // per snapshot.
        WebError::Introuvable => Ok(Cow::Borrowed(&snapshot.introuvable)),
        WebError::Interne => Ok(Cow::Borrowed(&snapshot.interne)),
        WebError::Surcharge => Ok(Cow::Borrowed(&snapshot.surcharge)),
        _ => {
            let detail = erreur.detail().map(|d| snapshot.i18n.message(&d));
            let html = erreur::render(erreur.motif(), detail, &snapshot.i18n, &snapshot.config);
            html.map(|html| Cow::Owned(Page::ephemere(html)))
        }
    };
    let page = page.unwrap_or_else(|e| {
        tracing::error!(error = %e, "error page failed to render");
        *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        Cow::Borrowed(&snapshot.interne)
    });
    super::pages::servir(state, &page, Cache::Jamais, &Demande::acceptant(encodages), response)
}
