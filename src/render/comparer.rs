//! Two or three jobs side by side (`templates/comparer.html`), and the form to choose them.

use askama::Template;

use super::layout::Layout;
use super::libelles;
use super::metiers::Choix;
use super::{RenderConfig, graphiques};
use crate::content::metier::Essentiel;
use crate::content::{Critere, Metier, Riasec, Secteur, Site};
use crate::format;
use crate::i18n::I18n;

/// Most jobs compared at once.
pub const MAX: usize = 3;

/// One compared job.
pub struct Colonne<'a> {
    /// The job.
    pub m: &'a Metier,
    /// Its four key facts (read from its fiche).
    pub essentiel: Essentiel,
    /// Its sector.
    pub secteur: Option<&'a Secteur>,
    /// Study level label.
    pub niveau: String,
    /// Salary range, formatted, when known.
    pub salaire: Option<String>,
    /// Its criteria.
    pub criteres: Vec<&'a Critere>,
    /// Interest values in words.
    pub interets: String,
    /// CSS class of its colour in the charts.
    pub couleur: &'static str,
}

/// Beyond this many jobs, the picker is three text fields with suggestions instead of lists.
pub const SELECTS_MAX: usize = 300;

/// The picker of a long catalogue.
pub struct Saisie<'a> {
    /// Every job's name, for the suggestions.
    pub noms: Vec<&'a str>,
    /// What each field holds now (the names of the jobs compared).
    pub valeurs: Vec<&'a str>,
}

/// The comparison page.
#[derive(Template)]
#[template(path = "comparer.html")]
pub struct ComparerPage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// The jobs compared (empty: only the form).
    pub colonnes: Vec<Colonne<'a>>,
    /// Salary chart (SVG), when at least one job has a salary.
    pub salaire_svg: Option<String>,
    /// Interest hexagon with one shape per job (SVG).
    pub riasec_svg: Option<String>,
    /// Options of the three choosers.
    pub choix: Vec<Vec<(&'a str, Vec<Choix<'a>>)>>,
    /// A catalogue too long for drop-down lists: names are typed, with suggestions.
    pub saisie: Option<Saisie<'a>>,
}

/// Renders `/comparer` for the chosen jobs (none: the form alone).
pub fn render(site: &Site, choisis: &[&Metier], i18n: &I18n, config: &RenderConfig) -> Result<String, askama::Error> {
    let titre = i18n.t("comparer-titre");
    let fil = Layout::fil(i18n, &[(&i18n.t("commun-nav-metiers"), Some("/metiers")), (&titre, None)]);
    let mut layout = Layout::new(i18n, config, "/comparer", &titre, i18n.t("comparer-description"), fil);
    layout.indexable = choisis.is_empty();
    let couleurs = ["1", "2", "3"];
    let domaines = site.domaines.tous();
    let colonnes: Vec<Colonne> = choisis
        .iter()
        .zip(couleurs)
        .map(|(m, c)| {
            Ok(Colonne {
                m,
                essentiel: m.fiche().map_err(askama::Error::custom)?.essentiel,
                secteur: site.secteur(&m.secteur),
                niveau: i18n.t(libelles::niveau(m.niveau_etudes)),
                salaire: m.salaire.as_ref().map(|s| format::fourchette_euros(s.min, s.max)),
                criteres: m.criteres.iter().filter_map(|c| site.critere(c)).collect(),
                interets: Riasec::LETTRES
                    .iter()
                    .zip(m.riasec.valeurs())
                    .zip(domaines)
                    .map(|((_, v), d)| format!("{} {v}/7", d.nom))
                    .collect::<Vec<_>>()
                    .join(", "),
                couleur: match c {
                    "1" => "legende-1",
                    "2" => "legende-2",
                    _ => "legende-3",
                },
            })
        })
        .collect::<Result<_, askama::Error>>()?;
    let rangees: Vec<(String, [u32; 2], &'static str)> = choisis
        .iter()
        .zip(["barre-1", "barre-2", "barre-3"])
        .filter_map(|(m, classe)| m.salaire.as_ref().map(|s| (m.nom.clone(), [s.min, s.max], classe)))
        .collect();
    let salaire_svg = if rangees.is_empty() {
        None
    } else {
        Some(graphiques::salaire_svg(rangees, &i18n.t("comparer-salaire-legende"), i18n)?)
    };
    let riasec_svg = if choisis.is_empty() {
        None
    } else {
        let profils: Vec<([f32; 6], &'static str)> = choisis
            .iter()
            .zip(["forme-1", "forme-2", "forme-3"])
            .map(|(m, classe)| (m.riasec.valeurs().map(f32::from), classe))
            .collect();
        let alternative =
            colonnes.iter().map(|c| format!("{} : {}", c.m.nom, c.interets)).collect::<Vec<_>>().join(". ");
        Some(graphiques::riasec_svg(&profils, domaines.map(|d| d.nom.clone()), &alternative, i18n)?)
    };
    // Past a few hundred jobs, three drop-down lists would weigh megabytes: names are typed, with
    // one shared list of suggestions.
    if site.metiers.len() > SELECTS_MAX {
        let saisie = Saisie {
            noms: site.metiers.iter().map(|m| m.nom.as_str()).collect(),
            valeurs: (0..MAX).map(|i| choisis.get(i).map_or("", |m| m.nom.as_str())).collect(),
        };
        return super::html(&ComparerPage {
            i18n,
            layout,
            colonnes,
            salaire_svg,
            riasec_svg,
            choix: Vec::new(),
            saisie: Some(saisie),
        });
    }
    // Options grouped by sector (in the editors' order), A–Z within each: a long list stays usable.
    let choix = (0..MAX)
        .map(|i| {
            let courant = choisis.get(i).map(|m| m.slug.as_str());
            site.secteurs
                .iter()
                .map(|s| {
                    let options = site
                        .metiers_du_secteur(&s.slug)
                        .map(|m| Choix { valeur: &m.slug, libelle: m.nom.clone(), choisi: courant == Some(&m.slug) })
                        .collect::<Vec<_>>();
                    (s.nom.as_str(), options)
                })
                .filter(|(_, options)| !options.is_empty())
                .collect()
        })
        .collect();
    super::html(&ComparerPage { i18n, layout, colonnes, salaire_svg, riasec_svg, choix, saisie: None })
}
