//! The public bibliography (`/sources`, then `/sources/2`…, `templates/sources.html`): every
//! document the site cites, with its publisher, years and the fiches that cite it, a hundred
//! documents a page (addresses without a query, so that the export serves them as files too).

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use super::libelles;
use super::metiers::Pagination;
use super::provenance::ProvenanceVue;
use crate::catalogue::sources::{Bilan, SourceCitee, bibliographie, bilan_de};
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
pub const FICHES_PAR_SOURCE: usize = 6;

/// How many documents a page lists (their addresses make them heavy: 100 weigh about 50 KB).
pub const SOURCES_PAR_PAGE: usize = 100;

/// The address of page `page` of the bibliography.
pub fn chemin(page: usize) -> String {
    if page <= 1 { "/sources".to_string() } else { format!("/sources/{page}") }
}

/// The bibliography of a site and its summary sentence, worked out once for all its pages.
pub struct Bibliographie<'a> {
    sources: Vec<SourceCitee<'a>>,
    resume: String,
}

impl<'a> Bibliographie<'a> {
    /// Every document `site` cites, and how much of it is sourced.
    pub fn de(site: &'a Site, i18n: &I18n) -> Bibliographie<'a> {
        let sources = bibliographie(site);
        let resume = resume(&bilan_de(site, &sources), i18n);
        Bibliographie { sources, resume }
    }

    /// The sentence that sums up how much of the site is sourced.
    pub fn resume(&self) -> &str {
        &self.resume
    }

    /// How many pages it takes.
    pub fn pages(&self) -> usize {
        self.sources.len().div_ceil(SOURCES_PAR_PAGE).max(1)
    }
}

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
    /// Links to the other pages, when there are several.
    pub pagination: Option<Pagination>,
    /// Number of the first document of this page (the list's `start`).
    pub premier: usize,
}

/// Renders page `page` (from 1) of the bibliography.
pub fn render(
    biblio: &Bibliographie<'_>,
    page: usize,
    i18n: &I18n,
    config: &RenderConfig,
) -> Result<String, askama::Error> {
    let layout = Layout::rubrique(i18n, config, &chemin(page), &i18n.t("sources-titre"), i18n.t("sources-description"));
    let total = biblio.pages();
    let premier = (page - 1) * SOURCES_PAR_PAGE;
    let sources = biblio
        .sources
        .iter()
        .skip(premier)
        .take(SOURCES_PAR_PAGE)
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
                    .iter()
                    .take(FICHES_PAR_SOURCE)
                    .map(|&(slug, nom, ref sections)| {
                        let sections: Vec<String> =
                            sections.iter().map(|c| i18n.t(libelles::section_source(*c))).collect();
                        (slug, nom, sections.join(", "))
                    })
                    .collect(),
            }
        })
        .collect();
    let resume = biblio.resume.clone();
    let pagination = (total > 1).then(|| Pagination::new(i18n.t("sources-pagination"), page, total, chemin, i18n));
    super::html(&SourcesPage { i18n, layout, sources, resume, pagination, premier: premier + 1 })
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
