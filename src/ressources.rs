//! The static assets (`static/`: stylesheet, icons…): read once per snapshot and kept in memory
//! with their compressed forms and validators, like the pages, so that serving one is a lookup.
//! Their URLs carry a fingerprint of their bytes (`?v=…`), which lets browsers keep them for good.

use std::collections::HashMap;
use std::io;

use axum::body::Bytes;

use crate::dossier::Dossier;
use crate::render::version;
use crate::representation::Page;

/// One asset.
#[derive(Debug)]
pub struct Ressource {
    /// Its bytes, type, validators and compressed forms.
    pub page: Page,
    /// Its fingerprint, as written in its URLs (`?v=…`).
    pub version: String,
}

/// Every asset of a snapshot, by path relative to the assets folder (`style.css`).
#[derive(Debug, Default)]
pub struct Ressources(HashMap<String, Ressource>);

impl Ressources {
    /// Reads every file of `dossier`, subfolders included.
    pub fn charger(dossier: &Dossier) -> io::Result<Ressources> {
        let mut ressources = Ressources::default();
        for (nom, bytes) in dossier.fichiers()? {
            let content_type = mime_guess::from_path(&nom).first_raw().unwrap_or("application/octet-stream");
            let version = version(&bytes);
            ressources.0.insert(nom, Ressource { page: Page::fichier(Bytes::from(bytes), content_type), version });
        }
        Ok(ressources)
    }

    /// Every asset with its path relative to the assets folder.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Ressource)> {
        self.0.iter().map(|(chemin, r)| (chemin.as_str(), r))
    }

    /// The asset at `chemin` (relative to the assets folder).
    pub fn get(&self, chemin: &str) -> Option<&Ressource> {
        self.0.get(chemin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn assets_are_read_with_their_type_and_fingerprint() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("static");
        let ressources = Ressources::charger(&Dossier::from(&dir)).unwrap();
        let css = ressources.get("style.css").expect("style.css");
        assert_eq!(css.page.content_type, "text/css");
        assert_eq!(css.version, version(&std::fs::read(dir.join("style.css")).unwrap()));
        assert!(css.page.compressible());
        assert_eq!(ressources.get("favicon.svg").unwrap().page.content_type, "image/svg+xml");
        assert!(ressources.get("../Cargo.toml").is_none());
    }

    #[test]
    fn a_missing_folder_is_an_error() {
        assert!(Ressources::charger(&Dossier::from(Path::new("/nulle/part"))).is_err());
    }
}
