//! `guide-metiers export DIR`: the whole site as static files, for any static host or CDN.
//!
//! HTML pages become `path/index.html` (so `/metiers/x` works on hosts that serve folder
//! indexes), other documents keep their name, the 404 page is `404.html`, and the assets are
//! written under `static/` as the snapshot holds them. Each page also gets its gzip and Brotli forms (`index.html.gz`,
//! `index.html.br`) for hosts that can serve precompressed files.

use std::io;
use std::path::{Path, PathBuf};

use crate::render::HTML;
use crate::snapshot::Snapshot;

/// Writes every page and asset of `snapshot` into `dir`; returns the number of files written.
pub fn export(snapshot: &Snapshot, dir: &Path) -> io::Result<usize> {
    let mut count = 0;
    for path in snapshot.paths() {
        let page = match snapshot.page(&path) {
            Ok(Some(page)) => page,
            Ok(None) => continue,
            Err(e) => return Err(io::Error::other(e)),
        };
        let file = fichier(dir, &path, page.content_type == HTML);
        write(&file, &page.body)?;
        // Compressed twins, for hosts that serve them as is (nginx gzip_static, Caddy precompressed…).
        write(&avec_suffixe(&file, "gz"), &page.gzip())?;
        write(&avec_suffixe(&file, "br"), &page.br())?;
        count += 3;
    }
    write(&dir.join("404.html"), &snapshot.introuvable.body)?;
    count += 1;
    // The assets as the snapshot read them: the files are not read a second time.
    for (chemin, ressource) in snapshot.ressources.iter() {
        write(&dir.join("static").join(chemin), &ressource.page.body)?;
        count += 1;
    }
    Ok(count)
}

/// The file that holds the page served at `path`.
fn fichier(dir: &Path, path: &str, html: bool) -> PathBuf {
    let rel = path.trim_start_matches('/');
    if html { dir.join(rel).join("index.html") } else { dir.join(rel) }
}

/// `index.html` → `index.html.gz`.
fn avec_suffixe(file: &Path, suffixe: &str) -> PathBuf {
    let mut nom = file.as_os_str().to_owned();
    nom.push(".");
    nom.push(suffixe);
    PathBuf::from(nom)
}

fn write(file: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(file, bytes)
}
