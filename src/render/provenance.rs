//! How the site says where a figure comes from: a cited document (linked when it has an
//! address), the editors' explained estimate, or nothing verified. One view for salaries,
//! figures, facts, shortage lists and the sources page.

use crate::content::metier::{Provenance, Reference};
use crate::i18n::I18n;

/// Where a figure comes from, ready to show.
pub struct ProvenanceVue {
    /// CSS modifier: `source`, `estimation` or `aucune`.
    pub classe: &'static str,
    /// "Source :", "Estimation de la rédaction :", "Non vérifié".
    pub prefixe: String,
    /// The document's title, or the estimate's explanation.
    pub texte: Option<String>,
    /// The document's address.
    pub url: Option<String>,
    /// "Le Forem, 2025".
    pub details: Option<String>,
}

impl ProvenanceVue {
    /// The view of `p`.
    pub fn de(p: Provenance<'_>, i18n: &I18n) -> ProvenanceVue {
        match p {
            Provenance::Source(r) => ProvenanceVue::source(&r, i18n),
            Provenance::Estimation(e) => ProvenanceVue {
                classe: "estimation",
                prefixe: i18n.t("provenance-estimation"),
                texte: Some(e.to_string()),
                url: None,
                details: None,
            },
            Provenance::Aucune => ProvenanceVue {
                classe: "aucune",
                prefixe: i18n.t("provenance-aucune"),
                texte: None,
                url: None,
                details: None,
            },
        }
    }

    /// The view of a cited document.
    pub fn source(r: &Reference<'_>, i18n: &I18n) -> ProvenanceVue {
        ProvenanceVue {
            classe: "source",
            prefixe: i18n.t("provenance-source"),
            texte: Some(r.titre.to_string()),
            url: r.url.map(str::to_string),
            details: details(r),
        }
    }
}

/// "Le Forem, 2025": publisher and year, whichever are known.
pub fn details(r: &Reference<'_>) -> Option<String> {
    match (r.editeur, r.annee) {
        (Some(e), Some(a)) => Some(format!("{e}, {a}")),
        (Some(e), None) => Some(e.to_string()),
        (None, Some(a)) => Some(a.to_string()),
        (None, None) => None,
    }
}
