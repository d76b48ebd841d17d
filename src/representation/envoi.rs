//! A document becoming an answer: the one place that decorates it with the banner of a broken
//! reload, picks its form, states its validator (or answers `304`), its cache policy and the
//! headers that describe it.

use std::borrow::Cow;

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;

use super::{Codage, HTML, Page};

/// How long browsers and shared caches may keep a page without asking again.
pub const CACHE_PAGE: &str = "public, max-age=300";

/// How long an asset asked by its fingerprinted URL may be kept: a year, never revalidated.
pub const CACHE_EMPREINTE: &str = "public, max-age=31536000, immutable";

/// Most headers an answer carries (its own, the security headers, the length).
const EN_TETES_REPONSE: usize = 16;

/// How an answer may be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cache {
    /// A page, or an asset asked without its fingerprint: kept for [`CACHE_PAGE`], then
    /// revalidated with its ETag.
    Page,
    /// An asset asked by the URL that carries its current fingerprint ([`CACHE_EMPREINTE`]).
    Empreinte,
    /// An error page: never kept, and without validator.
    Jamais,
}

/// What a request says about the answer it takes: the forms it accepts, the ETags it holds.
#[derive(Debug, Clone, Copy)]
pub struct Demande<'r> {
    /// The forms it accepts.
    pub encodages: Encodages,
    /// Its headers (`If-None-Match`); none for an error, which has no validator.
    en_tetes: Option<&'r HeaderMap>,
}

impl<'r> Demande<'r> {
    /// A request with these headers.
    pub fn de(en_tetes: &'r HeaderMap) -> Demande<'r> {
        Demande { encodages: Encodages::de(en_tetes), en_tetes: Some(en_tetes) }
    }

    /// A request known only by the forms it accepts (enough for an error page).
    pub fn acceptant(encodages: Encodages) -> Demande<'static> {
        Demande { encodages, en_tetes: None }
    }

    /// Whether it already holds the representation of validator `etag`.
    fn possede(&self, etag: &HeaderValue) -> bool {
        let Some(en_tetes) = self.en_tetes else { return false };
        en_tetes.get_all(header::IF_NONE_MATCH).iter().flat_map(|v| v.as_bytes().split(|&b| b == b',')).any(|t| {
            let t = t.trim_ascii();
            t == etag.as_bytes() || t == b"*"
        })
    }
}

/// Makes `reponse` (its status and own headers already set) carry `page` for `demande`: with the
/// banner of a broken reload on an HTML page, in the best form the client accepts, with its
/// validator and `304` when the client holds it already, and the cache policy `cache`.
pub fn servir(
    page: &Page,
    cache: Cache,
    demande: &Demande<'_>,
    banniere: Option<&str>,
    mut reponse: Response,
) -> Response {
    let page = decorer(page, banniere);
    let codage = match cache {
        // Error pages have always gone in the client's best form, even those made for one request:
        // kept so that no answer changed when serving came here.
        Cache::Jamais => demande.encodages.meilleur(),
        Cache::Page | Cache::Empreinte => demande.encodages.pour(&page),
    };
    let (corps, etag) = page.forme(codage);
    let headers = reponse.headers_mut();
    // Room for every header of the answer at once (these, the security ones, the length): the
    // map is not grown twice on the way.
    headers.reserve(EN_TETES_REPONSE);
    let politique = match cache {
        Cache::Page => CACHE_PAGE,
        Cache::Empreinte => CACHE_EMPREINTE,
        Cache::Jamais => {
            decrire(headers, page.content_type, codage);
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            headers.remove(header::CONTENT_LENGTH);
            *reponse.body_mut() = Body::from(corps);
            return reponse;
        }
    };
    headers.insert(header::ETAG, etag.clone());
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(politique));
    if demande.possede(etag) {
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        *reponse.status_mut() = StatusCode::NOT_MODIFIED;
        *reponse.body_mut() = Body::empty();
        return reponse;
    }
    decrire(headers, page.content_type, codage);
    *reponse.body_mut() = Body::from(corps);
    reponse
}

/// `page` with `banniere` at the top of its body, when there is one and the page is HTML (a new
/// page then, made for this request, with its own validator).
fn decorer<'p>(page: &'p Page, banniere: Option<&str>) -> Cow<'p, Page> {
    match banniere {
        Some(b) if page.content_type == HTML => {
            let html = page.text();
            let decoree = match html.find("<header class=\"entete\"") {
                Some(at) => format!("{}{b}{}", &html[..at], &html[at..]),
                None => html.to_string(),
            };
            Cow::Owned(Page::ephemere(decoree))
        }
        _ => Cow::Borrowed(page),
    }
}

/// The headers that describe the body sent: its type, its encoding, and that it depends on
/// `Accept-Encoding`.
fn decrire(headers: &mut HeaderMap, content_type: &'static str, codage: Codage) {
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let Some(c) = codage.content_encoding() {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(c));
    }
}

/// The compressed forms a client accepts: those `Accept-Encoding` lists without refusing them
/// (`q=0`), read in one pass.
#[derive(Debug, Clone, Copy, Default)]
pub struct Encodages {
    /// Brotli.
    pub br: bool,
    /// gzip.
    pub gzip: bool,
}

impl Encodages {
    /// What the client sends in `Accept-Encoding`.
    pub fn de(request: &HeaderMap) -> Encodages {
        let mut e = Encodages::default();
        let jetons =
            request.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(','));
        for jeton in jetons {
            let mut parts = jeton.split(';');
            let nom = parts.next().unwrap_or_default().trim();
            let refuse = |mut parts: std::str::Split<'_, char>| {
                parts.any(|q| q.bytes().filter(|b| !b.is_ascii_whitespace()).eq(*b"q=0"))
            };
            if nom.eq_ignore_ascii_case("br") {
                e.br = e.br || !refuse(parts);
            } else if nom.eq_ignore_ascii_case("gzip") {
                e.gzip = e.gzip || !refuse(parts);
            }
        }
        e
    }

    /// The best of them: Brotli, else gzip, else the bytes as they are.
    pub fn meilleur(self) -> Codage {
        if self.br {
            Codage::Br
        } else if self.gzip {
            Codage::Gzip
        } else {
            Codage::Brut
        }
    }

    /// The form of `page` to send them.
    pub fn pour(self, page: &Page) -> Codage {
        page.forme_pour(self.meilleur(), self.gzip)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corps(reponse: Response) -> Vec<u8> {
        let corps = reponse.into_body();
        futures_util::FutureExt::now_or_never(axum::body::to_bytes(corps, usize::MAX)).unwrap().unwrap().to_vec()
    }

    #[test]
    fn the_banner_goes_on_html_pages_only_before_their_header_with_another_etag() {
        let page = Page::new("<body><header class=\"entete\">titre</header></body>".into());
        let css = Page::with_type("body {}".into(), "text/css");
        let en_tetes = HeaderMap::new();
        let demande = Demande::de(&en_tetes);
        let servie = |page: &Page, banniere| servir(page, Cache::Page, &demande, banniere, Response::default());
        let (nue, decoree) = (servie(&page, None), servie(&page, Some("<p>cassé</p>")));
        assert_ne!(nue.headers()[header::ETAG], decoree.headers()[header::ETAG]);
        assert_eq!(corps(decoree), "<body><p>cassé</p><header class=\"entete\">titre</header></body>".as_bytes());
        assert_eq!(corps(servie(&css, Some("<p>cassé</p>"))), b"body {}");
    }

    #[test]
    fn an_error_page_has_no_validator_and_is_never_kept() {
        let page = Page::new("<p>introuvable</p>".into());
        let reponse =
            servir(&page, Cache::Jamais, &Demande::acceptant(Encodages::default()), None, Response::default());
        assert!(reponse.headers().get(header::ETAG).is_none());
        assert_eq!(reponse.headers()[header::CACHE_CONTROL], "no-store");
    }
}
