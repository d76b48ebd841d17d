//! The lists a profile refers to: sectors (`secteurs.toml`), criteria (`criteres.toml`)
//! and the six interest areas (`quiz.toml`).

use serde::{Deserialize, Serialize};

/// A sector of activity.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Secteur {
    /// URL segment.
    pub slug: String,
    /// Display name.
    pub nom: String,
    /// One or two sentences about the sector.
    pub description: String,
}

/// A criterion a job may have ("métier en pénurie", "télétravail possible"…).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Critere {
    /// URL segment.
    pub slug: String,
    /// Display name.
    pub nom: String,
    /// What it means.
    pub description: String,
}

/// `secteurs.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecteursFile {
    /// The sectors, in display order.
    pub secteurs: Vec<Secteur>,
}

/// `criteres.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriteresFile {
    /// The criteria, in display order.
    pub criteres: Vec<Critere>,
}

/// One of Holland's six interest areas.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Domaine {
    /// Display name ("Réaliste").
    pub nom: String,
    /// What people with this interest like.
    pub description: String,
}

/// The six areas, keyed by their letter.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[allow(non_snake_case)]
pub struct Domaines {
    /// Réaliste.
    pub R: Domaine,
    /// Investigateur.
    pub I: Domaine,
    /// Artistique.
    pub A: Domaine,
    /// Social.
    pub S: Domaine,
    /// Entreprenant.
    pub E: Domaine,
    /// Conventionnel.
    pub C: Domaine,
}

impl Domaines {
    /// The six areas in R, I, A, S, E, C order.
    pub fn tous(&self) -> [&Domaine; 6] {
        [&self.R, &self.I, &self.A, &self.S, &self.E, &self.C]
    }
}

/// `quiz.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizFile {
    /// The six interest areas.
    pub domaines: Domaines,
}
