//! `serve --watch`: rebuilds the snapshot when content, messages or assets change on disk.
//!
//! Whole folders are watched (not files), so editors that save by writing a new file and
//! renaming it over the old one (vim, many IDEs) are seen, and so are deletions. A watched folder
//! that is itself replaced (moved away and back, deleted and recreated, swapped for a fresh copy)
//! is watched again: a watch follows a folder, not its name, so each folder's identity is checked
//! after every change and every [`RONDE`].
//!
//! Only changes count: a file opened or read (by an editor, by the rebuild itself) is not one;
//! counting it made each rebuild trigger the next, forever. Changes closer than [`CALME`] are one
//! change; rebuilds run one at a time on one thread, and changes made during a rebuild are merged
//! into the next one, which reads the last save.

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::dossier::Dossier;
use crate::render::RenderConfig;
use crate::snapshot::{Live, Sources};

/// A change is rebuilt once no other change came for this long (an editor's save is several
/// file events; a copy of many files, many more).
pub const CALME: Duration = Duration::from_millis(150);

/// Changes that never calm down (a file rewritten non-stop) are still rebuilt this often.
pub const ATTENTE_MAX: Duration = Duration::from_secs(1);

/// How often the watched folders are checked for replacement when nothing else happens.
pub const RONDE: Duration = Duration::from_millis(500);

/// Keeps the watch running as long as it is alive; dropping it stops the watch and its thread.
pub struct Watch {
    _watcher: Arc<Mutex<RecommendedWatcher>>,
}

/// What a reload needs besides the folders.
#[derive(Debug, Clone)]
pub struct Reload {
    /// Content and messages.
    pub sources: Sources,
    /// Static assets (their fingerprints change with them).
    pub statiques: Dossier,
    /// Public URL of the site.
    pub public_url: String,
    /// Address where readers report an error.
    pub contact: Option<String>,
}

impl Reload {
    /// Rebuilds now, logging the outcome.
    pub fn run(&self, live: &Live) {
        let mut config = RenderConfig::new(&self.public_url, self.statiques.clone());
        config.contact = self.contact.clone();
        match live.reload(&self.sources, config) {
            Ok(()) => tracing::info!("content reloaded"),
            Err(e) => tracing::error!("reload failed, the last valid site stays online:\n{e}"),
        }
    }

    /// The folders to watch: the content, and the messages and assets when they are read from disk
    /// (embedded ones cannot change while the binary runs).
    fn dossiers(&self) -> Vec<&Path> {
        [Some(self.sources.content.as_path()), self.sources.locales.chemin(), self.statiques.chemin()]
            .into_iter()
            .flatten()
            .collect()
    }
}

/// A watched folder and the identity it had when its watch was placed.
struct Racine {
    chemin: PathBuf,
    identite: Option<Identite>,
}

/// What tells one folder from another one put at the same path.
type Identite = (u64, u64);

fn identite(chemin: &Path) -> Option<Identite> {
    let meta = std::fs::metadata(chemin).ok().filter(std::fs::Metadata::is_dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Some((0, 0))
    }
}

/// Starts watching; every change triggers [`Reload::run`] on a background thread.
pub fn watch(live: Arc<Live>, reload: Reload) -> notify::Result<Watch> {
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx)?;
    let mut racines = Vec::new();
    for dir in reload.dossiers() {
        watcher.watch(dir, RecursiveMode::Recursive)?;
        racines.push(Racine { chemin: dir.to_path_buf(), identite: identite(dir) });
    }
    let watcher = Arc::new(Mutex::new(watcher));
    let faible = Arc::downgrade(&watcher);
    std::thread::Builder::new()
        .name("watch".into())
        .spawn(move || boucle(&rx, &faible, &mut racines, &reload, &live))?;
    Ok(Watch { _watcher: watcher })
}

/// What the watch thread hears.
type Message = notify::Result<Event>;

/// Waits for changes and rebuilds, until the [`Watch`] is dropped.
fn boucle(
    rx: &Receiver<Message>,
    watcher: &Weak<Mutex<RecommendedWatcher>>,
    racines: &mut [Racine],
    reload: &Reload,
    live: &Live,
) {
    loop {
        let mut change = match rx.recv_timeout(RONDE) {
            Ok(message) => est_un_changement(message),
            Err(RecvTimeoutError::Timeout) => false,
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if change && !calme(rx) {
            return;
        }
        let Some(watcher) = watcher.upgrade() else { return };
        change |= resurveiller(&watcher, racines);
        drop(watcher);
        if change {
            // A panic while rebuilding must not end the watch: the next save gets its chance.
            if std::panic::catch_unwind(AssertUnwindSafe(|| reload.run(live))).is_err() {
                tracing::error!("reload panicked, the last valid site stays online");
            }
        }
    }
}

/// Waits until no change came for [`CALME`] (or [`ATTENTE_MAX`] passed); false once the watch is
/// dropped.
fn calme(rx: &Receiver<Message>) -> bool {
    let debut = Instant::now();
    let mut dernier = debut;
    loop {
        let reste = CALME.saturating_sub(dernier.elapsed()).min(ATTENTE_MAX.saturating_sub(debut.elapsed()));
        match rx.recv_timeout(reste) {
            Ok(message) => {
                if est_un_changement(message) {
                    dernier = Instant::now();
                }
            }
            Err(RecvTimeoutError::Timeout) => return true,
            Err(RecvTimeoutError::Disconnected) => return false,
        }
    }
}

/// Whether an event changes what a rebuild would read (errors are logged, and are not).
fn est_un_changement(message: Message) -> bool {
    match message {
        // Opened, read, closed without writing: nothing changed.
        Ok(Event { kind: EventKind::Access(acces), .. }) => acces == AccessKind::Close(AccessMode::Write),
        Ok(_) => true,
        Err(e) => {
            tracing::warn!(error = %e, "file watch error");
            false
        }
    }
}

/// Watches again every folder replaced since its watch was placed; whether one was.
fn resurveiller(watcher: &Mutex<RecommendedWatcher>, racines: &mut [Racine]) -> bool {
    let mut change = false;
    for racine in racines {
        let maintenant = identite(&racine.chemin);
        if maintenant == racine.identite {
            continue;
        }
        change = true;
        let Some(nouvelle) = maintenant else {
            // Gone for now: rebuilt (the banner says so) and watched again once it is back.
            racine.identite = None;
            continue;
        };
        let mut watcher = watcher.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        // The old watch follows the old folder wherever it went, or died with it.
        let _ = watcher.unwatch(&racine.chemin);
        match watcher.watch(&racine.chemin, RecursiveMode::Recursive) {
            Ok(()) => {
                tracing::info!(dossier = %racine.chemin.display(), "folder replaced, watched again");
                racine.identite = Some(nouvelle);
            }
            // Half made (a copy in progress): tried again at the next round.
            Err(e) => tracing::warn!(dossier = %racine.chemin.display(), error = %e, "cannot watch again"),
        }
    }
    change
}
