//! The home page (`templates/accueil.html`).

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use super::metiers::{Carte, cartes};
use crate::content::{Secteur, Site};
use crate::i18n::I18n;

/// Home page.
#[derive(Template)]
#[template(path = "accueil.html")]
pub struct AccueilPage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// The editors' selections: heading, why, jobs.
    pub selections: Vec<SelectionVue<'a>>,
    /// Sectors that have at least one job, with their job count.
    pub secteurs: Vec<(&'a Secteur, String)>,
}

/// A group of featured jobs, ready to show.
pub struct SelectionVue<'a> {
    /// Heading.
    pub titre: String,
    /// Why these jobs.
    pub description: String,
    /// The jobs.
    pub cartes: Vec<Carte<'a>>,
    /// Anchor of the heading.
    pub ancre: String,
}

/// Renders `/`.
pub fn render(site: &Site, i18n: &I18n, config: &RenderConfig) -> Result<String, askama::Error> {
    let mut layout =
        Layout::new(i18n, config, "/", &i18n.t("accueil-titre"), i18n.t("accueil-description"), Vec::new());
    layout.titre = i18n.t("accueil-titre-document");
    let secteurs = site
        .secteurs
        .iter()
        .filter_map(|s| {
            let n = site.metiers_du_secteur(&s.slug).count();
            (n > 0).then(|| (s, i18n.t_args("commun-nombre-metiers", &[("nombre", n.into())])))
        })
        .collect();
    let selections = if site.accueil.is_empty() {
        // Without the editors' choice: one job per sector, so the home page is varied.
        let un_par_secteur = site.secteurs.iter().filter_map(|s| site.metiers_du_secteur(&s.slug).next());
        vec![SelectionVue {
            titre: i18n.t("accueil-vedettes"),
            description: i18n.t("accueil-vedettes-description"),
            cartes: cartes(site, un_par_secteur, i18n),
            ancre: "selection-1".into(),
        }]
    } else {
        site.accueil
            .iter()
            .enumerate()
            .map(|(i, s)| SelectionVue {
                titre: s.titre.clone(),
                description: s.description.clone(),
                cartes: cartes(site, s.metiers.iter().filter_map(|slug| site.metier(slug)), i18n),
                ancre: format!("selection-{}", i + 1),
            })
            .collect()
    };
    let page = AccueilPage { i18n, layout, selections, secteurs };
    super::html(&page)
}
