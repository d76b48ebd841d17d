//! The criteria index (`templates/criteres.html`); the page of one criterion is a
//! [`groupe`](super::groupe) page.

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
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
