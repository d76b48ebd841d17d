//! "À propos" (`/a-propos`, `templates/a_propos.html`): who writes the fiches, how they are
//! checked and dated, what an estimate is, independence, privacy, how to report an error.

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use super::metier::date_longue;
use crate::content::Site;
use crate::format;
use crate::i18n::I18n;

/// One period of the legal minimum wage, ready to show.
pub struct PeriodeVue {
    /// "1er février 2025".
    pub depuis: String,
    /// "2 111,89 €".
    pub montant: String,
    /// Where the amount comes from.
    pub source: String,
    /// Its address.
    pub url: Option<String>,
}

/// The about page.
#[derive(Template)]
#[template(path = "a_propos.html")]
pub struct AProposPage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// How much of the site is sourced, in one sentence.
    pub resume: String,
    /// The legal minimum by period, newest first.
    pub rmmmg: Vec<PeriodeVue>,
    /// Where to report an error, when the operator set an address.
    pub contact: Option<String>,
}

/// Renders `/a-propos`, with the summary of the site's bibliography `resume`.
pub fn render(site: &Site, resume: &str, i18n: &I18n, config: &RenderConfig) -> Result<String, askama::Error> {
    let layout = Layout::rubrique(i18n, config, "/a-propos", &i18n.t("apropos-titre"), i18n.t("apropos-description"));
    let rmmmg = site
        .rmmmg
        .iter()
        .rev()
        .map(|p| PeriodeVue {
            depuis: date_longue(&p.depuis, i18n),
            montant: format!("{}{}€", format::montant_exact(p.montant), format::ESPACE_INSECABLE),
            source: format!("{} ({}, {})", p.source, p.editeur, p.annee),
            url: p.url.clone(),
        })
        .collect();
    super::html(&AProposPage { i18n, layout, resume: resume.to_string(), rmmmg, contact: config.contact.clone() })
}
