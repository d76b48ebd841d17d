//! Everything wrapped around the routes: security headers, limits, timeouts and panics.

use std::time::Duration;

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use axum::extract::State;

use super::{AppState, WebError, erreur};
use crate::representation::Encodages;

/// Content Security Policy: no script runs, styles and images come from the site only.
/// (The JSON-LD blocks are data, which `script-src` does not govern.) `connect-src 'self'` lets
/// audit tools such as Lighthouse read `/robots.txt` from the page; no script of ours fetches.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; connect-src 'self'; \
                       form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Longest URI accepted, in bytes.
pub const URI_MAX: usize = 4096;

/// Most bytes of request headers accepted (names and values), as nginx's default buffers allow.
/// hyper closes the connection beyond about 400 KB, before any of this code runs.
pub const EN_TETES_MAX: usize = 32 * 1024;

/// How long a request may take before the server gives up on it.
pub const DELAI: Duration = Duration::from_secs(10);

/// Headers added to every response (built once, cloned per response).
static SECURITE: std::sync::LazyLock<[(HeaderName, HeaderValue); 6]> = std::sync::LazyLock::new(|| {
    [
        (header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)),
        (header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
        (header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin")),
        (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
        (
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static(
                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
            ),
        ),
        (HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin")),
    ]
});

/// The security headers as a ready map: an answer of the fast lane starts from a copy of it,
/// which costs less than hashing each header into an empty map (`bench/README.md`, hyper nu).
pub static EN_TETES_SECURITE: std::sync::LazyLock<HeaderMap> = std::sync::LazyLock::new(|| {
    let mut headers = HeaderMap::new();
    securiser(&mut headers);
    headers
});

/// The one middleware of the site, so that a request pays for a single boxed step: refuses
/// what no page expects, renders errors as French pages, adds the security headers.
pub async fn limits(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let encodages = Encodages::de(request.headers());
    let response = match refus(&request) {
        Some(erreur) => erreur.into_response(),
        None => next.run(request).await,
    };
    let mut response = erreur::rendre(&state, response, encodages);
    securiser(response.headers_mut());
    response
}

/// Adds the security headers that every response carries.
pub fn securiser(headers: &mut HeaderMap) {
    for (name, value) in SECURITE.iter() {
        headers.insert(name.clone(), value.clone());
    }
}

/// Other methods than GET/HEAD, request bodies, huge headers and huge URIs are refused.
pub fn refus(request: &Request) -> Option<WebError> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return Some(WebError::MethodeNonAutorisee);
    }
    let has_body = request.headers().get(header::CONTENT_LENGTH).is_some_and(|v| v.as_bytes() != b"0")
        || request.headers().contains_key(header::TRANSFER_ENCODING);
    if has_body {
        return Some(WebError::CorpsRefuse);
    }
    let en_tetes: usize = request.headers().iter().map(|(k, v)| k.as_str().len() + v.len() + 4).sum();
    if en_tetes > EN_TETES_MAX {
        return Some(WebError::EnTetesTropGrands);
    }
    let uri = request.uri();
    let longueur =
        uri.authority().map_or(0, |a| a.as_str().len()) + uri.path_and_query().map_or(0, |pq| pq.as_str().len());
    if longueur > URI_MAX {
        return Some(WebError::RequeteTropLongue);
    }
    None
}

/// A panic in a handler becomes the French 500 page; the server stays up.
pub fn panique(err: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!(detail = detail_de_panique(err.as_ref()), "handler panicked");
    WebError::Interne.into_response()
}

/// The message a panic was raised with, for the log.
pub fn detail_de_panique(err: &(dyn std::any::Any + Send)) -> &str {
    err.downcast_ref::<String>().map(String::as_str).or_else(|| err.downcast_ref::<&str>().copied()).unwrap_or("panic")
}
