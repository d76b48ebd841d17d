//! A snapshot: content, messages and every pre-rendered page, built together and never mutated.
//!
//! The web layer holds the current snapshot behind an `ArcSwap`, so a reload replaces it in
//! one atomic step while requests in flight finish with the one they started with.

use crate::dossier::Dossier;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arc_swap::{ArcSwap, ArcSwapOption};

use crate::catalogue::recherche::Filtres;
use crate::content::{self, NiveauEtudes, Rapport, Site};
use crate::i18n::{I18n, LocaleError};
use crate::quiz::{Bande, Vue};
use crate::render::{self, PageTenue, Pages, RenderConfig, erreur::MotifErreur};
use crate::representation::{Codage, Page, assemblee};
use crate::ressources::Ressources;

/// Where the editable files live.
#[derive(Debug, Clone)]
pub struct Sources {
    /// Content folder (`content/`).
    pub content: PathBuf,
    /// French messages (`locales/fr/`, embedded unless a folder is given).
    pub locales: Dossier,
}

/// Why a snapshot could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The `.ftl` files are broken (the content report cannot be translated without them).
    #[error("locales: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Locales(Vec<LocaleError>),
    /// The content is invalid; the report is already in French.
    #[error("{texte}")]
    Contenu {
        /// The structured report.
        rapport: Rapport,
        /// The report rendered in French.
        texte: String,
    },
    /// A template failed to render.
    #[error("template: {0}")]
    Template(#[from] askama::Error),
    /// The static assets could not be read.
    #[error("static: {dossier}: {erreur}")]
    Ressources {
        /// The assets folder.
        dossier: String,
        /// What the system said.
        erreur: std::io::Error,
    },
}

/// Everything needed to answer requests.
#[derive(Debug)]
pub struct Snapshot {
    /// The content.
    pub site: Site,
    /// What the search looks into.
    pub recherche: crate::catalogue::recherche::Index,
    /// The messages.
    pub i18n: I18n,
    /// Pre-rendered pages, as they are served.
    pub pages: Pages<Page>,
    /// Pre-rendered error pages.
    pub introuvable: Page,
    /// Pre-rendered 500 page.
    pub interne: Page,
    /// Pre-rendered 503 page (overload: it must cost nothing to send).
    pub surcharge: Page,
    /// Rendering settings (also used for per-request pages).
    pub config: RenderConfig,
    /// Pages computed from a request (quiz answers, comparisons, searches), the most requested kept.
    pub resultats: Resultats,
    /// What every orientation quiz result shares (frame, job cards), rendered once.
    pub prerendu_quiz: render::quiz_resultat::Prerendu,
    /// What compressing an orientation quiz result needs ([`assemblee`]), made once.
    pub dictionnaire_quiz: assemblee::Dictionnaire,
    /// The static assets.
    pub ressources: Ressources,
}

/// The dictionary of the orientation quiz's results, its codes counted on results of every kind
/// ([`render::quiz_resultat::exemples`]).
fn dictionnaire_quiz(
    site: &Site,
    prerendu: &render::quiz_resultat::Prerendu,
    textes: Vec<String>,
    i18n: &I18n,
    config: &RenderConfig,
) -> Result<assemblee::Dictionnaire, askama::Error> {
    let exemples = render::quiz_resultat::exemples(site)
        .into_iter()
        .map(|(reponses, niveau, ouverte)| {
            let resultat = crate::quiz::Resultat::calculer(site, &reponses, niveau, ouverte);
            render::quiz_resultat::render(&resultat, site, prerendu, i18n, config)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let exemples: Vec<(&[u8], &[render::repetitions::Plage])> =
        exemples.iter().map(|p| (p.html.as_bytes(), p.repetitions.morceaux())).collect();
    Ok(assemblee::Dictionnaire::new(textes, &exemples))
}

/// How many pages computed from a request a snapshot keeps (about 25 KB each with their
/// compressed forms).
pub const RESULTATS_GARDES: usize = 1000;

/// What names a page computed from a request: every input it is made from (the snapshot aside).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CleDeResultat {
    /// The orientation quiz, its form pre-filled or its result.
    Orientation {
        /// Form or result.
        vue: Vue,
        /// The answers, one per item.
        reponses: Vec<u8>,
        /// The highest study level the visitor considers.
        niveau: Option<NiveauEtudes>,
        /// The band shown in full (a result).
        bande: Option<Bande>,
    },
    /// A job's quiz, its form pre-filled or its result.
    QuizMetier {
        /// The job.
        slug: String,
        /// Form or result.
        vue: Vue,
        /// Answers to the job's own questions.
        auto: Option<Vec<u8>>,
        /// Answers to the interest items.
        interets: Option<Vec<u8>>,
    },
    /// A search of the job list.
    Recherche(Filtres),
    /// Jobs side by side, by slug.
    Comparaison(Vec<String>),
}

/// Pages computed from a request, by what they are made from; the least used go first.
pub struct Resultats(quick_cache::sync::Cache<CleDeResultat, Arc<Page>>);

impl Resultats {
    /// An empty store of `capacite` pages.
    pub fn new(capacite: usize) -> Resultats {
        Resultats(quick_cache::sync::Cache::new(capacite))
    }

    /// The page kept for `cle`.
    pub fn get(&self, cle: &CleDeResultat) -> Option<Arc<Page>> {
        self.0.get(cle)
    }

    /// Keeps `page` for `cle`.
    pub fn insert(&self, cle: CleDeResultat, page: Arc<Page>) {
        self.0.insert(cle, page);
    }

    /// How many pages are kept.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether none is kept.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Debug for Resultats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Resultats({} pages)", self.len())
    }
}

impl Snapshot {
    /// Loads, validates and renders everything.
    pub fn build(sources: &Sources, config: RenderConfig) -> Result<Snapshot, BuildError> {
        let i18n = I18n::depuis(&sources.locales).map_err(BuildError::Locales)?;
        let site = load_content(&sources.content, &i18n)?;
        let recherche = crate::catalogue::recherche::Index::de(&site);
        let pages = render::build(&site, &i18n, &config)?;
        let introuvable = Page::new(render::erreur::render(MotifErreur::Introuvable, None, &i18n, &config)?);
        let interne = Page::new(render::erreur::render(MotifErreur::Interne, None, &i18n, &config)?);
        let surcharge = Page::new(render::erreur::render(MotifErreur::Surcharge, None, &i18n, &config)?);
        // Compressed now: under overload, there is no time for it.
        for codage in Codage::TOUS {
            surcharge.forme(codage);
        }
        let ressources = Ressources::charger(&config.statiques)
            .map_err(|erreur| BuildError::Ressources { dossier: config.statiques.nom(), erreur })?;
        let resultats = Resultats::new(RESULTATS_GARDES);
        let mut prerendu_quiz = render::quiz_resultat::Prerendu::new(&site, &i18n, &config)?;
        let textes = prerendu_quiz.textes();
        let dictionnaire_quiz = dictionnaire_quiz(&site, &prerendu_quiz, textes, &i18n, &config)?;
        Ok(Snapshot {
            site,
            recherche,
            i18n,
            pages,
            introuvable,
            interne,
            surcharge,
            config,
            resultats,
            prerendu_quiz,
            dictionnaire_quiz,
            ressources,
        })
    }

    /// The page served at `path` (rendered now if it is a job page not made yet).
    pub fn page(&self, path: &str) -> Result<Option<PageTenue<'_, Page>>, askama::Error> {
        self.pages.get(path, &self.site, &self.i18n, &self.config)
    }

    /// The page at `path` if it is already rendered: what can be served without any work.
    pub fn page_prete(&self, path: &str) -> Option<PageTenue<'_, Page>> {
        self.pages.deja_rendue(path, &self.site)
    }

    /// Whether [`Snapshot::page`] serves `path` (a look-up; nothing is rendered).
    pub fn sert(&self, path: &str) -> bool {
        self.pages.existe(path, &self.site)
    }

    /// Every path that [`Snapshot::page`] serves, sorted.
    pub fn paths(&self) -> Vec<String> {
        self.pages.paths(&self.site)
    }
}

/// Loads content and renders its report in French on failure.
pub fn load_content(dir: &Path, i18n: &I18n) -> Result<Site, BuildError> {
    content::load(dir).map_err(|rapport| BuildError::Contenu { texte: rapport.texte(i18n), rapport })
}

/// What the server shows now: the last good snapshot, and the report of a failed reload.
pub struct Live {
    /// The snapshot being served; replaced in one atomic step on reload.
    pub snapshot: ArcSwap<Snapshot>,
    /// Banner HTML listing the errors of the last reload, while it is not fixed.
    pub banniere: ArcSwapOption<String>,
}

impl Live {
    /// Serves `snapshot`, with no error.
    pub fn new(snapshot: Snapshot) -> Arc<Live> {
        Arc::new(Live { snapshot: ArcSwap::from_pointee(snapshot), banniere: ArcSwapOption::empty() })
    }

    /// Rebuilds from `sources`: on success the new snapshot replaces the old one and the banner
    /// goes; on failure the old snapshot stays online and the banner lists the errors.
    pub fn reload(&self, sources: &Sources, config: RenderConfig) -> Result<(), BuildError> {
        match Snapshot::build(sources, config) {
            Ok(snapshot) => {
                // Banner first: a request between the two stores sees the last good site without it,
                // never the repaired site still flagged as broken.
                self.banniere.store(None);
                self.snapshot.store(Arc::new(snapshot));
                Ok(())
            }
            Err(e) => {
                let current = self.snapshot.load();
                let lignes: Vec<String> = match &e {
                    BuildError::Contenu { texte, .. } => texte.lines().map(str::to_string).collect(),
                    other => other.to_string().lines().map(str::to_string).collect(),
                };
                match render::banniere::render(&current.i18n, &lignes) {
                    Ok(html) => self.banniere.store(Some(Arc::new(html))),
                    Err(render_error) => tracing::error!(error = %render_error, "banner failed to render"),
                }
                Err(e)
            }
        }
    }
}
