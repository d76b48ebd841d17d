//! The page of one sector (`templates/secteur.html`).

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use super::metiers::{Carte, premiere_page};
use crate::catalogue::recherche::Filtres;
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
    /// Its jobs, at most a page of them.
    pub cartes: Vec<Carte<'a>>,
    /// When it has more: "Voir les 612 métiers du secteur" and the paginated list's address.
    pub suite: Option<(String, String)>,
}

/// Renders `/secteurs/{slug}`.
pub fn render(site: &Site, secteur: &Secteur, i18n: &I18n, config: &RenderConfig) -> Result<String, askama::Error> {
    let path = format!("/secteurs/{}", secteur.slug);
    let fil = Layout::fil(i18n, &[(&i18n.t("commun-nav-metiers"), Some("/metiers")), (&secteur.nom, None)]);
    let layout = Layout::new(i18n, config, &path, &secteur.nom, secteur.description.clone(), fil);
    let (cartes, suite) = premiere_page(
        site,
        site.metiers_du_secteur(&secteur.slug),
        &Filtres { secteur: Some(secteur.slug.clone()), ..Filtres::default() },
        i18n,
    );
    let page = SecteurPage { i18n, layout, secteur, cartes, suite };
    super::html(&page)
}
