//! Similar jobs: the editor's choices first, completed by interest-profile similarity, shared
//! sector and shared criteria, each with the reasons it is listed.

use crate::content::{Metier, Site};
use crate::quiz;

/// How many similar jobs a page shows at least (when the catalogue has enough).
pub const MINIMUM: usize = 4;

/// Correlation from which two interest profiles are called close.
const PROFIL_PROCHE: f64 = 0.6;

/// Why a job is listed as similar.
#[derive(Debug, Clone, PartialEq)]
pub enum Raison {
    /// Same sector.
    MemeSecteur,
    /// Close interest profiles; the letters both jobs rank in their top three.
    ProfilProche(Vec<char>),
    /// Criteria in common (their slugs).
    CriteresCommuns(Vec<String>),
    /// Chosen by the editors without anything above in common.
    ChoixRedaction,
    /// Listed to offer enough leads, though the link is loose.
    AutrePiste,
}

/// A similar job with its reasons.
#[derive(Debug, Clone)]
pub struct Similaire<'a> {
    /// The job.
    pub metier: &'a Metier,
    /// Why it is listed (never empty).
    pub raisons: Vec<Raison>,
}

/// Similar jobs of `m`: its editor's list, then the closest others until there are [`MINIMUM`].
pub fn similaires<'a>(site: &'a Site, m: &Metier) -> Vec<Similaire<'a>> {
    let mut out: Vec<Similaire<'a>> = m
        .similaires
        .iter()
        .filter_map(|slug| site.metier(slug))
        .map(|o| Similaire { metier: o, raisons: raisons(m, o, true) })
        .collect();
    if out.len() < MINIMUM {
        let mut autres: Vec<(f64, &Metier)> = site
            .metiers
            .iter()
            .filter(|o| o.slug != m.slug && !m.similaires.contains(&o.slug))
            .map(|o| (score(m, o), o))
            .collect();
        autres.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
        let manque = MINIMUM - out.len();
        out.extend(
            autres.into_iter().take(manque).map(|(_, o)| Similaire { metier: o, raisons: raisons(m, o, false) }),
        );
    }
    out
}

/// Closeness of two jobs: interest correlation, plus a bonus for the same sector and for each
/// shared criterion.
pub fn score(a: &Metier, b: &Metier) -> f64 {
    let r = quiz::pearson(profil(a), profil(b)).unwrap_or(0.0);
    let secteur = if a.secteur == b.secteur { 0.5 } else { 0.0 };
    r + secteur + 0.15 * communs(a, b).count() as f64
}

fn profil(m: &Metier) -> [f64; 6] {
    m.riasec.valeurs().map(f64::from)
}

/// Criteria both jobs have (lazily: scoring only counts them).
fn communs<'a>(a: &'a Metier, b: &'a Metier) -> impl Iterator<Item = &'a String> {
    a.criteres.iter().filter(|c| b.criteres.contains(c))
}

fn raisons(a: &Metier, b: &Metier, choix: bool) -> Vec<Raison> {
    let mut out = Vec::new();
    if a.secteur == b.secteur {
        out.push(Raison::MemeSecteur);
    }
    if quiz::pearson(profil(a), profil(b)).is_some_and(|r| r >= PROFIL_PROCHE) {
        let (ta, tb) = (quiz::top(profil(a), 3), quiz::top(profil(b), 3));
        let lettres = ta.iter().filter(|i| tb.contains(i)).map(|&i| crate::content::Riasec::LETTRES[i]).collect();
        out.push(Raison::ProfilProche(lettres));
    }
    let communs: Vec<String> = communs(a, b).cloned().collect();
    if !communs.is_empty() {
        out.push(Raison::CriteresCommuns(communs));
    }
    if out.is_empty() {
        // Say honestly when the link is loose rather than invent one.
        out.push(if choix { Raison::ChoixRedaction } else { Raison::AutrePiste });
    }
    out
}
