//! `guide-metiers new SLUG`: writes a commented profile skeleton from `content/modele-metier.toml`.

use std::path::{Path, PathBuf};

use super::valider::est_slug;
use crate::message::{Message, MessageUtilisateur};

/// The skeleton shipped with the program, used when the content folder has none.
const MODELE: &str = include_str!("../../content/modele-metier.toml");

/// Name of the skeleton file in a content folder.
pub const FICHIER_MODELE: &str = "modele-metier.toml";

/// Why a skeleton could not be written; each has a `nouveau-*` message.
#[derive(Debug)]
pub enum NouveauError {
    /// The slug cannot be a URL segment.
    SlugInvalide(String),
    /// A profile with this slug exists.
    Existe(PathBuf),
    /// The file could not be written.
    Ecriture(PathBuf, std::io::Error),
}

impl MessageUtilisateur for NouveauError {
    fn message(&self) -> Message {
        match self {
            NouveauError::SlugInvalide(slug) => Message::new("nouveau-slug-invalide").avec("slug", slug.as_str()),
            NouveauError::Existe(path) => Message::new("nouveau-existe").avec("chemin", path.display().to_string()),
            NouveauError::Ecriture(path, e) => Message::new("nouveau-ecriture")
                .avec("chemin", path.display().to_string())
                .avec("detail", e.to_string()),
        }
    }

    fn tous_les_exemples() -> Vec<NouveauError> {
        vec![
            NouveauError::SlugInvalide("X".into()),
            NouveauError::Existe("metiers/x.toml".into()),
            NouveauError::Ecriture("metiers/x.toml".into(), std::io::Error::other("x")),
        ]
    }
}

/// Writes `content/metiers/{slug}.toml` from the skeleton, dated `today` (`(year, month, day)`).
pub fn creer(content: &Path, slug: &str, today: (i32, u32, u32)) -> Result<PathBuf, NouveauError> {
    if !est_slug(slug) {
        return Err(NouveauError::SlugInvalide(slug.to_string()));
    }
    let path = content.join("metiers").join(format!("{slug}.toml"));
    if path.exists() {
        return Err(NouveauError::Existe(path));
    }
    let modele = std::fs::read_to_string(content.join(FICHIER_MODELE)).unwrap_or_else(|_| MODELE.to_string());
    let (y, m, d) = today;
    let text = modele.replace("{{DATE}}", &format!("{y:04}-{m:02}-{d:02}")).replace("{{ANNEE}}", &y.to_string());
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(path.parent().expect("has a parent"))?;
        // `create_new` so that a file appearing meanwhile is never overwritten.
        use std::io::Write;
        std::fs::OpenOptions::new().write(true).create_new(true).open(&path)?.write_all(text.as_bytes())
    };
    write().map_err(|e| NouveauError::Ecriture(path.clone(), e))?;
    Ok(path)
}

/// Today's date in UTC, from the system clock.
pub fn aujourd_hui() -> (i32, u32, u32) {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    civil_from_days((secs / 86_400) as i64)
}

/// Calendar date of a day count since 1970-01-01 (H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn converts_day_counts_to_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(20_417), (2025, 11, 25));
    }
}
