//! Where the messages (`locales/fr`) and the static assets (`static/`) are read from: the copies
//! embedded in the binary at build time, so that one installed binary runs from any folder, or a
//! folder on disk given with `--locales` / `--static`, to edit them and see the change with
//! `--watch`.

use std::io;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales/fr");
static STATIQUES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/static");

/// A folder of files: embedded in the binary, or on disk.
#[derive(Debug, Clone, PartialEq)]
pub enum Dossier {
    /// The copy built into the binary.
    Embarque(&'static Dir<'static>),
    /// A folder on disk, read each time a snapshot is built.
    Disque(PathBuf),
}

impl Dossier {
    /// The messages: `dir` when given, else the embedded `locales/fr`.
    pub fn locales(dir: Option<PathBuf>) -> Dossier {
        dir.map_or(Dossier::Embarque(&LOCALES), Dossier::Disque)
    }

    /// The static assets: `dir` when given, else the embedded `static/`.
    pub fn statiques(dir: Option<PathBuf>) -> Dossier {
        dir.map_or(Dossier::Embarque(&STATIQUES), Dossier::Disque)
    }

    /// The folder on disk, if it is one (what `--watch` watches).
    pub fn chemin(&self) -> Option<&Path> {
        match self {
            Dossier::Embarque(_) => None,
            Dossier::Disque(p) => Some(p),
        }
    }

    /// Every file, subfolders included, as (path relative to the folder with `/`, bytes), sorted.
    pub fn fichiers(&self) -> io::Result<Vec<(String, Vec<u8>)>> {
        let mut out = Vec::new();
        match self {
            Dossier::Embarque(dir) => embarques(dir, &mut out),
            Dossier::Disque(p) => disque(p, "", &mut out)?,
        }
        out.sort();
        Ok(out)
    }

    /// One file, by its path relative to the folder.
    pub fn lire(&self, nom: &str) -> io::Result<Vec<u8>> {
        match self {
            Dossier::Embarque(dir) => dir
                .get_file(nom)
                .map(|f| f.contents().to_vec())
                .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, nom.to_string())),
            Dossier::Disque(p) => std::fs::read(p.join(nom)),
        }
    }

    /// The folder's path, as written in error messages (for the embedded copy, the repository
    /// folder it was built from).
    pub fn nom(&self) -> String {
        match self {
            Dossier::Embarque(dir) => dir.path().display().to_string(),
            Dossier::Disque(p) => p.display().to_string(),
        }
    }
}

impl From<&Path> for Dossier {
    fn from(p: &Path) -> Dossier {
        Dossier::Disque(p.to_path_buf())
    }
}

impl From<&PathBuf> for Dossier {
    fn from(p: &PathBuf) -> Dossier {
        Dossier::Disque(p.clone())
    }
}

fn embarques(dir: &Dir<'static>, out: &mut Vec<(String, Vec<u8>)>) {
    for f in dir.files() {
        out.push((f.path().to_string_lossy().replace('\\', "/"), f.contents().to_vec()));
    }
    for d in dir.dirs() {
        embarques(d, out);
    }
}

fn disque(dir: &Path, prefixe: &str, out: &mut Vec<(String, Vec<u8>)>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let Some(nom) = entry.file_name().to_str().map(|n| format!("{prefixe}{n}")) else { continue };
        if entry.file_type()?.is_dir() {
            disque(&entry.path(), &format!("{nom}/"), out)?;
        } else {
            out.push((nom, std::fs::read(entry.path())?));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_folders_hold_the_repository_files() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for (embarque, disque) in [
            (Dossier::locales(None), Dossier::Disque(repo.join("locales/fr"))),
            (Dossier::statiques(None), Dossier::Disque(repo.join("static"))),
        ] {
            assert_eq!(embarque.fichiers().unwrap(), disque.fichiers().unwrap());
            assert!(embarque.chemin().is_none() && disque.chemin().is_some());
        }
        assert!(Dossier::statiques(None).lire("style.css").is_ok());
        assert!(Dossier::statiques(None).lire("absent.css").is_err());
    }
}
