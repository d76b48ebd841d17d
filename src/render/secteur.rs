//! The page of one sector (`templates/secteur.html`).

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use super::metiers::{Carte, cartes};
use crate::content::{Secteur, Site};
use crate::i18n::I18n;

/// Jobs of one sector.
#[derive(Template)]
#[template(path = "secteur.html")]
pub struct SecteurPage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// The sector.
    pub secteur: &'a Secteur,
    /// Its jobs.
    pub cartes: Vec<Carte<'a>>,
}

/// Renders `/secteurs/{slug}`.
pub fn render(site: &Site, secteur: &Secteur, i18n: &I18n, config: &RenderConfig) -> Result<String, askama::Error> {
    let path = format!("/secteurs/{}", secteur.slug);
    let fil = Layout::fil(i18n, &[(&i18n.t("commun-nav-metiers"), Some("/metiers")), (&secteur.nom, None)]);
    let layout = Layout::new(i18n, config, &path, &secteur.nom, secteur.description.clone(), fil);
    let page =
        SecteurPage { i18n, layout, secteur, cartes: cartes(site, site.metiers_du_secteur(&secteur.slug), i18n) };
    super::html(&page)
}
