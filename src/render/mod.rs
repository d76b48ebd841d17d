//! Rendering: turns a validated [`Site`] and the French messages into finished HTML pages.
//!
//! Pages that depend only on content are rendered once per snapshot ([`build`]); the web layer
//! only looks them up. Nothing here knows about HTTP.

pub mod accueil;
pub mod banniere;
pub mod comparer;
pub mod critere;
pub mod donnees;
pub mod erreur;
pub mod graphiques;
pub mod jsonld;
pub mod layout;
pub mod metier;
pub mod metiers;
pub mod quiz;
pub mod quiz_methode;
pub mod quiz_metier;
pub mod quiz_resultat;
pub mod secteur;

use std::collections::HashMap;

use askama::Template;
use axum::body::Bytes;

use crate::content::Site;
use crate::i18n::I18n;

pub use layout::Layout;

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
}

impl RenderConfig {
    /// Settings for a site published at `public_url`, with assets read from `static_dir`
    /// (their URLs carry a content hash so browsers can cache them for good).
    pub fn new(public_url: &str, static_dir: &std::path::Path) -> RenderConfig {
        let versioned = |file: &str| match std::fs::read(static_dir.join(file)) {
            Ok(bytes) => format!("/static/{file}?v={:08x}", fnv1a(&bytes) as u32),
            Err(_) => format!("/static/{file}"),
        };
        RenderConfig {
            public_url: public_url.trim_end_matches('/').to_string(),
            css_url: versioned("style.css"),
            favicon_url: versioned("favicon.svg"),
            quiz_url: String::new(),
        }
    }
}

/// A finished page.
#[derive(Debug, Clone)]
pub struct Page {
    /// The document (shared, so serving it copies nothing).
    pub body: Bytes,
    /// Its media type.
    pub content_type: &'static str,
    /// Strong validator of `body`.
    pub etag: String,
    /// gzip form, made on first demand and then kept.
    gzip: std::sync::OnceLock<Bytes>,
    /// Brotli form, made on first demand and then kept.
    br: std::sync::OnceLock<Bytes>,
    /// Whether compression may take its time (a page served many times) or must be quick
    /// (a page made for one request).
    durable: bool,
}

/// Media type of HTML pages.
pub const HTML: &str = "text/html; charset=utf-8";

impl Page {
    /// Wraps a rendered HTML document.
    pub fn new(html: String) -> Page {
        Page::with_type(html, HTML)
    }

    /// Wraps a rendered document of any type and computes its ETag.
    pub fn with_type(body: String, content_type: &'static str) -> Page {
        let etag = format!("\"{:016x}\"", fnv1a(body.as_bytes()));
        Page {
            body: Bytes::from(body),
            content_type,
            etag,
            gzip: Default::default(),
            br: Default::default(),
            durable: true,
        }
    }

    /// An HTML page made for one request: compressed quickly rather than as small as possible.
    pub fn ephemere(html: String) -> Page {
        Page { durable: false, ..Page::new(html) }
    }

    /// The body compressed with gzip (computed once).
    pub fn gzip(&self) -> Bytes {
        self.gzip
            .get_or_init(|| {
                use std::io::Write;
                let niveau = if self.durable { flate2::Compression::best() } else { flate2::Compression::fast() };
                let mut e = flate2::write::GzEncoder::new(Vec::new(), niveau);
                e.write_all(&self.body).and_then(|()| e.finish()).map(Bytes::from).unwrap_or_default()
            })
            .clone()
    }

    /// The body compressed with Brotli (computed once).
    pub fn br(&self) -> Bytes {
        self.br
            .get_or_init(|| {
                let mut out = Vec::new();
                let quality = if self.durable { 11 } else { 4 };
                let params = brotli::enc::BrotliEncoderParams { quality, lgwin: 22, ..Default::default() };
                match brotli::BrotliCompress(&mut &self.body[..], &mut out, &params) {
                    Ok(_) => Bytes::from(out),
                    Err(_) => Bytes::new(),
                }
            })
            .clone()
    }

    /// The document as text (every page is UTF-8).
    pub fn text(&self) -> &str {
        std::str::from_utf8(&self.body).unwrap_or_default()
    }
}

/// Every pre-rendered page of a snapshot, by URL path.
#[derive(Debug)]
pub struct Pages {
    by_path: HashMap<String, Page>,
}

impl Pages {
    /// The page served at `path`.
    pub fn get(&self, path: &str) -> Option<&Page> {
        self.by_path.get(path)
    }

    /// Every path, sorted (for tests and export).
    pub fn paths(&self) -> Vec<&str> {
        let mut paths: Vec<&str> = self.by_path.keys().map(String::as_str).collect();
        paths.sort_unstable();
        paths
    }
}

/// Renders every page that depends only on content.
pub fn build(site: &Site, i18n: &I18n, config: &RenderConfig) -> Result<Pages, askama::Error> {
    let mut by_path = HashMap::new();
    let mut add = |path: String, html: String| {
        by_path.insert(path, Page::new(html));
    };
    add("/".into(), accueil::render(site, i18n, config)?);
    add("/metiers".into(), metiers::render(site, &Default::default(), i18n, config)?);
    add("/criteres".into(), critere::render_index(site, i18n, config)?);
    add("/comparer".into(), comparer::render(site, &[], i18n, config)?);
    add("/quiz".into(), quiz::orientation(site, None, None, i18n, config)?);
    add("/quiz/methode".into(), quiz_methode::render(site, i18n, config)?);
    for m in &site.metiers {
        add(format!("/metiers/{}", m.slug), metier::render(site, m, i18n, config)?);
        add(format!("/metiers/{}/quiz", m.slug), quiz::metier(site, m, None, None, i18n, config)?);
    }
    for s in &site.secteurs {
        add(format!("/secteurs/{}", s.slug), secteur::render(site, s, i18n, config)?);
    }
    for c in &site.criteres {
        add(format!("/criteres/{}", c.slug), critere::render(site, c, i18n, config)?);
    }
    for m in &site.metiers {
        by_path.insert(
            format!("/metiers/{}.json", m.slug),
            Page::with_type(donnees::profil_json(m, config), donnees::JSON),
        );
    }
    let mut pages = Pages { by_path };
    let sitemap = donnees::sitemap(site, &pages, config);
    pages.by_path.insert("/sitemap.xml".into(), Page::with_type(sitemap, donnees::XML));
    pages.by_path.insert("/robots.txt".into(), Page::with_type(donnees::robots(config), donnees::TEXTE));
    Ok(pages)
}

/// Renders any askama template (one place to map its error).
pub(crate) fn html(t: &impl Template) -> Result<String, askama::Error> {
    t.render()
}

/// 64-bit FNV-1a: a small, stable hash for ETags and asset fingerprints.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}
