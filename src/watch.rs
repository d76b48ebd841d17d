//! `serve --watch`: rebuilds the snapshot when content, messages or assets change on disk.
//!
//! Whole folders are watched (not files), so editors that save by writing a new file and
//! renaming it over the old one (vim, many IDEs) are seen, and so are deletions.

use std::sync::Arc;
use std::time::Duration;

use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{Debouncer, new_debouncer};

use crate::dossier::Dossier;
use crate::render::RenderConfig;
use crate::snapshot::{Live, Sources};

/// Events closer than this are one change (an editor's save is several file events).
const CALME: Duration = Duration::from_millis(150);

/// Keeps the watch running as long as it is alive.
pub struct Watch {
    _debouncer: Debouncer<RecommendedWatcher>,
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
}

/// Starts watching; every change triggers [`Reload::run`] on a background thread.
pub fn watch(live: Arc<Live>, reload: Reload) -> notify::Result<Watch> {
    let (tx, rx) = std::sync::mpsc::channel();
    let mut debouncer = new_debouncer(CALME, tx)?;
    // Embedded messages and assets cannot change while the binary runs: only folders on disk are
    // watched.
    let dossiers = [Some(reload.sources.content.as_path()), reload.sources.locales.chemin(), reload.statiques.chemin()];
    for dir in dossiers.into_iter().flatten() {
        debouncer.watcher().watch(dir, RecursiveMode::Recursive)?;
    }
    std::thread::Builder::new().name("watch".into()).spawn(move || {
        for events in rx {
            match events {
                Ok(events) if !events.is_empty() => reload.run(&live),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "file watch error"),
            }
        }
    })?;
    Ok(Watch { _debouncer: debouncer })
}
