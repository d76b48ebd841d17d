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
    /// Featured jobs (the name `cartes` is what `partials/cartes.html` reads).
    pub cartes: Vec<Carte<'a>>,
    /// Sectors that have at least one job, with their job count.
    pub secteurs: Vec<(&'a Secteur, String)>,
}

/// Number of featured jobs on the home page.
const VEDETTES: usize = 6;

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
    let page = AccueilPage { i18n, layout, cartes: cartes(site, site.metiers.iter().take(VEDETTES), i18n), secteurs };
    super::html(&page)
}
