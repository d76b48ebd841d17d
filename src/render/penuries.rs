//! `/penuries` (`templates/penuries.html`): the shortage lists of Wallonia, Brussels and
//! Flanders side by side, with links to the fiches.

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use super::libelles;
use super::provenance::ProvenanceVue;
use crate::catalogue::penuries::{par_region, partout};
use crate::catalogue::recherche::Filtres;
use crate::content::{Metier, Site};
use crate::i18n::I18n;

/// One job on a region's list, ready to show.
pub struct LigneVue<'a> {
    /// The fiche.
    pub metier: &'a Metier,
    /// "métier en pénurie" or "fonction critique".
    pub statut: String,
    /// CSS modifier of the status.
    pub classe: &'static str,
    /// The name on the list.
    pub intitule: &'a str,
}

/// One region's column, ready to show.
pub struct RegionVue<'a> {
    /// "wallonie".
    pub slug: &'static str,
    /// "Wallonie (Le Forem)".
    pub nom: String,
    /// What the region's list is.
    pub explication: String,
    /// The jobs listed.
    pub lignes: Vec<LigneVue<'a>>,
    /// The lists cited.
    pub listes: Vec<ProvenanceVue>,
}

/// One job across the three regions: for each, the entry that names it, if any.
pub struct RangeeVue<'a> {
    /// The fiche.
    pub metier: &'a Metier,
    /// Per region, in display order: the name on the list and the status label.
    pub cellules: Vec<Option<(&'a str, String)>>,
}

/// The page.
#[derive(Template)]
#[template(path = "penuries.html")]
pub struct PenuriesPage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// The three regions.
    pub regions: Vec<RegionVue<'a>>,
    /// Every listed job, A–Z, with its entry in each region.
    pub rangees: Vec<RangeeVue<'a>>,
    /// Jobs listed in every region that has a list.
    pub partout: Vec<&'a Metier>,
    /// When the table is cut: the link label and the address of the whole list.
    pub suite: Option<(String, String)>,
}

/// Rows of the table at most (the rest is in the paginated list of the criterion).
pub const RANGEES_MAX: usize = 300;

/// Renders `/penuries`.
pub fn render(site: &Site, i18n: &I18n, config: &RenderConfig) -> Result<String, askama::Error> {
    let layout = Layout::rubrique(i18n, config, "/penuries", &i18n.t("penuries-titre"), i18n.t("penuries-description"));
    let listes = par_region(site);
    let partout = partout(&listes);
    let listes_total = site.metiers.iter().filter(|m| !m.penuries.is_empty()).count();
    let suite = (listes_total > RANGEES_MAX).then(|| {
        let filtres =
            Filtres { criteres: vec![crate::content::valider::CRITERE_PENURIE.to_string()], ..Filtres::default() };
        (i18n.t_args("metiers-voir-tous", &[("nombre", listes_total.into())]), super::metiers::url_de(&filtres))
    });
    let rangees = site
        .metiers
        .iter()
        .filter(|m| !m.penuries.is_empty())
        .take(RANGEES_MAX)
        .map(|m| RangeeVue {
            metier: m,
            cellules: listes
                .iter()
                .map(|l| {
                    m.penuries
                        .iter()
                        .find(|p| p.region == l.region)
                        .map(|p| (p.intitule.as_str(), i18n.t(libelles::statut_penurie(p.statut))))
                })
                .collect(),
        })
        .collect();
    let regions = listes
        .into_iter()
        .map(|l| RegionVue {
            slug: l.region.slug(),
            nom: super::metier::region(l.region, i18n),
            explication: i18n.t(libelles::explication_region(l.region)),
            lignes: l
                .metiers
                .iter()
                .map(|(m, p)| LigneVue {
                    metier: m,
                    statut: i18n.t(libelles::statut_penurie(p.statut)),
                    classe: p.statut.slug(),
                    intitule: &p.intitule,
                })
                .collect(),
            listes: l.listes.iter().map(|r| ProvenanceVue::source(r, i18n)).collect(),
        })
        .collect();
    super::html(&PenuriesPage { i18n, layout, regions, rangees, partout, suite })
}
