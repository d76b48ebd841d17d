//! The query string of a request, bounded: the one place that refuses a query too long, before
//! any handler reads it.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use super::{AppState, WebError};

/// Longest query string accepted, in bytes (longer: a French 400).
pub const QUERY_MAX: usize = 2048;

/// The query string (`None` when absent or empty), at most [`QUERY_MAX`] bytes.
#[derive(Debug, Clone, Default)]
pub struct Requete(pub Option<String>);

impl Requete {
    /// The query, or the empty text.
    pub fn texte(&self) -> &str {
        self.0.as_deref().unwrap_or_default()
    }

    /// Its `key=value` pairs, decoded.
    pub fn paires(&self) -> form_urlencoded::Parse<'_> {
        form_urlencoded::parse(self.texte().as_bytes())
    }
}

impl FromRequestParts<AppState> for Requete {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _state: &AppState) -> Result<Requete, WebError> {
        match parts.uri.query().filter(|q| !q.is_empty()) {
            Some(q) if q.len() > QUERY_MAX => Err(WebError::RequeteTropLongue),
            q => Ok(Requete(q.map(str::to_owned))),
        }
    }
}
