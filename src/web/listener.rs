//! Listening: one single-threaded runtime per core, each with its own socket on the same
//! address (`SO_REUSEPORT`), so the kernel spreads connections and no request hops between
//! threads — the model of nginx's workers. Pages computed per request are rendered elsewhere
//! ([`super::calculs`]), so that these threads only move bytes and serve ready pages.
//!
//! Each connection has deadlines for slow and idle clients ([`super::connexion`]), and the open
//! connections of the process are capped ([`Reglages::connexions_max`]). ctrl-c or SIGTERM stop
//! accepting everywhere; each worker finishes its requests in flight, then the call returns.

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::time::Duration;

use super::App;
use super::connexion::{self, Admission, Delais};
use tokio::net::TcpSocket;
use tokio::sync::{mpsc, watch};

/// Limits on clients, the same for every worker (defaults and options: `guide-metiers serve --help`).
#[derive(Debug, Clone, Copy)]
pub struct Reglages {
    /// How long a client may take to send a complete request head (counted from the accept for
    /// the first request of a connection, from its first byte for the next ones).
    pub delai_entetes: Duration,
    /// How long a keep-alive connection may stay without a request (or a client without reading
    /// its answer) before it is closed.
    pub delai_inactif: Duration,
    /// Most connections served at once by the process. The next ones get the French 503 page with
    /// `Retry-After` and are closed — a visitor learns at once that the site is busy, rather than
    /// waiting on a connection that nobody accepts — and past an eighth more, they are closed
    /// without a word, so that refusing costs bounded memory too.
    pub connexions_max: usize,
}

/// Serves `app` on `addr` until ctrl-c or SIGTERM; errors to bind are returned before serving.
pub fn serve(app: App, addr: SocketAddr, reglages: Reglages, on_ready: impl FnOnce()) -> io::Result<()> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let signal_runtime = runtime()?;
    let listeners =
        signal_runtime.block_on(async { (0..workers).map(|_| socket(addr)).collect::<io::Result<Vec<_>>>() })?;
    on_ready();
    let (stop, stopped) = watch::channel(false);
    let ouvertes = Arc::new(AtomicUsize::new(0));
    // A worker that stops on its own (its runtime fails) stops the others too.
    let (fini, mut un_fini) = mpsc::unbounded_channel::<()>();
    std::thread::scope(|scope| {
        let handles: Vec<_> = listeners
            .into_iter()
            .map(|listener| {
                let (app, stopped, fini, ouvertes) = (app.clone(), stopped.clone(), fini.clone(), ouvertes.clone());
                scope.spawn(move || -> io::Result<()> {
                    let served = runtime()?.block_on(async move {
                        let listener = tokio::net::TcpListener::from_std(listener)?;
                        accepter(listener, app, reglages, ouvertes, stopped).await;
                        Ok(())
                    });
                    let _ = fini.send(());
                    served
                })
            })
            .collect();
        signal_runtime.block_on(async {
            tokio::select! {
                () = shutdown_signal() => {},
                _ = un_fini.recv() => {},
            }
        });
        let _ = stop.send(true);
        handles.into_iter().try_for_each(|h| h.join().unwrap_or_else(|_| Err(io::Error::other("worker panicked"))))
    })
}

/// A worker: accepts connections until `stopped`, then waits for its connections to finish.
async fn accepter(
    listener: tokio::net::TcpListener,
    app: App,
    reglages: Reglages,
    ouvertes: Arc<AtomicUsize>,
    mut stopped: watch::Receiver<bool>,
) {
    let delais = Delais { entetes: reglages.delai_entetes, inactif: reglages.delai_inactif };
    // This thread's request log lines leave its buffer at least once a second (`journal`).
    let vidage = tokio::spawn(async {
        let mut tic = tokio::time::interval(super::journal::DELAI_VIDAGE);
        loop {
            tic.tick().await;
            super::journal::vider();
        }
    });
    // Every connection task holds a receiver: when all are dropped, the worker is done.
    let (tous_finis, en_cours) = watch::channel(());
    loop {
        let accepte = tokio::select! {
            // Connections already established (waiting in the backlog) are taken before a stop is
            // looked at: their requests may be on the way, and closing the socket would reset them.
            biased;
            accepte = listener.accept() => accepte,
            _ = stopped.wait_for(|s| *s) => break,
        };
        let socket = match accepte {
            Ok((socket, _)) => {
                // An answer leaves in as few writes as hyper makes, and none of them waits for the
                // client's acknowledgement of the previous one (Nagle's algorithm held the last
                // segment of some pages for a delayed ACK: Brotli pages ran 20 % below gzip ones).
                let _ = socket.set_nodelay(true);
                socket
            }
            // The client gave up before we accepted: nothing to do.
            Err(e) if matches!(e.kind(), io::ErrorKind::ConnectionAborted | io::ErrorKind::ConnectionReset) => continue,
            // Out of file descriptors, most likely (more connections than `ulimit -n` allows):
            // waiting lets connections end and free some, instead of spinning on the error.
            Err(e) => {
                tracing::warn!(error = %e, "cannot accept a connection");
                tokio::select! {
                    _ = stopped.wait_for(|s| *s) => break,
                    () = tokio::time::sleep(Duration::from_millis(100)) => continue,
                }
            }
        };
        let admission = connexion::admettre(&ouvertes, reglages.connexions_max);
        if matches!(admission, Admission::Fermee) {
            continue;
        }
        let (app, stopped, en_cours) = (app.clone(), stopped.clone(), en_cours.clone());
        tokio::spawn(async move {
            connexion::servir(socket, app, delais, admission, stopped).await;
            drop(en_cours);
        });
    }
    drop(listener);
    drop(en_cours);
    tous_finis.closed().await;
    vidage.abort();
    super::journal::vider();
}

fn runtime() -> io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread().enable_all().build()
}

/// A listening socket that shares `addr` with the other workers' sockets.
fn socket(addr: SocketAddr) -> io::Result<std::net::TcpListener> {
    let socket = if addr.is_ipv4() { TcpSocket::new_v4()? } else { TcpSocket::new_v6()? };
    socket.set_reuseaddr(true)?;
    #[cfg(unix)]
    socket.set_reuseport(true)?;
    socket.bind(addr)?;
    socket.listen(1024)?.into_std()
}

/// Resolves on ctrl-c or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
