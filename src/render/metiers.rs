//! The A–Z list of jobs (`templates/metiers.html`) and the job cards every list shares.

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use crate::content::{Metier, Site};
use crate::i18n::I18n;

/// A job as shown in a list.
pub struct Carte<'a> {
    /// Link target.
    pub url: String,
    /// Name.
    pub nom: &'a str,
    /// Tagline.
    pub accroche: &'a str,
    /// Sector name.
    pub secteur: &'a str,
    /// Study level label.
    pub niveau: String,
}

/// Cards for `metiers`, in the given order.
pub fn cartes<'a>(site: &'a Site, metiers: impl Iterator<Item = &'a Metier>, i18n: &I18n) -> Vec<Carte<'a>> {
    metiers
        .map(|m| Carte {
            url: format!("/metiers/{}", m.slug),
            nom: &m.nom,
            accroche: &m.accroche,
            secteur: site.secteur(&m.secteur).map_or("", |s| s.nom.as_str()),
            niveau: i18n.t(&m.niveau_etudes.fluent_id()),
        })
        .collect()
}

/// Every job, A–Z.
#[derive(Template)]
#[template(path = "metiers.html")]
pub struct MetiersPage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// The jobs.
    pub cartes: Vec<Carte<'a>>,
    /// "N métiers".
    pub compte: String,
}

/// Renders `/metiers`.
pub fn render(site: &Site, i18n: &I18n, config: &RenderConfig) -> Result<String, askama::Error> {
    let titre = i18n.t("metiers-titre");
    let fil = Layout::fil(i18n, &[(&titre, None)]);
    let layout = Layout::new(i18n, config, "/metiers", &titre, i18n.t("metiers-description"), fil);
    let page = MetiersPage {
        i18n,
        layout,
        cartes: cartes(site, site.metiers.iter(), i18n),
        compte: i18n.t_args("metiers-compte", &[("nombre", site.metiers.len().into())]),
    };
    super::html(&page)
}
