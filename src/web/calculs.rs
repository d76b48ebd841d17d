//! The threads that compute pages, away from the threads that serve connections.
//!
//! Each connection thread (`listener.rs`) runs many connections; a quiz result, a comparison or a
//! search rendered there (a few hundred µs with its Brotli form) would hold back every other
//! request of that thread, the job pages of the fast lane included. So pages computed per request
//! are made here, on as many threads as cores, and a connection thread only waits for the result
//! without working.
//!
//! The queue is bounded: when [`ATTENTE_PAR_FIL`] computations per thread already wait, a new one
//! is refused at once with the French 503 page ([`WebError::Surcharge`]) instead of waiting
//! behind a queue that only grows. A computation whose client has gone (closed connection, request
//! timeout) is skipped when its turn comes.

use std::panic::AssertUnwindSafe;
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, LazyLock, Mutex};

use super::WebError;

/// How many computations may wait per computing thread. At a few hundred µs each, a full queue is
/// about 50 ms of work: a visitor would rather wait that than get an error, and a flood cannot make
/// the wait grow without bound. It absorbs the benchmark's 64 connections asking for new quiz
/// results non-stop (`bench/run.sh`, isolation).
pub const ATTENTE_PAR_FIL: usize = 128;

type Tache = Box<dyn FnOnce() + Send>;

/// A pool of computing threads with a bounded queue.
pub struct Calculs {
    file: SyncSender<Tache>,
}

impl std::fmt::Debug for Calculs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Calculs")
    }
}

impl Calculs {
    /// `fils` threads, and at most `attente` computations waiting for one of them.
    pub fn new(fils: usize, attente: usize) -> std::io::Result<Calculs> {
        let (file, taches) = sync_channel::<Tache>(attente);
        let taches = Arc::new(Mutex::new(taches));
        for n in 0..fils.max(1) {
            let taches = Arc::clone(&taches);
            std::thread::Builder::new().name(format!("calculs-{n}")).spawn(move || travailler(&taches))?;
        }
        Ok(Calculs { file })
    }

    /// The process's pool: one thread per core, [`ATTENTE_PAR_FIL`] waiting per thread; started
    /// on first use.
    pub fn partages() -> Arc<Calculs> {
        static PARTAGES: LazyLock<Arc<Calculs>> = LazyLock::new(|| {
            let fils = std::thread::available_parallelism().map_or(1, |n| n.get());
            Arc::new(Calculs::new(fils, fils * ATTENTE_PAR_FIL).expect("cannot start the computing threads"))
        });
        Arc::clone(&PARTAGES)
    }

    /// Runs `calcul` on a computing thread and waits for its result, without blocking the caller's
    /// thread. [`WebError::Surcharge`] when the queue is full; [`WebError::Interne`] if it
    /// panicked (logged, as a handler's panic would be).
    pub async fn executer<T: Send + 'static>(
        &self,
        calcul: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, WebError> {
        let (envoi, resultat) = tokio::sync::oneshot::channel();
        // What the computation logs (a template that fails) names its request.
        let span = tracing::Span::current();
        let tache = Box::new(move || {
            if envoi.is_closed() {
                return;
            }
            let _dans = span.enter();
            let _ = envoi.send(std::panic::catch_unwind(AssertUnwindSafe(calcul)));
        });
        match self.file.try_send(tache) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => return Err(WebError::Surcharge),
            Err(TrySendError::Disconnected(_)) => {
                tracing::error!("the computing threads are gone");
                return Err(WebError::Interne);
            }
        }
        match resultat.await {
            Ok(Ok(valeur)) => Ok(valeur),
            Ok(Err(panique)) => {
                tracing::error!(
                    detail = super::middleware::detail_de_panique(panique.as_ref()),
                    "page computation panicked"
                );
                Err(WebError::Interne)
            }
            Err(_) => Err(WebError::Interne),
        }
    }
}

/// A computing thread: takes the next task until the pool is dropped.
fn travailler(taches: &Mutex<Receiver<Tache>>) {
    ceder_la_priorite();
    loop {
        // The lock is held only while waiting for a task, never while running one.
        let tache = match taches.lock() {
            Ok(file) => file.recv(),
            Err(_) => return,
        };
        match tache {
            Ok(tache) => tache(),
            Err(_) => return,
        }
    }
}

/// How much lower the computing threads run than the connection threads (added to their `nice`).
///
/// Measured under a flood of quiz results (`bench/README.md`, isolation): at the same priority,
/// a job page read meanwhile had a p99 of 3.5 to 6.7 ms, because a connection thread woken by a
/// request often waited for a computing thread's time slice to end; at 10, 3.6 to 4.0 ms, and a
/// third more job pages served. The price: the computations yield to any other busy process of
/// the machine as well (the benchmark's own `wrk` took about 15 % of the quiz throughput).
const GENTILLESSE: i32 = 10;

/// Lowers the priority of the calling thread: when computations fill the cores, a connection
/// thread that wakes up with a ready page to send gets a core at once.
#[cfg(target_os = "linux")]
fn ceder_la_priorite() {
    // SAFETY: `nice` only reads its integer argument. On Linux, it changes the calling thread
    // alone (its result, the new value, is of no use here: at worst the priority stays as it was).
    unsafe { libc::nice(GENTILLESSE) };
}

#[cfg(not(target_os = "linux"))]
fn ceder_la_priorite() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_full_queue_refuses_at_once_then_accepts_again() {
        let calculs = Arc::new(Calculs::new(1, 1).unwrap());
        let (liberer, attendre) = std::sync::mpsc::channel::<()>();
        let (commence, est_commence) = tokio::sync::oneshot::channel::<()>();
        let c = Arc::clone(&calculs);
        let occupe = tokio::spawn(async move {
            c.executer(move || {
                commence.send(()).unwrap();
                attendre.recv().unwrap();
                1
            })
            .await
        });
        est_commence.await.unwrap();
        // The thread is busy: one computation may wait, the next one is refused.
        let c = Arc::clone(&calculs);
        let en_attente = tokio::spawn(async move { c.executer(|| 2).await });
        tokio::task::yield_now().await;
        assert_eq!(calculs.executer(|| 3).await, Err(WebError::Surcharge));
        liberer.send(()).unwrap();
        assert_eq!(occupe.await.unwrap(), Ok(1));
        assert_eq!(en_attente.await.unwrap(), Ok(2));
        assert_eq!(calculs.executer(|| 4).await, Ok(4));
    }

    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn computing_threads_run_at_a_lower_priority() {
        let calculs = Calculs::new(1, 1).unwrap();
        let nice = |stat: String| stat.rsplit_once(')').unwrap().1.split_whitespace().nth(16).unwrap().to_string();
        let ici = nice(std::fs::read_to_string("/proc/thread-self/stat").unwrap());
        let la_bas = calculs.executer(move || nice(std::fs::read_to_string("/proc/thread-self/stat").unwrap())).await;
        let attendu = (ici.parse::<i32>().unwrap() + GENTILLESSE).min(19);
        assert_eq!(la_bas.unwrap(), attendu.to_string());
    }

    #[tokio::test]
    async fn a_panic_is_a_500_and_the_thread_survives() {
        let calculs = Calculs::new(1, 4).unwrap();
        let panique = calculs.executer(|| -> u8 { panic!("boum") }).await;
        assert_eq!(panique, Err(WebError::Interne));
        assert_eq!(calculs.executer(|| 5).await, Ok(5));
    }
}
