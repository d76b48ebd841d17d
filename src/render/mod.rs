//! Rendering: turns a validated [`Site`] and the French messages into documents — HTML pages,
//! JSON, the sitemap, SVG charts — as text.
//!
//! Pages that depend only on content are rendered once per snapshot ([`build`]); the web layer
//! only looks them up. Nothing here knows about HTTP: how a document is served (compressed forms,
//! validators, cache) is [`crate::representation`]'s.

pub mod a_propos;
pub mod accueil;
pub mod banniere;
pub mod comparer;
pub mod critere;
pub mod donnees;
pub mod erreur;
pub mod graphiques;
pub mod groupe;
pub mod jsonld;
pub mod layout;
pub mod libelles;
pub mod metier;
pub mod metiers;
mod pages;
pub mod penuries;
pub mod provenance;
pub mod quiz;
pub mod quiz_methode;
pub mod quiz_metier_resultat;
pub mod quiz_resultat;
pub mod repetitions;
pub mod sources;
pub mod typographie;

use askama::Template;

use crate::i18n;

pub use layout::Layout;
pub use pages::{PageTenue, Pages, build};

/// Settings that change how pages are written, not what they say.
#[derive(Debug, Clone)]
pub struct RenderConfig {
    /// Absolute URL of the site, without trailing slash ("https://example.org").
    pub public_url: String,
    /// URL path of the stylesheet.
    pub css_url: String,
    /// URL path of the favicon.
    pub favicon_url: String,
    /// Where quiz answers are sent: empty for this server, or the absolute URL of a
    /// guide-metiers server when the site is exported to a static host.
    pub quiz_url: String,
    /// Up to this many jobs, job pages are rendered with the snapshot; beyond, each is rendered
    /// on its first request and then kept while it is among the [`RenderConfig::pages_gardees`]
    /// most read (a large catalogue starts fast and stays small).
    pub prerendu_max: usize,
    /// Most job pages made on demand kept at once (beyond [`RenderConfig::prerendu_max`] jobs).
    pub pages_gardees: usize,
    /// The static assets, read with each snapshot (embedded unless a folder is given).
    pub statiques: crate::dossier::Dossier,
    /// Address where readers report an error (shown on `/a-propos`), when the operator set one.
    pub contact: Option<String>,
}

/// Default of [`RenderConfig::prerendu_max`].
pub const PRERENDU_MAX: usize = 1000;

/// Default of [`RenderConfig::pages_gardees`]: about 60 MB of pages with one compressed form each.
pub const PAGES_GARDEES: usize = 1000;

impl RenderConfig {
    /// Settings for a site published at `public_url`, with the assets of `statiques`
    /// (their URLs carry a content hash so browsers can cache them for good).
    pub fn new(public_url: &str, statiques: impl Into<crate::dossier::Dossier>) -> RenderConfig {
        let statiques = statiques.into();
        let versioned = |file: &str| match statiques.lire(file) {
            Ok(bytes) => format!("/static/{file}?v={}", version(&bytes)),
            Err(_) => format!("/static/{file}"),
        };
        RenderConfig {
            public_url: public_url.trim_end_matches('/').to_string(),
            css_url: versioned("style.css"),
            favicon_url: versioned("favicon.svg"),
            quiz_url: String::new(),
            prerendu_max: PRERENDU_MAX,
            pages_gardees: PAGES_GARDEES,
            statiques,
            contact: None,
        }
    }
}

/// Media type of HTML pages.
pub const HTML: &str = "text/html; charset=utf-8";

/// A rendered document: its text and its media type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendu {
    /// The document.
    pub texte: String,
    /// Its media type ([`HTML`], [`donnees::JSON`]…).
    pub type_media: &'static str,
    /// Whether it was made on its first request (a job page beyond `prerendu_max`) rather than
    /// with the snapshot: served less often, it is not worth the slowest compression.
    pub a_la_demande: bool,
}

impl Rendu {
    /// A document of media type `type_media`, made with the snapshot.
    pub fn new(texte: String, type_media: &'static str) -> Rendu {
        Rendu { texte, type_media, a_la_demande: false }
    }

    /// An HTML page, made with the snapshot.
    pub fn html(texte: String) -> Rendu {
        Rendu::new(texte, HTML)
    }
}

/// Renders a page template, with French typography applied to its text.
pub(crate) fn html(t: &impl Template) -> Result<String, askama::Error> {
    Ok(typographie::html(&t.render()?))
}

/// Marks, in a template, where HTML already typeset goes ([`repetitions::Assembleur`]). A
/// comment: text from the content or the messages can never make one, since askama escapes its `<`.
pub const TROU: &str = "<!--trou-->";

/// The frame of a page (`templates/base.html`: head, header, breadcrumbs, footer) rendered and
/// typeset once, around the place of its content: for a page computed per request whose frame is
/// always the same.
#[derive(Debug, Default)]
pub struct Cadre {
    /// Up to the content.
    pub avant: String,
    /// After the content.
    pub apres: String,
}

/// The frame alone, its content a [`TROU`].
#[derive(Template)]
#[template(path = "partials/cadre.html")]
struct CadreSeul<'a> {
    i18n: &'a i18n::I18n,
    layout: Layout,
    trou: &'static str,
}

impl Cadre {
    /// The frame of `layout`.
    pub fn new(i18n: &i18n::I18n, layout: Layout) -> Result<Cadre, askama::Error> {
        let page = html(&CadreSeul { i18n, layout, trou: TROU })?;
        let (avant, apres) = page.split_once(TROU).unwrap_or((&page, ""));
        Ok(Cadre { avant: avant.to_string(), apres: apres.to_string() })
    }
}

/// A fast hash that stays the same from one run to the next (XXH3), for ETags and asset
/// fingerprints: a restart does not invalidate what browsers hold.
pub fn empreinte(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

/// The fingerprint of an asset's bytes, as written in its URLs (`?v=…`).
pub fn version(bytes: &[u8]) -> String {
    format!("{:08x}", empreinte(bytes) as u32)
}
