//! The front door: every request enters here and leaves one log line.
//!
//! A plain read of a page that is already rendered — a job page, a list, the sitemap — is answered
//! straight from the snapshot, without the router and its layers: the fast lane, which is what
//! lets a job page come out as fast as a static file. Anything else goes through the router:
//! queries (filters, answers), assets, errors, pages still to render, and every request while a
//! broken reload shows its banner. Both lanes make their answer with [`representation::servir`]
//! and add the same security headers, so they give the same answer (tested).

use std::convert::Infallible;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::Router;
use axum::body::{Body, HttpBody};
use axum::extract::Request;
use axum::http::{HeaderValue, Method, header};
use axum::response::{IntoResponse, Response};
use axum::serve::{IncomingStream, Listener};
use futures_util::future::{BoxFuture, Either, Ready, ready};
use tower::Service;
use tracing::Instrument;

use super::{AppState, WebError, erreur, journal, middleware};
use crate::representation::{self, Cache, Demande, Encodages};

/// The whole site as one service: the fast lane, then the router.
#[derive(Clone)]
pub struct App(Arc<AppInner>);

struct AppInner {
    state: AppState,
    routeur: Router,
}

impl App {
    /// Serves `state`, passing to `routeur` what the fast lane does not answer.
    pub fn new(state: AppState, routeur: Router) -> App {
        App(Arc::new(AppInner { state, routeur }))
    }

    /// The answer of the fast lane, when `request` is a plain read of a page already rendered.
    fn voie_rapide(&self, request: &Request) -> Option<Response> {
        let state = &self.0.state;
        // A query can change the page (filters, answers): the router's handlers read it.
        if request.uri().query().is_some()
            || middleware::refus(request).is_some()
            || state.live.banniere.load().is_some()
        {
            return None;
        }
        let snapshot = state.live.snapshot.load();
        let page = snapshot.page_prete(request.uri().path())?;
        let demande = Demande::de(request.headers());
        // A form still to compress (a job page made on demand) is made on the computing threads,
        // by the router.
        if !page.forme_prete(demande.encodages.pour(&page)) {
            return None;
        }
        let mut reponse = Response::new(Body::empty());
        *reponse.headers_mut() = middleware::EN_TETES_SECURITE.clone();
        // No banner: while one shows, every request takes the router (above).
        Some(terminer(representation::servir(&page, Cache::Page, &demande, None, reponse), request.method()))
    }
}

/// What the router's layers would add to an answer made without them: the security headers, the
/// length (stated, so that a HEAD answer keeps it without the body).
fn finir(mut response: Response, method: &Method) -> Response {
    middleware::securiser(response.headers_mut());
    terminer(response, method)
}

/// [`finir`] for an answer that has its security headers already.
fn terminer(mut response: Response, method: &Method) -> Response {
    if let Some(longueur) = response.body().size_hint().exact() {
        response.headers_mut().insert(header::CONTENT_LENGTH, HeaderValue::from(longueur));
    }
    if method == Method::HEAD {
        *response.body_mut() = Body::empty();
    }
    response
}

/// The answer of the [`App`] to a request, ready at once on the fast lane.
pub type Reponse = Either<Ready<Result<Response, Infallible>>, BoxFuture<'static, Result<Response, Infallible>>>;

impl App {
    /// Answers `request`: the fast lane, else the router; one log line either way.
    pub fn repondre(&self, request: Request) -> Reponse {
        let debut = journal::debut();
        if let Some(response) = self.voie_rapide(&request) {
            journal::ecrire(request.method(), request.uri().path(), response.status(), debut);
            return Either::Left(ready(Ok(response)));
        }
        let (method, path) = (request.method().clone(), request.uri().path().to_owned());
        // Events inside the router (a render error, a panic) name the request they belong to.
        let span = tracing::info_span!("request", %method, path);
        let response = self.0.routeur.clone().call(request).instrument(span);
        Either::Right(Box::pin(async move {
            let response = response.await?;
            journal::ecrire(&method, &path, response.status(), debut);
            Ok(response)
        }))
    }

    /// The French 503 page with `Retry-After`, for a request that arrives on a connection beyond
    /// the cap (`listener.rs`); nothing is rendered, and it leaves its log line like any request.
    pub fn refuser(&self, request: &Request) -> Response {
        let debut = journal::debut();
        let state = &self.0.state;
        let encodages = Encodages::de(request.headers());
        let response = finir(erreur::rendre(state, WebError::Surcharge.into_response(), encodages), request.method());
        journal::ecrire(request.method(), request.uri().path(), response.status(), debut);
        response
    }
}

impl Service<Request> for App {
    type Response = Response;
    type Error = Infallible;
    type Future = Reponse;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> Self::Future {
        self.repondre(request)
    }
}

/// What `axum::serve` asks for each connection: the same site.
impl<L: Listener> Service<IncomingStream<'_, L>> for App {
    type Response = App;
    type Error = Infallible;
    type Future = Ready<Result<App, Infallible>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _connexion: IncomingStream<'_, L>) -> Self::Future {
        ready(Ok(self.clone()))
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::render::RenderConfig;
    use crate::snapshot::{Snapshot, Sources};

    fn app(prerendu_max: usize) -> App {
        let racine = Path::new(env!("CARGO_MANIFEST_DIR"));
        let sources = Sources {
            content: racine.join("tests/fixtures/valid/minimal"),
            locales: crate::dossier::Dossier::Disque(racine.join("locales/fr")),
        };
        let mut config = RenderConfig::new("https://guide.test", &racine.join("static"));
        config.prerendu_max = prerendu_max;
        let snapshot = Snapshot::build(&sources, config).expect("fixture valide");
        let state = AppState::new(snapshot);
        App::new(state.clone(), super::super::wrap(super::super::routes(), state))
    }

    fn requete(method: &str, uri: &str) -> Request {
        Request::builder().method(method).uri(uri).body(Body::empty()).unwrap()
    }

    #[test]
    fn plain_reads_of_rendered_pages_take_the_fast_lane_and_nothing_else_does() {
        let p = app(usize::MAX);
        for uri in
            ["/", "/metiers", "/metiers/minimal", "/metiers/minimal/quiz", "/metiers/minimal.json", "/sitemap.xml"]
        {
            assert!(p.voie_rapide(&requete("GET", uri)).is_some(), "GET {uri}");
        }
        let head = p.voie_rapide(&requete("HEAD", "/metiers/minimal")).expect("HEAD");
        assert_eq!(head.body().size_hint().exact(), Some(0));
        assert!(head.headers()[header::CONTENT_LENGTH].to_str().unwrap().parse::<usize>().unwrap() > 1000);
        for (method, uri) in [
            ("GET", "/metiers?secteur=informatique"),
            ("GET", "/metiers/minimal?utm=x"),
            ("POST", "/metiers/minimal"),
            ("GET", "/healthz"),
            ("GET", "/static/style.css"),
            ("GET", "/nulle-part"),
        ] {
            assert!(p.voie_rapide(&requete(method, uri)).is_none(), "{method} {uri}");
        }
        p.0.state.live.banniere.store(Some(Arc::new("<p>cassé</p>".into())));
        assert!(p.voie_rapide(&requete("GET", "/metiers/minimal")).is_none(), "bandeau d'erreur");
    }

    #[test]
    fn a_form_still_to_compress_goes_to_the_router_and_is_then_served_at_once() {
        let p = app(usize::MAX);
        let br =
            || Request::builder().uri("/metiers/minimal").header("accept-encoding", "br").body(Body::empty()).unwrap();
        assert!(p.voie_rapide(&br()).is_none(), "Brotli pas encore fait");
        let snapshot = p.0.state.live.snapshot.load();
        snapshot.page_prete("/metiers/minimal").unwrap().forme(crate::representation::Codage::Br);
        let reponse = p.voie_rapide(&br()).expect("Brotli fait");
        assert_eq!(reponse.headers()[header::CONTENT_ENCODING], "br");
    }

    #[test]
    fn a_page_still_to_render_goes_to_the_router_once() {
        let p = app(0);
        assert!(p.voie_rapide(&requete("GET", "/metiers/minimal")).is_none());
        p.0.state.live.snapshot.load().page("/metiers/minimal").unwrap();
        assert!(p.voie_rapide(&requete("GET", "/metiers/minimal")).is_some());
    }
}
