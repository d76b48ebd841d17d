//! The page of a sector or of a criterion (`templates/groupe.html`): what it is, then its jobs,
//! a page of them at most, with a link to the whole list when there are more.

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use super::metiers::{Carte, premiere_page};
use crate::catalogue::recherche::Filtres;
use crate::content::{Critere, Secteur, Site};
use crate::i18n::I18n;

/// A group of jobs that has a page of its own.
#[derive(Debug, Clone, Copy)]
pub enum Groupe<'a> {
    /// A sector (`/secteurs/{slug}`), listed with the jobs.
    Secteur(&'a Secteur),
    /// A criterion (`/criteres/{slug}`), listed with the criteria.
    Critere(&'a Critere),
}

impl<'a> Groupe<'a> {
    /// The address of its page.
    pub fn chemin(self) -> String {
        match self {
            Groupe::Secteur(s) => format!("/secteurs/{}", s.slug),
            Groupe::Critere(c) => format!("/criteres/{}", c.slug),
        }
    }

    /// Its name.
    pub fn nom(self) -> &'a str {
        match self {
            Groupe::Secteur(s) => &s.nom,
            Groupe::Critere(c) => &c.nom,
        }
    }

    /// What it gathers, in a sentence or two.
    pub fn description(self) -> &'a str {
        match self {
            Groupe::Secteur(s) => &s.description,
            Groupe::Critere(c) => &c.description,
        }
    }
}

/// Jobs of a sector or of a criterion.
#[derive(Template)]
#[template(path = "groupe.html")]
pub struct GroupePage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// The sector or criterion.
    pub groupe: Groupe<'a>,
    /// Heading of its jobs ("Les métiers de ce secteur").
    pub intitule: String,
    /// What the page says when it has no job yet.
    pub aucun: String,
    /// The link back to the list it sits in, then: label, address.
    pub retour: (String, &'static str),
    /// Its jobs, at most a page of them.
    pub cartes: Vec<Carte<'a>>,
    /// When it has more: "Voir les 612 métiers" and the paginated list's address.
    pub suite: Option<(String, String)>,
}

/// Renders `/secteurs/{slug}` or `/criteres/{slug}`.
pub fn render(site: &Site, groupe: Groupe<'_>, i18n: &I18n, config: &RenderConfig) -> Result<String, askama::Error> {
    // The list it sits in, which the trail and an empty page lead back to.
    let (liste, lien) = match groupe {
        Groupe::Secteur(_) => (i18n.t("commun-nav-metiers"), "/metiers"),
        Groupe::Critere(_) => (i18n.t("criteres-titre"), "/criteres"),
    };
    let fil = Layout::fil(i18n, &[(&liste, Some(lien)), (groupe.nom(), None)]);
    let layout = Layout::new(i18n, config, &groupe.chemin(), groupe.nom(), groupe.description().to_string(), fil);
    let (metiers, filtres): (Vec<_>, _) = match groupe {
        Groupe::Secteur(s) => (
            site.metiers_du_secteur(&s.slug).collect(),
            Filtres { secteur: Some(s.slug.clone()), ..Filtres::default() },
        ),
        Groupe::Critere(c) => (
            site.metiers_du_critere(&c.slug).collect(),
            Filtres { criteres: vec![c.slug.clone()], ..Filtres::default() },
        ),
    };
    let (cartes, suite) = premiere_page(site, metiers.into_iter(), &filtres, i18n);
    let (intitule, aucun, retour) = match groupe {
        Groupe::Secteur(_) => (i18n.t("secteur-metiers"), i18n.t("secteur-aucun"), i18n.t("accueil-tous-les-metiers")),
        Groupe::Critere(_) => (i18n.t("critere-metiers"), i18n.t("critere-aucun"), i18n.t("critere-autres")),
    };
    let retour = (retour, lien);
    super::html(&GroupePage { i18n, layout, groupe, intitule, aucun, retour, cartes, suite })
}
