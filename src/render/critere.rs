//! The criteria index and the page of one criterion (`templates/criteres.html`, `critere.html`).

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use super::metiers::{Carte, premiere_page};
use crate::catalogue::recherche::Filtres;
use crate::content::{Critere, Site};
use crate::i18n::I18n;

/// Every criterion.
#[derive(Template)]
#[template(path = "criteres.html")]
pub struct CriteresPage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// Criteria with their job count.
    pub criteres: Vec<(&'a Critere, String)>,
}

/// Jobs that have one criterion.
#[derive(Template)]
#[template(path = "critere.html")]
pub struct CriterePage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// The criterion.
    pub critere: &'a Critere,
    /// Its jobs.
    pub cartes: Vec<Carte<'a>>,
    /// When it has more than a page: the link label and the paginated list's address.
    pub suite: Option<(String, String)>,
}

/// Renders `/criteres`.
pub fn render_index(site: &Site, i18n: &I18n, config: &RenderConfig) -> Result<String, askama::Error> {
    let layout = Layout::rubrique(i18n, config, "/criteres", &i18n.t("criteres-titre"), i18n.t("criteres-description"));
    let criteres = site
        .criteres
        .iter()
        .map(|c| {
            let n = site.metiers_du_critere(&c.slug).count();
            (c, i18n.t_args("commun-nombre-metiers", &[("nombre", n.into())]))
        })
        .collect();
    super::html(&CriteresPage { i18n, layout, criteres })
}

/// Renders `/criteres/{slug}`.
pub fn render(site: &Site, critere: &Critere, i18n: &I18n, config: &RenderConfig) -> Result<String, askama::Error> {
    let path = format!("/criteres/{}", critere.slug);
    let fil = Layout::fil(i18n, &[(&i18n.t("criteres-titre"), Some("/criteres")), (&critere.nom, None)]);
    let layout = Layout::new(i18n, config, &path, &critere.nom, critere.description.clone(), fil);
    let page = {
        let (cartes, suite) = premiere_page(
            site,
            site.metiers_du_critere(&critere.slug),
            &Filtres { criteres: vec![critere.slug.clone()], ..Filtres::default() },
            i18n,
        );
        CriterePage { i18n, layout, critere, cartes, suite }
    };
    super::html(&page)
}
