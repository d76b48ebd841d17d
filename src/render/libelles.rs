//! The Fluent ids of labels chosen from a value (a study level, a band, a region…): each written
//! out by a `match`, never built from a slug, so that [`tous`] lists every one the pages can ask
//! for and the tests check them all against `locales/fr/`.

use crate::content::NiveauEtudes;
use crate::content::metier::{Citation, Region, StatutPenurie};
use crate::quiz::Bande;

/// A study level, as a job's profile names it ("Bachelier").
pub fn niveau(n: NiveauEtudes) -> &'static str {
    match n {
        NiveauEtudes::SansCess => "niveau-sans-cess",
        NiveauEtudes::Cess => "niveau-cess",
        NiveauEtudes::Qualifiant => "niveau-qualifiant",
        NiveauEtudes::Bachelier => "niveau-bachelier",
        NiveauEtudes::Master => "niveau-master",
    }
}

/// A study level as a filter offers it ("Jusqu'au bachelier").
pub fn filtre_niveau(n: NiveauEtudes) -> &'static str {
    match n {
        NiveauEtudes::SansCess => "metiers-niveau-sans-cess",
        NiveauEtudes::Cess => "metiers-niveau-cess",
        NiveauEtudes::Qualifiant => "metiers-niveau-qualifiant",
        NiveauEtudes::Bachelier => "metiers-niveau-bachelier",
        NiveauEtudes::Master => "metiers-niveau-master",
    }
}

/// The heading of a band of the orientation quiz's results, and of a job's fit.
pub fn bande(b: Bande) -> &'static str {
    match b {
        Bande::TresCompatible => "quiz-bande-tres-compatible",
        Bande::Compatible => "quiz-bande-compatible",
        Bande::Partiellement => "quiz-bande-partiellement",
        Bande::Peu => "quiz-bande-peu",
    }
}

/// The verdict of a job's own quiz in a band.
pub fn bande_metier(b: Bande) -> &'static str {
    match b {
        Bande::TresCompatible => "quiz-metier-bande-tres-compatible",
        Bande::Compatible => "quiz-metier-bande-compatible",
        Bande::Partiellement => "quiz-metier-bande-partiellement",
        Bande::Peu => "quiz-metier-bande-peu",
    }
}

/// Why a job is in a band, when no shared strength says it.
pub fn pourquoi(b: Bande) -> &'static str {
    match b {
        Bande::TresCompatible => "quiz-pourquoi-tres-compatible",
        Bande::Compatible => "quiz-pourquoi-compatible",
        Bande::Partiellement => "quiz-pourquoi-partiellement",
        Bande::Peu => "quiz-pourquoi-peu",
    }
}

/// A shortage status.
pub fn statut_penurie(s: StatutPenurie) -> &'static str {
    match s {
        StatutPenurie::Penurie => "penurie-statut-penurie",
        StatutPenurie::Critique => "penurie-statut-critique",
        StatutPenurie::Tension => "penurie-statut-tension",
    }
}

/// A Region, as a shortage list names it.
pub fn region(r: Region) -> &'static str {
    match r {
        Region::Wallonie => "penurie-region-wallonie",
        Region::Bruxelles => "penurie-region-bruxelles",
        Region::Flandre => "penurie-region-flandre",
    }
}

/// What the shortage list of a Region is, on `/penuries`.
pub fn explication_region(r: Region) -> &'static str {
    match r {
        Region::Wallonie => "penuries-explication-wallonie",
        Region::Bruxelles => "penuries-explication-bruxelles",
        Region::Flandre => "penuries-explication-flandre",
    }
}

/// The section of a fiche that cites a document.
pub fn section_source(c: Citation) -> &'static str {
    match c {
        Citation::Salaire => "sources-section-salaire",
        Citation::Chiffres => "sources-section-chiffres",
        Citation::Faits => "sources-section-faits",
        Citation::Penuries => "sources-section-penuries",
    }
}

/// Every id above, for every value.
pub fn tous() -> Vec<&'static str> {
    let mut ids = Vec::new();
    ids.extend(NiveauEtudes::ALL.map(niveau));
    ids.extend(NiveauEtudes::ALL.map(filtre_niveau));
    ids.extend(Bande::TOUTES.map(bande));
    ids.extend(Bande::TOUTES.map(bande_metier));
    ids.extend(Bande::TOUTES.map(pourquoi));
    ids.extend(StatutPenurie::ALL.map(statut_penurie));
    ids.extend(Region::ALL.map(region));
    ids.extend(Region::ALL.map(explication_region));
    ids.extend(Citation::ALL.map(section_source));
    ids
}
