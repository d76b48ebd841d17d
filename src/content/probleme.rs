//! What can be wrong with content, where, and how it reads in French.
//!
//! Each [`Probleme`] maps to a Fluent message `contenu-*` in `locales/fr/contenu.ftl`; the Rust
//! side only carries the facts (names, values), never the sentence.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentValue;

use crate::i18n::I18n;
use crate::message::{Argument, Message, MessageUtilisateur};

/// One thing wrong with the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Probleme {
    /// A folder cannot be listed.
    DossierIllisible { detail: String },
    /// A required file is absent.
    FichierManquant,
    /// A file cannot be read.
    FichierIllisible { detail: String },
    /// A file is not UTF-8.
    Utf8Invalide,
    /// TOML syntax error.
    Syntaxe { detail: String },
    /// A field that the format does not know.
    ChampInconnu { champ: String, suggestion: Option<String> },
    /// A required field is missing.
    ChampManquant { champ: String },
    /// The same field is written twice.
    ChampDuplique { champ: String },
    /// A value of the wrong type; types are codes matched by the Fluent message.
    TypeInvalide { trouve: String, valeur: String, attendu: String },
    /// A value that is not among the allowed ones.
    ValeurInconnue { valeur: String, attendues: String },
    /// A list with the wrong number of items.
    LongueurInvalide { trouve: usize, attendu: usize },
    /// A required text is empty.
    TexteVide { champ: String },
    /// A required list is empty.
    ListeVide { champ: String },
    /// A file name that cannot be a URL segment.
    SlugInvalide { slug: String },
    /// Two entries with the same slug.
    SlugDuplique { slug: String },
    /// Unknown sector.
    SecteurInconnu { secteur: String, connus: String },
    /// Unknown criterion.
    CritereInconnu { critere: String, connus: String },
    /// Unknown similar job.
    SimilaireInconnu { slug: String },
    /// A job listed as similar to itself.
    SimilaireSoiMeme,
    /// A value listed twice in the same list.
    Doublon { valeur: String },
    /// `min` above `max`.
    SalaireMinMax { min: u32, max: u32 },
    /// A salary range whose bounds are inverted.
    FourchetteInversee { champ: String, bas: u32, haut: u32 },
    /// A salary range outside `[min, max]`.
    FourchetteHorsBornes { champ: String, bas: u32, haut: u32, min: u32, max: u32 },
    /// A RIASEC value outside 1–7.
    RiasecHorsBornes { domaine: char, valeur: u8 },
    /// A time that is not "HH:MM".
    HeureInvalide { valeur: String },
    /// A time slot that ends before it starts.
    CreneauInverse { debut: String, fin: String },
    /// A date that is not a plain calendar date.
    DateInvalide { valeur: String },
    /// A year out of a sensible range.
    AnneeInvalide { valeur: u16 },
    /// A URL that is not an absolute http(s) URL.
    UrlInvalide { valeur: String },
    /// An interest area with too few quiz items.
    ItemsInsuffisants { domaine: char, nombre: usize, minimum: usize },
    /// More quiz items than answers can travel in a URL.
    TropDItems { nombre: usize, maximum: usize },
    /// A job without its ISCO-08 code.
    IscoManquant,
    /// An ISCO-08 code that is not four digits.
    IscoInvalide { valeur: String },
    /// A salary without the year of its amounts.
    SalaireSansAnnee,
    /// A salary with neither a source nor an estimation.
    SalaireSansProvenance,
    /// A figure that claims both a source and an estimation.
    SourceEtEstimation,
    /// A cited document without its publisher.
    SourceSansEditeur,
    /// A full-time starting salary under the legal minimum of its year, without a reason.
    SalaireSousMinimum { depart: u32, minimum: String, annee: u16 },
    /// A testimony that does not say whether someone gave it.
    TemoignageSansNature,
    /// A composed portrait attached to an employer.
    PortraitAvecEmployeur,
    /// A collected testimony without its interview date or consent.
    RecueilliIncomplet { champ: String },
    /// The "métier en pénurie" criterion without a sourced shortage list, or the reverse.
    PenurieSansListe { critere: bool },
    /// Warning: a fiche not reviewed for more than twelve months.
    FicheAncienne { date: String, mois: u32 },
    /// Warning: a figure (or a fact with a number) with neither source nor estimation.
    ChiffreSansProvenance,
    /// Warning: one address cited under different titles or publishers.
    SourceIncoherente { url: String, titre: String, editeur: String },
    /// Warning: a job learnt at a haute école or a university that names no school.
    SansEtablissement { niveau: String },
}

impl MessageUtilisateur for Probleme {
    fn message(&self) -> Message {
        use Probleme::*;
        let s = |v: &String| Argument::from(v.as_str());
        let n = |v: u32| Argument::from(crate::format::nombre(u64::from(v)));
        let (id, args) = match self {
            DossierIllisible { detail } => ("contenu-dossier-illisible", vec![("detail", s(detail))]),
            FichierManquant => ("contenu-fichier-manquant", vec![]),
            FichierIllisible { detail } => ("contenu-fichier-illisible", vec![("detail", s(detail))]),
            Utf8Invalide => ("contenu-utf8-invalide", vec![]),
            Syntaxe { detail } => ("contenu-syntaxe", vec![("detail", s(detail))]),
            ChampInconnu { champ, suggestion: Some(sugg) } => {
                ("contenu-champ-inconnu-suggestion", vec![("champ", s(champ)), ("suggestion", s(sugg))])
            }
            ChampInconnu { champ, suggestion: None } => ("contenu-champ-inconnu", vec![("champ", s(champ))]),
            ChampManquant { champ } => ("contenu-champ-manquant", vec![("champ", s(champ))]),
            ChampDuplique { champ } => ("contenu-champ-duplique", vec![("champ", s(champ))]),
            TypeInvalide { trouve, valeur, attendu } => {
                ("contenu-type-invalide", vec![("trouve", s(trouve)), ("valeur", s(valeur)), ("attendu", s(attendu))])
            }
            ValeurInconnue { valeur, attendues } => {
                ("contenu-valeur-inconnue", vec![("valeur", s(valeur)), ("attendues", s(attendues))])
            }
            LongueurInvalide { trouve, attendu } => (
                "contenu-longueur-invalide",
                vec![("trouve", Argument::from(*trouve)), ("attendu", Argument::from(*attendu))],
            ),
            TexteVide { champ } => ("contenu-texte-vide", vec![("champ", s(champ))]),
            ListeVide { champ } => ("contenu-liste-vide", vec![("champ", s(champ))]),
            SlugInvalide { slug } => ("contenu-slug-invalide", vec![("slug", s(slug))]),
            SlugDuplique { slug } => ("contenu-slug-duplique", vec![("slug", s(slug))]),
            SecteurInconnu { secteur, connus } => {
                ("contenu-secteur-inconnu", vec![("secteur", s(secteur)), ("connus", s(connus))])
            }
            CritereInconnu { critere, connus } => {
                ("contenu-critere-inconnu", vec![("critere", s(critere)), ("connus", s(connus))])
            }
            SimilaireInconnu { slug } => ("contenu-similaire-inconnu", vec![("slug", s(slug))]),
            SimilaireSoiMeme => ("contenu-similaire-soi-meme", vec![]),
            Doublon { valeur } => ("contenu-doublon", vec![("valeur", s(valeur))]),
            SalaireMinMax { min, max } => ("contenu-salaire-min-max", vec![("min", n(*min)), ("max", n(*max))]),
            FourchetteInversee { champ, bas, haut } => {
                ("contenu-fourchette-inversee", vec![("champ", s(champ)), ("bas", n(*bas)), ("haut", n(*haut))])
            }
            FourchetteHorsBornes { champ, bas, haut, min, max } => (
                "contenu-fourchette-hors-bornes",
                vec![("champ", s(champ)), ("bas", n(*bas)), ("haut", n(*haut)), ("min", n(*min)), ("max", n(*max))],
            ),
            RiasecHorsBornes { domaine, valeur } => (
                "contenu-riasec-hors-bornes",
                vec![("domaine", Argument::from(domaine.to_string())), ("valeur", Argument::from(*valeur))],
            ),
            HeureInvalide { valeur } => ("contenu-heure-invalide", vec![("valeur", s(valeur))]),
            CreneauInverse { debut, fin } => ("contenu-creneau-inverse", vec![("debut", s(debut)), ("fin", s(fin))]),
            DateInvalide { valeur } => ("contenu-date-invalide", vec![("valeur", s(valeur))]),
            AnneeInvalide { valeur } => {
                ("contenu-annee-invalide", vec![("valeur", Argument::from(valeur.to_string()))])
            }
            UrlInvalide { valeur } => ("contenu-url-invalide", vec![("valeur", s(valeur))]),
            ItemsInsuffisants { domaine, nombre, minimum } => (
                "contenu-items-insuffisants",
                vec![
                    ("domaine", Argument::from(domaine.to_string())),
                    ("nombre", Argument::from(*nombre)),
                    ("minimum", Argument::from(*minimum)),
                ],
            ),
            TropDItems { nombre, maximum } => (
                "contenu-trop-d-items",
                vec![("nombre", Argument::from(*nombre)), ("maximum", Argument::from(*maximum))],
            ),
            IscoManquant => ("contenu-isco-manquant", vec![]),
            IscoInvalide { valeur } => ("contenu-isco-invalide", vec![("valeur", s(valeur))]),
            SalaireSansAnnee => ("contenu-salaire-sans-annee", vec![]),
            SalaireSansProvenance => ("contenu-salaire-sans-provenance", vec![]),
            SourceEtEstimation => ("contenu-source-et-estimation", vec![]),
            SourceSansEditeur => ("contenu-source-sans-editeur", vec![]),
            SalaireSousMinimum { depart, minimum, annee } => (
                "contenu-salaire-sous-minimum",
                vec![("depart", n(*depart)), ("minimum", s(minimum)), ("annee", Argument::from(annee.to_string()))],
            ),
            TemoignageSansNature => ("contenu-temoignage-sans-nature", vec![]),
            PenurieSansListe { critere: true } => ("contenu-critere-penurie-sans-liste", vec![]),
            PenurieSansListe { critere: false } => ("contenu-liste-penurie-sans-critere", vec![]),
            PortraitAvecEmployeur => ("contenu-portrait-avec-employeur", vec![]),
            RecueilliIncomplet { champ } => ("contenu-recueilli-incomplet", vec![("champ", s(champ))]),
            FicheAncienne { date, mois } => {
                ("contenu-fiche-ancienne", vec![("date", s(date)), ("mois", Argument::from(*mois))])
            }
            ChiffreSansProvenance => ("contenu-chiffre-sans-provenance", vec![]),
            SansEtablissement { niveau } => ("contenu-sans-etablissement", vec![("niveau", s(niveau))]),
            SourceIncoherente { url, titre, editeur } => {
                ("contenu-source-incoherente", vec![("url", s(url)), ("titre", s(titre)), ("editeur", s(editeur))])
            }
        };
        Message { id, args }
    }

    fn tous_les_exemples() -> Vec<Probleme> {
        use Probleme::*;
        let t = || String::new();
        vec![
            DossierIllisible { detail: t() },
            FichierManquant,
            FichierIllisible { detail: t() },
            Utf8Invalide,
            Syntaxe { detail: t() },
            ChampInconnu { champ: t(), suggestion: Some(t()) },
            ChampInconnu { champ: t(), suggestion: None },
            ChampManquant { champ: t() },
            ChampDuplique { champ: t() },
            TypeInvalide { trouve: t(), valeur: t(), attendu: t() },
            ValeurInconnue { valeur: t(), attendues: t() },
            LongueurInvalide { trouve: 0, attendu: 0 },
            TexteVide { champ: t() },
            ListeVide { champ: t() },
            SlugInvalide { slug: t() },
            SlugDuplique { slug: t() },
            SecteurInconnu { secteur: t(), connus: t() },
            CritereInconnu { critere: t(), connus: t() },
            SimilaireInconnu { slug: t() },
            SimilaireSoiMeme,
            Doublon { valeur: t() },
            SalaireMinMax { min: 0, max: 0 },
            FourchetteInversee { champ: t(), bas: 0, haut: 0 },
            FourchetteHorsBornes { champ: t(), bas: 0, haut: 0, min: 0, max: 0 },
            RiasecHorsBornes { domaine: 'R', valeur: 0 },
            HeureInvalide { valeur: t() },
            CreneauInverse { debut: t(), fin: t() },
            DateInvalide { valeur: t() },
            AnneeInvalide { valeur: 0 },
            UrlInvalide { valeur: t() },
            ItemsInsuffisants { domaine: 'R', nombre: 0, minimum: 0 },
            TropDItems { nombre: 0, maximum: 0 },
            IscoManquant,
            IscoInvalide { valeur: t() },
            SalaireSansAnnee,
            SalaireSansProvenance,
            SourceEtEstimation,
            SourceSansEditeur,
            SalaireSousMinimum { depart: 0, minimum: t(), annee: 0 },
            TemoignageSansNature,
            PenurieSansListe { critere: true },
            PenurieSansListe { critere: false },
            PortraitAvecEmployeur,
            RecueilliIncomplet { champ: t() },
            FicheAncienne { date: t(), mois: 0 },
            ChiffreSansProvenance,
            SourceIncoherente { url: t(), titre: t(), editeur: t() },
            SansEtablissement { niveau: t() },
        ]
    }
}

impl Probleme {
    /// Whether the problem is only a warning: reported, but the site still loads.
    pub fn avertissement(&self) -> bool {
        matches!(
            self,
            Probleme::FicheAncienne { .. }
                | Probleme::ChiffreSansProvenance
                | Probleme::SourceIncoherente { .. }
                | Probleme::SansEtablissement { .. }
        )
    }

    /// The French sentence that explains the problem and how to fix it.
    pub fn texte(&self, i18n: &I18n) -> String {
        i18n.message(&self.message())
    }
}

/// A problem at a place in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file.
    pub path: PathBuf,
    /// 1-based line (0 when the problem is about the whole file).
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong.
    pub probleme: Probleme,
}

/// Every problem of a content folder, reported together.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rapport {
    /// The problems, sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Rapport {
    /// Whether nothing is wrong, not even a warning.
    pub fn is_empty(&self) -> bool {
        self.diagnostics.is_empty()
    }

    /// Whether every problem is only a warning.
    pub fn sans_erreur(&self) -> bool {
        self.diagnostics.iter().all(|d| d.probleme.avertissement())
    }

    /// Number of errors (warnings left out).
    pub fn erreurs(&self) -> usize {
        self.diagnostics.iter().filter(|d| !d.probleme.avertissement()).count()
    }

    /// Number of warnings.
    pub fn avertissements(&self) -> usize {
        self.diagnostics.len() - self.erreurs()
    }

    /// Adds a problem.
    pub fn push(&mut self, path: &Path, (line, column): (usize, usize), probleme: Probleme) {
        self.diagnostics.push(Diagnostic { path: path.to_path_buf(), line, column, probleme });
    }

    /// Sorts problems by file, then position.
    pub fn sort(&mut self) {
        self.diagnostics.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    }

    /// Number of distinct files with an error.
    pub fn fichiers(&self) -> usize {
        let mut paths: Vec<&PathBuf> =
            self.diagnostics.iter().filter(|d| !d.probleme.avertissement()).map(|d| &d.path).collect();
        paths.dedup();
        paths.len()
    }

    /// One `path:line:column: message` line per problem.
    pub fn lignes(&self, i18n: &I18n) -> Vec<String> {
        self.diagnostics
            .iter()
            .map(|d| {
                let texte = d.probleme.texte(i18n);
                let texte = if d.probleme.avertissement() {
                    i18n.t_args("contenu-avertissement", &[("message", FluentValue::from(texte))])
                } else {
                    texte
                };
                format!("{}:{}:{}: {}", d.path.display(), d.line, d.column, texte)
            })
            .collect()
    }

    /// The whole report: every line, then a one-line summary.
    pub fn texte(&self, i18n: &I18n) -> String {
        let mut out = String::new();
        for line in self.lignes(i18n) {
            let _ = writeln!(out, "{line}");
        }
        out + &i18n.t_args(
            "contenu-resume",
            &[
                ("erreurs", FluentValue::from(self.erreurs())),
                ("fichiers", FluentValue::from(self.fichiers())),
                ("avertissements", FluentValue::from(self.avertissements())),
            ],
        )
    }
}
