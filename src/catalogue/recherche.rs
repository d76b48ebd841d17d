//! The job list's search and filters: parsed from the query string, checked against the
//! catalogue, applied in one pass.

use crate::content::{Metier, NiveauEtudes, Site};
use crate::format::cle_de_tri;

/// Longest search text accepted, in characters.
pub const Q_MAX: usize = 100;
/// Most criteria combined in one search.
pub const CRITERES_MAX: usize = 5;

/// What the visitor asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filtres {
    /// Search text, as typed (trimmed).
    pub q: Option<String>,
    /// Sector slug.
    pub secteur: Option<String>,
    /// Criterion slugs (all must match).
    pub criteres: Vec<String>,
    /// Highest entry study level.
    pub niveau: Option<NiveauEtudes>,
}

/// Why a query cannot be answered; each has a `recherche-erreur-*` message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FiltreErreur {
    /// Search text too long.
    TexteTropLong,
    /// Unknown sector.
    SecteurInconnu(String),
    /// Unknown criterion.
    CritereInconnu(String),
    /// Too many criteria.
    TropDeCriteres,
    /// Unknown study level.
    NiveauInconnu(String),
    /// The same single-valued parameter given twice.
    ParametreRepete(&'static str),
}

impl FiltreErreur {
    /// Fluent id and arguments of the message.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            FiltreErreur::TexteTropLong => ("recherche-erreur-texte-long", vec![("max", Q_MAX.to_string())]),
            FiltreErreur::SecteurInconnu(s) => ("recherche-erreur-secteur", vec![("valeur", s.clone())]),
            FiltreErreur::CritereInconnu(c) => ("recherche-erreur-critere", vec![("valeur", c.clone())]),
            FiltreErreur::TropDeCriteres => ("recherche-erreur-criteres", vec![("max", CRITERES_MAX.to_string())]),
            FiltreErreur::NiveauInconnu(n) => ("recherche-erreur-niveau", vec![("valeur", n.clone())]),
            FiltreErreur::ParametreRepete(p) => ("recherche-erreur-repete", vec![("parametre", p.to_string())]),
        }
    }

    /// Every Fluent id used (checked by the tests).
    pub const FLUENT_IDS: [&'static str; 6] = [
        "recherche-erreur-texte-long",
        "recherche-erreur-secteur",
        "recherche-erreur-critere",
        "recherche-erreur-criteres",
        "recherche-erreur-niveau",
        "recherche-erreur-repete",
    ];
}

impl Filtres {
    /// Reads `(name, value)` pairs of a query string; empty values mean "any".
    pub fn parse<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>, site: &Site) -> Result<Filtres, FiltreErreur> {
        let mut f = Filtres::default();
        let once = |slot: &Option<String>, name: &'static str| {
            if slot.is_some() { Err(FiltreErreur::ParametreRepete(name)) } else { Ok(()) }
        };
        for (name, value) in pairs {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match name {
                "q" => {
                    once(&f.q, "q")?;
                    if value.chars().count() > Q_MAX {
                        return Err(FiltreErreur::TexteTropLong);
                    }
                    f.q = Some(value.to_string());
                }
                "secteur" => {
                    once(&f.secteur, "secteur")?;
                    if site.secteur(value).is_none() {
                        return Err(FiltreErreur::SecteurInconnu(abrege(value)));
                    }
                    f.secteur = Some(value.to_string());
                }
                "critere" => {
                    if site.critere(value).is_none() {
                        return Err(FiltreErreur::CritereInconnu(abrege(value)));
                    }
                    if !f.criteres.iter().any(|c| c == value) {
                        f.criteres.push(value.to_string());
                    }
                    if f.criteres.len() > CRITERES_MAX {
                        return Err(FiltreErreur::TropDeCriteres);
                    }
                }
                "niveau" => {
                    if f.niveau.is_some() {
                        return Err(FiltreErreur::ParametreRepete("niveau"));
                    }
                    let niveau = NiveauEtudes::ALL.into_iter().find(|n| n.slug() == value);
                    f.niveau = Some(niveau.ok_or_else(|| FiltreErreur::NiveauInconnu(abrege(value)))?);
                }
                // Other parameters (trackers, old links) are ignored rather than refused.
                _ => {}
            }
        }
        Ok(f)
    }

    /// Whether nothing is asked (the plain A–Z list).
    pub fn is_empty(&self) -> bool {
        self == &Filtres::default()
    }

    /// Matching jobs: name matches first, then the others, A–Z within each group.
    pub fn appliquer<'a>(&self, site: &'a Site) -> Vec<&'a Metier> {
        let mots: Vec<String> = self
            .q
            .as_deref()
            .map(|q| cle_de_tri(q).split_whitespace().map(str::to_string).collect())
            .unwrap_or_default();
        let mut out: Vec<(bool, &Metier)> = site
            .metiers_et_textes()
            .filter(|(m, _)| self.secteur.as_ref().is_none_or(|s| &m.secteur == s))
            .filter(|(m, _)| self.criteres.iter().all(|c| m.criteres.contains(c)))
            .filter(|(m, _)| self.niveau.is_none_or(|n| m.niveau_etudes <= n))
            .filter_map(|(m, textes)| {
                if mots.is_empty() {
                    return Some((true, m));
                }
                mots.iter()
                    .all(|w| textes.tout.contains(w.as_str()))
                    .then(|| (mots.iter().all(|w| textes.noms.contains(w.as_str())), m))
            })
            .collect();
        // The site's list is already A–Z; a stable sort keeps that order within each group.
        out.sort_by_key(|(par_nom, _)| !par_nom);
        out.into_iter().map(|(_, m)| m).collect()
    }
}

/// What the search looks into for one job, in [`cle_de_tri`] form (computed once per snapshot:
/// normalising every job's texts on each search cost a long catalogue dearly).
#[derive(Debug, Clone)]
pub struct TextesDeRecherche {
    /// Its name and other names.
    pub noms: String,
    /// The names, the tagline and the sector's name.
    pub tout: String,
}

impl TextesDeRecherche {
    /// The texts of `m`, whose sector is called `secteur`.
    pub fn de(m: &Metier, secteur: &str) -> TextesDeRecherche {
        let noms = cle_de_tri(&format!("{} {}", m.nom, m.autres_noms.join(" ")));
        let tout = format!("{noms} {} {}", cle_de_tri(&m.accroche), cle_de_tri(secteur));
        TextesDeRecherche { noms, tout }
    }
}

/// A value quoted back in an error message, cut to a readable length.
fn abrege(value: &str) -> String {
    const MAX: usize = 40;
    if value.chars().count() <= MAX { value.to_string() } else { value.chars().take(MAX).collect::<String>() + "…" }
}
