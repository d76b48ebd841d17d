//! The request log: one line per request, in the format of the other log lines, buffered like
//! nginx's `access_log … buffer=64k flush=1s`. Sending each line to the log thread cost about 3 µs
//! a request (a fifth of serving a job page: the log thread was woken for every line); here each
//! serving thread gathers its lines in a buffer of its own and hands it over when it holds
//! [`BLOC`] bytes or when [`vider`] is called (every [`DELAI_VIDAGE`] by the serving loop, and when
//! it stops). The date, to the second, is formatted once a second per thread. As with nginx's
//! buffered log, lines of requests served by different threads may come out of order.
//!
//! Whether lines are written follows the log filter (`RUST_LOG`, target `guide_metiers::requete`).
//! Until [`installer`] is called (tests, the library used alone), lines go through `tracing`.

use std::cell::RefCell;
use std::io::Write;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use axum::http::{Method, StatusCode};
use tracing_appender::non_blocking::NonBlocking;

static ECRIVAIN: OnceLock<NonBlocking> = OnceLock::new();

/// Size of the block a serving thread hands to the log thread at once.
pub const BLOC: usize = 32 * 1024;

/// Longest time a line waits in its thread's buffer (when [`vider`] is called on that schedule).
pub const DELAI_VIDAGE: std::time::Duration = std::time::Duration::from_secs(1);

/// Sends request lines to `ecrivain` (the log thread's writer) from now on.
pub fn installer(ecrivain: NonBlocking) {
    let _ = ECRIVAIN.set(ecrivain);
}

/// When the request log is on, the time its request started (the clock is not read otherwise).
pub fn debut() -> Option<Instant> {
    tracing::enabled!(target: "guide_metiers::requete", tracing::Level::INFO).then(Instant::now)
}

/// This thread's line buffer, writer, and the date of the current second.
struct Tampon {
    ligne: Vec<u8>,
    ecrivain: NonBlocking,
    seconde: u64,
    date: String,
}

thread_local! {
    static TAMPON: RefCell<Option<Tampon>> = const { RefCell::new(None) };
}

/// Writes the log line of a request that started at `debut` (nothing when the log is off). The
/// query is left out: it holds quiz answers.
pub fn ecrire(method: &Method, path: &str, status: StatusCode, debut: Option<Instant>) {
    let Some(debut) = debut else { return };
    let micros = u64::try_from(debut.elapsed().as_micros()).unwrap_or(u64::MAX);
    let Some(ecrivain) = ECRIVAIN.get() else {
        tracing::info!(target: "guide_metiers::requete", %method, path, status = status.as_u16(), micros, "request");
        return;
    };
    TAMPON.with_borrow_mut(|t| {
        let t = t.get_or_insert_with(|| Tampon {
            ligne: Vec::with_capacity(BLOC + 512),
            ecrivain: ecrivain.clone(),
            seconde: u64::MAX,
            date: String::new(),
        });
        let maintenant = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        if maintenant.as_secs() != t.seconde {
            t.seconde = maintenant.as_secs();
            t.date = date_utc(t.seconde);
        }
        let _ = writeln!(
            t.ligne,
            "{}  INFO guide_metiers::requete: request method={method} path={path:?} status={} micros={micros}",
            t.date,
            status.as_u16()
        );
        if t.ligne.len() >= BLOC {
            let _ = t.ecrivain.write_all(&t.ligne);
            t.ligne.clear();
        }
    });
}

/// Hands the lines gathered by this thread to the log thread.
pub fn vider() {
    TAMPON.with_borrow_mut(|t| {
        if let Some(t) = t.as_mut().filter(|t| !t.ligne.is_empty()) {
            let _ = t.ecrivain.write_all(&t.ligne);
            t.ligne.clear();
        }
    });
}

/// `secondes` after 1970-01-01T00:00:00Z as an RFC 3339 date to the second ("2026-11-30T17:55:01Z").
fn date_utc(secondes: u64) -> String {
    i64::try_from(secondes)
        .ok()
        .and_then(|s| time::OffsetDateTime::from_unix_timestamp(s).ok())
        .and_then(|d| d.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::date_utc;

    #[test]
    fn dates_are_rfc_3339_in_utc() {
        assert_eq!(date_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(date_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(date_utc(1_796_061_301), "2026-11-30T17:55:01Z");
        assert_eq!(date_utc(4_107_542_399), "2100-02-28T23:59:59Z");
    }
}
