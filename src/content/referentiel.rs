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

/// One of the six letters of the RIASEC model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Lettre {
    /// Réaliste.
    R,
    /// Investigateur.
    I,
    /// Artistique.
    A,
    /// Social.
    S,
    /// Entreprenant.
    E,
    /// Conventionnel.
    C,
}

impl Lettre {
    /// The six letters in the model's order.
    pub const TOUTES: [Lettre; 6] = [Lettre::R, Lettre::I, Lettre::A, Lettre::S, Lettre::E, Lettre::C];

    /// Position in R, I, A, S, E, C order.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The letter as a character.
    pub fn car(self) -> char {
        ['R', 'I', 'A', 'S', 'E', 'C'][self.index()]
    }
}

/// The answer scale of the quizzes: five labels, from 0 ("pas du tout") to 4 ("tout à fait").
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Echelle {
    /// The five labels, lowest first.
    pub libelles: Vec<String>,
}

/// One item of the orientation quiz: an activity the person rates.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// The interest area it measures.
    pub domaine: Lettre,
    /// The activity, as shown.
    pub texte: String,
}

/// `quiz.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizFile {
    /// The six interest areas.
    pub domaines: Domaines,
    /// The answer scale.
    pub echelle: Echelle,
    /// The orientation quiz's items, in the order they are asked.
    pub items: Vec<Item>,
}

/// Fewest items an area may have for its score to mean something.
pub const ITEMS_MIN_PAR_DOMAINE: usize = 2;
/// Most items in the quiz (the answers travel in the URL).
pub const ITEMS_MAX: usize = 60;

/// `rmmmg.toml`: the legal minimum wage (revenu minimum mensuel moyen garanti) by period.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RmmmgFile {
    /// The periods, in any order.
    pub periodes: Vec<PeriodeRmmmg>,
}

/// The RMMMG in force from a date, with where the amount comes from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PeriodeRmmmg {
    /// First day the amount applies.
    #[serde(serialize_with = "date_texte")]
    pub depuis: toml::value::Datetime,
    /// Gross monthly amount in euros, full time, 18 and over.
    pub montant: f64,
    /// Title of the document that gives the amount.
    pub source: String,
    /// Who publishes it.
    pub editeur: String,
    /// Year of the document.
    pub annee: u16,
    /// Address of the document.
    pub url: Option<String>,
}

impl PeriodeRmmmg {
    /// The year the period starts.
    pub fn annee_depuis(&self) -> u16 {
        self.depuis.date.map_or(0, |d| d.year)
    }

    /// The period, as a cited document.
    pub fn reference(&self) -> super::metier::Reference<'_> {
        super::metier::Reference {
            titre: &self.source,
            editeur: Some(&self.editeur),
            annee: Some(self.annee),
            url: self.url.as_deref(),
        }
    }
}

/// The highest legal minimum in force at any time during `annee`: a figure "of 2025" must not be
/// under the amount that applied from February 2025. `None` before the first known period.
pub fn rmmmg_de_l_annee(periodes: &[PeriodeRmmmg], annee: u16) -> Option<f64> {
    let en_vigueur_avant = periodes.iter().filter(|p| p.annee_depuis() < annee).max_by_key(|p| p.depuis.to_string());
    periodes
        .iter()
        .filter(|p| p.annee_depuis() == annee)
        .chain(en_vigueur_avant)
        .map(|p| p.montant)
        .max_by(f64::total_cmp)
}

fn date_texte<S: serde::Serializer>(d: &toml::value::Datetime, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(d)
}

/// `accueil.toml`: the jobs the editors put forward on the home page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccueilFile {
    /// Groups of jobs, in display order.
    #[serde(default)]
    pub selections: Vec<Selection>,
}

/// A group of jobs chosen by the editors ("Des métiers qui recrutent").
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Selection {
    /// Heading.
    pub titre: String,
    /// One sentence saying why these jobs.
    pub description: String,
    /// Job slugs, in display order.
    pub metiers: Vec<String>,
}
