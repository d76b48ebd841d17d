//! One connection: its deadlines, its place under the cap, and the service that hands its requests
//! to the [`App`].
//!
//! hyper's own `header_read_timeout` cannot tell a slow request from an idle keep-alive
//! connection: its clock also runs between two requests, so it would close idle connections after
//! the header delay. The connection's socket is therefore wrapped in [`Surveillee`], which knows
//! from the service when a request is answered and from the socket when the next one starts to
//! arrive, and gives each phase its own deadline:
//!
//! - a new connection must deliver a complete request head within the header delay of its accept;
//! - after an answer (once its last bytes have gone out), the connection may stay idle for the idle
//!   delay; once the first byte of the next request arrives, its head must be complete within the
//!   header delay;
//! - while a request is answered, no deadline (the router's own timeout bounds the work), except
//!   a client that stops reading the answer: a write blocked for the idle delay ends the connection.
//!
//! A deadline passed closes the connection without an answer, as nginx does: there is nothing
//! useful to say to a client that stalls, and a browser treats a closed idle connection as usual.
//! A client that stopped reading gets a reset, so that what it left unread is dropped at once
//! (nginx's `reset_timedout_connection`).
//! The timer is re-armed only when it fires (then it looks at what the connection does now), so a
//! request pays a few relaxed atomic operations and two clock reads, nothing more.

use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicU32, AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::Request;
use axum::response::Response;
use futures_util::future::{Either, ready};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::Sleep;

use super::App;
use super::fast_path::Reponse;

/// How long a client may take, by phase of its connection.
#[derive(Debug, Clone, Copy)]
pub struct Delais {
    /// To deliver a complete request head.
    pub entetes: Duration,
    /// To stay connected without asking anything, or without reading an answer.
    pub inactif: Duration,
}

/// Nothing received yet on a new connection.
const NEUVE: u8 = 0;
/// Between an answer and the next request.
const INACTIVE: u8 = 1;
/// A request head is arriving.
const LECTURE: u8 = 2;
/// A request is being answered.
const TRAITEMENT: u8 = 3;

/// What a connection is doing, seen by its socket (bytes arrive) and its service (requests start
/// and end). A connection lives on one thread: the atomics are never contended.
pub struct Etat {
    origine: Instant,
    phase: AtomicU8,
    /// When the phase began, in µs after `origine`.
    depuis: AtomicU64,
    /// Requests handed to the site and not answered yet.
    en_cours: AtomicU32,
}

impl Etat {
    fn new() -> Etat {
        Etat {
            origine: Instant::now(),
            phase: AtomicU8::new(NEUVE),
            depuis: AtomicU64::new(0),
            en_cours: AtomicU32::new(0),
        }
    }

    fn maintenant(&self) -> u64 {
        u64::try_from(self.origine.elapsed().as_micros()).unwrap_or(u64::MAX)
    }

    /// Bytes came in from the client.
    fn recu(&self) {
        match self.phase.load(Relaxed) {
            // The head of the first request is timed from the accept.
            NEUVE => self.phase.store(LECTURE, Relaxed),
            INACTIVE => {
                self.depuis.store(self.maintenant(), Relaxed);
                self.phase.store(LECTURE, Relaxed);
            }
            _ => {}
        }
    }

    /// Bytes went out to the client: a long answer still being taken is not idleness.
    fn envoye(&self) {
        if self.phase.load(Relaxed) == INACTIVE {
            self.depuis.store(self.maintenant(), Relaxed);
        }
    }

    fn debut_requete(&self) {
        self.en_cours.fetch_add(1, Relaxed);
        self.phase.store(TRAITEMENT, Relaxed);
    }

    fn fin_requete(&self) {
        if self.en_cours.fetch_sub(1, Relaxed) == 1 {
            self.depuis.store(self.maintenant(), Relaxed);
            self.phase.store(INACTIVE, Relaxed);
        }
    }

    /// Whether the client has sent nothing of a request yet (nothing would be lost by closing).
    pub fn attend_sans_rien_recu(&self) -> bool {
        matches!(self.phase.load(Relaxed), NEUVE | INACTIVE)
    }

    /// When the current phase runs out, if it has a deadline.
    fn echeance(&self, delais: Delais) -> Option<Instant> {
        let depuis = self.origine + Duration::from_micros(self.depuis.load(Relaxed));
        match self.phase.load(Relaxed) {
            NEUVE | LECTURE => Some(depuis + delais.entetes),
            INACTIVE => Some(depuis + delais.inactif),
            _ => None,
        }
    }
}

/// A client's socket that fails with `TimedOut` once its connection's deadline has passed, which
/// makes hyper close the connection.
pub struct Surveillee {
    socket: TcpStream,
    etat: Arc<Etat>,
    delais: Delais,
    /// Fires no later than the current deadline (sometimes earlier: it then looks again).
    minuterie: Pin<Box<Sleep>>,
    /// Since when the client has not taken what we write.
    ecriture_bloquee: Option<Instant>,
}

impl Surveillee {
    fn new(socket: TcpStream, etat: Arc<Etat>, delais: Delais) -> Surveillee {
        let premiere = tokio::time::Instant::from_std(etat.origine + delais.entetes);
        Surveillee {
            socket,
            etat,
            delais,
            minuterie: Box::pin(tokio::time::sleep_until(premiere)),
            ecriture_bloquee: None,
        }
    }

    /// The deadline of what the connection does now; `None`: none for now.
    fn echeance(&self) -> Option<Instant> {
        let bloquee = self.ecriture_bloquee.map(|depuis| depuis + self.delais.inactif);
        match (self.etat.echeance(self.delais), bloquee) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Called when the socket has nothing to give or take: whether the deadline has passed;
    /// otherwise the timer is armed to wake this task by then.
    fn expiree(&mut self, cx: &mut Context<'_>) -> bool {
        if let Some(echeance) = self.echeance() {
            let echeance = tokio::time::Instant::from_std(echeance);
            if echeance < self.minuterie.deadline() {
                self.minuterie.as_mut().reset(echeance);
            }
        }
        while self.minuterie.as_mut().poll(cx).is_ready() {
            let maintenant = Instant::now();
            match self.echeance() {
                Some(echeance) if echeance <= maintenant => return true,
                Some(echeance) => self.minuterie.as_mut().reset(echeance.into()),
                // Nothing to time now: look again later.
                None => self.minuterie.as_mut().reset((maintenant + self.delais.inactif).into()),
            }
        }
        false
    }

    fn ecrit<T>(&mut self, cx: &mut Context<'_>, ecrit: Poll<io::Result<T>>) -> Poll<io::Result<T>> {
        match ecrit {
            Poll::Pending => {
                self.ecriture_bloquee.get_or_insert_with(Instant::now);
                if !self.expiree(cx) {
                    return Poll::Pending;
                }
                // What the client left unread is dropped with the connection (a reset rather than
                // a close): otherwise the system would keep megabytes queued for a client that
                // reads nothing, for minutes after the connection is gone.
                let _ = self.socket.set_zero_linger();
                Poll::Ready(Err(delai_depasse()))
            }
            pret => {
                self.ecriture_bloquee = None;
                pret
            }
        }
    }
}

fn delai_depasse() -> io::Error {
    io::Error::new(io::ErrorKind::TimedOut, "client too slow")
}

impl AsyncRead for Surveillee {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let avant = buf.filled().len();
        match Pin::new(&mut self.socket).poll_read(cx, buf) {
            Poll::Pending => {
                if self.expiree(cx) {
                    Poll::Ready(Err(delai_depasse()))
                } else {
                    Poll::Pending
                }
            }
            Poll::Ready(Ok(())) if buf.filled().len() > avant => {
                self.etat.recu();
                Poll::Ready(Ok(()))
            }
            pret => pret,
        }
    }
}

impl AsyncWrite for Surveillee {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let ecrit = Pin::new(&mut self.socket).poll_write(cx, buf);
        if let Poll::Ready(Ok(1..)) = ecrit {
            self.etat.envoye();
        }
        self.ecrit(cx, ecrit)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        // A body kept in the memory file of pages leaves without being copied.
        let ecrit = match super::zero_copy::poll_write(&self.socket, cx, bufs) {
            Some(ecrit) => ecrit,
            None => Pin::new(&mut self.socket).poll_write_vectored(cx, bufs),
        };
        if let Poll::Ready(Ok(1..)) = ecrit {
            self.etat.envoye();
        }
        self.ecrit(cx, ecrit)
    }

    fn is_write_vectored(&self) -> bool {
        self.socket.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let ecrit = Pin::new(&mut self.socket).poll_flush(cx);
        self.ecrit(cx, ecrit)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.socket).poll_shutdown(cx)
    }
}

/// A connection's place among the open ones of the process; given back when dropped.
pub struct Place(Arc<AtomicUsize>);

impl Drop for Place {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Relaxed);
    }
}

/// What to do with a new connection, given how many are open.
pub enum Admission {
    /// Served.
    Servie(Place),
    /// Beyond the cap: each request gets the French 503 page, then the connection is closed.
    Refusee(Place),
    /// Far beyond the cap (the refusals themselves are bounded, to an eighth of it): closed at once.
    Fermee,
}

/// Takes a place among `ouvertes` connections for a new one, under `max`.
pub fn admettre(ouvertes: &Arc<AtomicUsize>, max: usize) -> Admission {
    let avant = ouvertes.fetch_add(1, Relaxed);
    let place = Place(Arc::clone(ouvertes));
    if avant < max {
        Admission::Servie(place)
    } else if avant < max + max.div_ceil(8) {
        Admission::Refusee(place)
    } else {
        Admission::Fermee
    }
}

/// Hands a connection's requests to the [`App`] (or to its 503 page when `refusee`), telling
/// the connection's [`Etat`] when each starts and ends.
struct Service {
    app: App,
    etat: Arc<Etat>,
    refusee: bool,
}

impl hyper::service::Service<hyper::Request<hyper::body::Incoming>> for Service {
    type Response = Response;
    type Error = Infallible;
    type Future = EnCours;

    fn call(&self, request: hyper::Request<hyper::body::Incoming>) -> EnCours {
        self.etat.debut_requete();
        let request: Request = request.map(Body::new);
        let reponse =
            if self.refusee { Either::Left(ready(Ok(self.app.refuser(&request)))) } else { self.app.repondre(request) };
        EnCours { reponse, etat: Arc::clone(&self.etat) }
    }
}

/// A request being answered; its end (answered, or dropped with its connection) is told to the
/// connection.
struct EnCours {
    reponse: Reponse,
    etat: Arc<Etat>,
}

impl Future for EnCours {
    type Output = Result<Response, Infallible>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        Pin::new(&mut self.reponse).poll(cx)
    }
}

impl Drop for EnCours {
    fn drop(&mut self) {
        self.etat.fin_requete();
    }
}

/// Serves one accepted connection until it ends, the client is too slow, or `arret` turns true
/// (then a request in flight is finished first; a connection that has sent nothing is closed).
pub async fn servir(
    socket: TcpStream,
    app: App,
    delais: Delais,
    admission: Admission,
    mut arret: tokio::sync::watch::Receiver<bool>,
) {
    let (refusee, _place) = match admission {
        Admission::Servie(place) => (false, place),
        Admission::Refusee(place) => (true, place),
        Admission::Fermee => return,
    };
    let etat = Arc::new(Etat::new());
    let io = hyper_util::rt::TokioIo::new(Surveillee::new(socket, Arc::clone(&etat), delais));
    let mut http = hyper::server::conn::http1::Builder::new();
    // The deadlines are `Surveillee`'s (see the top of this file).
    http.header_read_timeout(None);
    if refusee {
        http.keep_alive(false);
    }
    let connexion = http.serve_connection(io, Service { app, etat: Arc::clone(&etat), refusee });
    tokio::pin!(connexion);
    let mut arretee = false;
    loop {
        tokio::select! {
            // The connection first: bytes already arrived are read before a stop is looked at, so
            // that a request sent before the stop is not taken for silence.
            biased;
            fin = connexion.as_mut() => {
                if let Err(e) = fin {
                    tracing::debug!(error = %e, "connection ended");
                }
                return;
            }
            _ = arret.wait_for(|a| *a), if !arretee => {
                if etat.attend_sans_rien_recu() {
                    return;
                }
                arretee = true;
                connexion.as_mut().graceful_shutdown();
            }
        }
    }
}
