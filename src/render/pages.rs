//! The pages of a snapshot that depend only on content, looked up by URL path.
//!
//! Site-wide pages are rendered when the snapshot is built. The three pages of each job (the
//! profile, its quiz, its JSON) are too for a catalogue of up to
//! [`RenderConfig::prerendu_max`] jobs; beyond, each is rendered on its first request and kept
//! while it is among the [`RenderConfig::pages_gardees`] most read, so that a very large catalogue
//! starts in seconds and a robot that reads every job does not fill the memory.
//!
//! What is kept of each page is chosen by the caller (`P`, made from its [`Rendu`]): the snapshot
//! keeps the served representation, with its compressed forms and validators.

use std::collections::HashMap;
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;

use super::groupe::{self, Groupe};
use super::{
    HTML, RenderConfig, Rendu, a_propos, accueil, comparer, critere, donnees, metier, metiers, penuries, quiz,
    quiz_methode, sources,
};
use crate::content::{Fiche, Metier, Site};
use crate::i18n::I18n;

/// Every page of a snapshot that depends only on content, each kept as a `P`.
#[derive(Debug)]
pub struct Pages<P> {
    /// Home, lists, sectors, criteria, sitemap…: rendered at build.
    fixes: HashMap<String, P>,
    /// Up to [`RenderConfig::prerendu_max`] jobs, the pages of each job, in the order of
    /// `site.metiers`, indexed by [`PageDeMetier`], made at build; empty beyond.
    metiers: Vec<[OnceLock<Box<P>>; 3]>,
    /// Beyond, job pages made on demand, by place in `site.metiers`: the most read are kept.
    gardees: quick_cache::sync::Cache<(usize, PageDeMetier), Arc<P>>,
}

/// A page of [`Pages`]: kept for the life of the snapshot, or a job page made on demand, shared
/// with the store of the most read ones.
#[derive(Debug)]
pub enum PageTenue<'a, P> {
    /// Kept for the life of the snapshot.
    Fixe(&'a P),
    /// Made on demand.
    Gardee(Arc<P>),
}

impl<P> Deref for PageTenue<'_, P> {
    type Target = P;

    fn deref(&self) -> &P {
        match self {
            PageTenue::Fixe(page) => page,
            PageTenue::Gardee(page) => page,
        }
    }
}

/// The three pages every job has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum PageDeMetier {
    /// `/metiers/{slug}`
    Fiche,
    /// `/metiers/{slug}/quiz`
    Quiz,
    /// `/metiers/{slug}.json`
    Json,
}

impl PageDeMetier {
    const TOUTES: [PageDeMetier; 3] = [PageDeMetier::Fiche, PageDeMetier::Quiz, PageDeMetier::Json];

    /// The job slug and page kind of a path, if it is one of a job's pages.
    fn de(path: &str) -> Option<(&str, PageDeMetier)> {
        let rest = path.strip_prefix("/metiers/")?;
        if let Some(slug) = rest.strip_suffix(".json") {
            Some((slug, PageDeMetier::Json))
        } else if let Some(slug) = rest.strip_suffix("/quiz") {
            Some((slug, PageDeMetier::Quiz))
        } else {
            (!rest.contains('/')).then_some((rest, PageDeMetier::Fiche))
        }
    }

    fn chemin(self, slug: &str) -> String {
        match self {
            PageDeMetier::Fiche => format!("/metiers/{slug}"),
            PageDeMetier::Quiz => format!("/metiers/{slug}/quiz"),
            PageDeMetier::Json => format!("/metiers/{slug}.json"),
        }
    }

    /// Renders this page of `m`; `fiche` gives its whole fiche, read again from memory at most once.
    fn render(
        self,
        site: &Site,
        m: &Metier,
        fiche: &mut Option<Fiche>,
        i18n: &I18n,
        config: &RenderConfig,
    ) -> Result<Rendu, askama::Error> {
        if self == PageDeMetier::Quiz {
            return Ok(Rendu::html(quiz::metier(site, m, None, None, i18n, config)?));
        }
        let fiche: &Fiche = match fiche {
            Some(fiche) => fiche,
            vide @ None => vide.insert(m.fiche().map_err(askama::Error::custom)?),
        };
        Ok(match self {
            PageDeMetier::Json => Rendu::new(donnees::profil_json(fiche, config), donnees::JSON),
            _ => Rendu::html(metier::render(site, m, fiche, i18n, config)?),
        })
    }
}

impl<P: From<Rendu>> Pages<P> {
    /// The page served at `path`, rendered now if it is a job page not yet made.
    pub fn get(
        &self,
        path: &str,
        site: &Site,
        i18n: &I18n,
        config: &RenderConfig,
    ) -> Result<Option<PageTenue<'_, P>>, askama::Error> {
        if let Some(page) = self.deja_rendue(path, site) {
            return Ok(Some(page));
        }
        let Some((i, sorte)) = a_rendre(path, site) else {
            return Ok(None);
        };
        // Two requests may render the same page at once: the first stored wins, both are equal.
        let rendu = sorte.render(site, &site.metiers[i], &mut None, i18n, config)?;
        let page = P::from(Rendu { a_la_demande: self.metiers.get(i).is_none(), ..rendu });
        Ok(Some(self.garder(i, sorte, page)))
    }

    /// Keeps `page`, the page `sorte` of the job at place `i`: for the snapshot's life, or among the
    /// most read.
    fn garder(&self, i: usize, sorte: PageDeMetier, page: P) -> PageTenue<'_, P> {
        match self.metiers.get(i) {
            Some(pages) => PageTenue::Fixe(pages[sorte as usize].get_or_init(|| Box::new(page))),
            None => {
                let page = Arc::new(page);
                self.gardees.insert((i, sorte), Arc::clone(&page));
                PageTenue::Gardee(page)
            }
        }
    }

    /// Whether `path` is served: a page already rendered, or a job page still to render (never
    /// renders: a look-up, for the answer to come quickly when there is nothing to make).
    pub fn existe(&self, path: &str, site: &Site) -> bool {
        self.fixes.contains_key(path) || a_rendre(path, site).is_some()
    }

    /// The page served at `path` if it is already rendered (never renders).
    pub fn deja_rendue(&self, path: &str, site: &Site) -> Option<PageTenue<'_, P>> {
        if let Some(page) = self.fixes.get(path) {
            return Some(PageTenue::Fixe(page));
        }
        let (i, sorte) = a_rendre(path, site)?;
        match self.metiers.get(i) {
            Some(pages) => pages[sorte as usize].get().map(|page| PageTenue::Fixe(&**page)),
            None => self.gardees.get(&(i, sorte)).map(PageTenue::Gardee),
        }
    }

    /// How many job pages made on demand are kept now.
    pub fn gardees(&self) -> usize {
        self.gardees.len()
    }

    /// Every path, sorted (for the sitemap, tests and export).
    pub fn paths(&self, site: &Site) -> Vec<String> {
        let mut paths: Vec<String> = self.fixes.keys().cloned().collect();
        for m in &site.metiers {
            paths.extend(PageDeMetier::TOUTES.iter().map(|s| s.chemin(&m.slug)));
        }
        paths.sort_unstable();
        paths
    }
}

/// The job (its place in `site.metiers`) and the page of it that `path` names, if it names one.
fn a_rendre(path: &str, site: &Site) -> Option<(usize, PageDeMetier)> {
    let (slug, sorte) = PageDeMetier::de(path)?;
    Some((site.position(slug)?, sorte))
}

/// The HTML pages that search engines should index, sorted by path, each with its job if it is
/// one of a job's pages: the site-wide pages of `fixes` that name their canonical address, and the
/// pages of every job.
fn indexables<'s>(fixes: &[(String, Rendu)], site: &'s Site) -> Vec<(String, Option<&'s Metier>)> {
    let fixes = fixes.iter().filter(|(_, r)| r.type_media == HTML && r.texte.contains("<link rel=\"canonical\""));
    let mut pages: Vec<(String, Option<&Metier>)> = fixes.map(|(path, _)| (path.clone(), None)).collect();
    for m in &site.metiers {
        pages.extend([PageDeMetier::Fiche, PageDeMetier::Quiz].iter().map(|s| (s.chemin(&m.slug), Some(m))));
    }
    pages.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    pages
}

/// Renders the pages that depend only on content (see the module's documentation for job pages).
pub fn build<P: From<Rendu> + Send + Sync>(
    site: &Site,
    i18n: &I18n,
    config: &RenderConfig,
) -> Result<Pages<P>, askama::Error> {
    type Rendre<'r> = Box<dyn Fn() -> Result<String, askama::Error> + Send + Sync + 'r>;
    // Worked out once for its pages (the list of documents and the sentence that sums it up).
    let bibliographie = sources::Bibliographie::de(site, i18n);
    let mut a_rendre: Vec<(String, Rendre<'_>)> = vec![
        ("/".into(), Box::new(|| accueil::render(site, i18n, config))),
        ("/metiers".into(), Box::new(|| metiers::render(site, i18n, config))),
        ("/criteres".into(), Box::new(|| critere::render_index(site, i18n, config))),
        ("/comparer".into(), Box::new(|| comparer::render(site, &[], i18n, config))),
        ("/quiz".into(), Box::new(|| quiz::orientation(site, None, None, i18n, config))),
        ("/quiz/methode".into(), Box::new(|| quiz_methode::render(site, i18n, config))),
        ("/a-propos".into(), Box::new(|| a_propos::render(site, bibliographie.resume(), i18n, config))),
        ("/penuries".into(), Box::new(|| penuries::render(site, i18n, config))),
    ];
    for page in 1..=bibliographie.pages() {
        let b = &bibliographie;
        a_rendre.push((sources::chemin(page), Box::new(move || sources::render(b, page, i18n, config))));
    }
    for g in site.secteurs.iter().map(Groupe::Secteur).chain(site.criteres.iter().map(Groupe::Critere)) {
        a_rendre.push((g.chemin(), Box::new(move || groupe::render(site, g, i18n, config))));
    }
    // With a long catalogue the lists weigh megabytes: rendered on every core.
    let mut fixes = a_rendre
        .into_par_iter()
        .map(|(path, rendre)| rendre().map(|html| (path, Rendu::html(html))))
        .collect::<Result<Vec<_>, _>>()?;
    let sitemap = donnees::sitemap(&indexables(&fixes, site), config);
    fixes.push(("/sitemap.xml".into(), Rendu::new(sitemap, donnees::XML)));
    fixes.push(("/robots.txt".into(), Rendu::new(donnees::robots(config), donnees::TEXTE)));
    let fixes = fixes.into_par_iter().map(|(path, rendu)| (path, P::from(rendu))).collect();
    let tous = site.metiers.len() <= config.prerendu_max;
    let metiers = if tous { site.metiers.iter().map(|_| Default::default()).collect() } else { Vec::new() };
    let pages = Pages { fixes, metiers, gardees: quick_cache::sync::Cache::new(config.pages_gardees.max(1)) };

    // Beyond the limit, one job is still rendered so that a template error stops the start.
    let n = if tous { site.metiers.len() } else { 1.min(site.metiers.len()) };
    site.metiers[..n].par_iter().enumerate().try_for_each(|(i, m)| {
        // Each job's fiche read back once for its pages.
        let mut fiche = None;
        PageDeMetier::TOUTES.iter().try_for_each(|&s| {
            pages.garder(i, s, P::from(s.render(site, m, &mut fiche, i18n, config)?));
            Ok::<_, askama::Error>(())
        })
    })?;
    Ok(pages)
}
