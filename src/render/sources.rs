//! The public bibliography (`/sources`, `templates/sources.html`): every document the site
//! cites, with its publisher, years and the fiches that cite it.

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use super::provenance::ProvenanceVue;
use crate::catalogue::sources::{Bilan, bibliographie, bilan};
use crate::content::Site;
use crate::i18n::I18n;

/// A cited document ready to show.
pub struct SourceVue<'a> {
    /// Title, link, publisher.
    pub provenance: ProvenanceVue,
    /// "2024, 2025".
    pub annees: String,
    /// Whether the legal-minimum table cites it.
    pub rmmmg: bool,
    /// Fiches citing it: slug, name, sections ("salaire, chiffres"); the first ones when many do.
    pub fiches: Vec<(&'a str, &'a str, String)>,
    /// "… et 412 autres fiches", when not all are listed.
    pub autres: Option<String>,
}

/// How many citing fiches are listed under one document (a source cited by thousands of fiches
/// would otherwise make the page weigh megabytes).
pub const FICHES_PAR_SOURCE: usize = 12;

/// The sources page.
#[derive(Template)]
#[template(path = "sources.html")]
pub struct SourcesPage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// Every document.
    pub sources: Vec<SourceVue<'a>>,
    /// "42 sources citées par 22 fiches…".
    pub resume: String,
}

/// Renders `/sources`.
pub fn render(site: &Site, i18n: &I18n, config: &RenderConfig) -> Result<String, askama::Error> {
    let titre = i18n.t("sources-titre");
    let fil = Layout::fil(i18n, &[(&titre, None)]);
    let layout = Layout::new(i18n, config, "/sources", &titre, i18n.t("sources-description"), fil);
    let sources = bibliographie(site)
        .into_iter()
        .map(|s| {
            let autres = s.fiches.len().saturating_sub(FICHES_PAR_SOURCE);
            let mut provenance = ProvenanceVue::source(&s.reference, i18n);
            provenance.details = s.reference.editeur.map(str::to_string);
            SourceVue {
                provenance,
                annees: s.annees.iter().map(u16::to_string).collect::<Vec<_>>().join(", "),
                rmmmg: s.rmmmg,
                autres: (autres > 0).then(|| i18n.t_args("sources-autres-fiches", &[("nombre", autres.into())])),
                fiches: s
                    .fiches
                    .into_iter()
                    .take(FICHES_PAR_SOURCE)
                    .map(|(slug, nom, sections)| {
                        let sections: Vec<String> =
                            sections.iter().map(|c| i18n.t(&format!("sources-section-{}", c.slug()))).collect();
                        (slug, nom, sections.join(", "))
                    })
                    .collect(),
            }
        })
        .collect();
    let resume = resume(&bilan(site), i18n);
    super::html(&SourcesPage { i18n, layout, sources, resume })
}

/// One sentence on how much of the site is sourced.
pub fn resume(b: &Bilan<'_>, i18n: &I18n) -> String {
    i18n.t_args(
        "sources-resume",
        &[
            ("sources", b.sources.into()),
            ("fiches", b.fiches.into()),
            ("salaires", b.salaires.total().into()),
            ("salaires_sources", b.salaires.sources.into()),
            ("chiffres", b.chiffres.total().into()),
            ("chiffres_sources", b.chiffres.sources.into()),
            ("chiffres_estimations", b.chiffres.estimations.into()),
        ],
    )
}
