//! Listening: one single-threaded runtime per core, each with its own socket on the same
//! address (`SO_REUSEPORT`), so the kernel spreads connections and no request hops between
//! threads — the model of nginx's workers. ctrl-c or SIGTERM stop accepting everywhere; each
//! worker finishes its requests in flight, then the call returns.

use std::io;
use std::net::SocketAddr;

use super::Portier;
use tokio::net::TcpSocket;
use tokio::sync::{mpsc, watch};

/// Serves `app` on `addr` until ctrl-c or SIGTERM; errors to bind are returned before serving.
pub fn servir(app: Portier, addr: SocketAddr, on_ready: impl FnOnce()) -> io::Result<()> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let signal_runtime = runtime()?;
    let listeners =
        signal_runtime.block_on(async { (0..workers).map(|_| socket(addr)).collect::<io::Result<Vec<_>>>() })?;
    on_ready();
    let (stop, stopped) = watch::channel(false);
    // A worker that stops on its own (an accept error) stops the others too.
    let (fini, mut un_fini) = mpsc::unbounded_channel::<()>();
    std::thread::scope(|scope| {
        let handles: Vec<_> = listeners
            .into_iter()
            .map(|listener| {
                let (app, mut stopped, fini) = (app.clone(), stopped.clone(), fini.clone());
                scope.spawn(move || -> io::Result<()> {
                    let served = runtime()?.block_on(async move {
                        let listener = tokio::net::TcpListener::from_std(listener)?;
                        axum::serve(listener, app)
                            .with_graceful_shutdown(async move {
                                let _ = stopped.wait_for(|s| *s).await;
                            })
                            .await
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
