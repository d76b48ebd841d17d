//! Rendering: turns a validated [`Site`] and the French messages into finished HTML pages.
//!
//! Pages that depend only on content are rendered once per snapshot ([`build`]); the web layer
//! only looks them up. Nothing here knows about HTTP.

pub mod a_propos;
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
mod pages;
pub mod penuries;
pub mod provenance;
pub mod quiz;
pub mod quiz_methode;
pub mod quiz_metier;
pub mod quiz_resultat;
pub mod secteur;
pub mod sources;
pub mod typographie;

use askama::Template;
use axum::body::Bytes;

use crate::i18n;
use axum::http::HeaderValue;

pub use layout::Layout;
pub use pages::{Pages, build};

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
    /// on its first request and then kept (a large catalogue starts fast and stays small).
    pub prerendu_max: usize,
    /// The static assets, read with each snapshot (embedded unless a folder is given).
    pub statiques: crate::dossier::Dossier,
    /// Address where readers report an error (shown on `/a-propos`), when the operator set one.
    pub contact: Option<String>,
}

/// Default of [`RenderConfig::prerendu_max`].
pub const PRERENDU_MAX: usize = 1000;

impl RenderConfig {
    /// Settings for a site published at `public_url`, with the assets of `statiques`
    /// (their URLs carry a content hash so browsers can cache them for good).
    pub fn new(public_url: &str, statiques: impl Into<crate::dossier::Dossier>) -> RenderConfig {
        let statiques = statiques.into();
        let versioned = |file: &str| match statiques.lire(file) {
            Ok(bytes) => format!("/static/{file}?v={}", crate::ressources::version(&bytes)),
            Err(_) => format!("/static/{file}"),
        };
        RenderConfig {
            public_url: public_url.trim_end_matches('/').to_string(),
            css_url: versioned("style.css"),
            favicon_url: versioned("favicon.svg"),
            quiz_url: String::new(),
            prerendu_max: PRERENDU_MAX,
            statiques,
            contact: None,
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
    /// The ETag header of each form, in the order of [`Codage`] (each form is a representation
    /// of its own, so its validator differs).
    validateurs: [HeaderValue; 3],
    /// gzip form, made on first demand and then kept.
    gzip: std::sync::OnceLock<Bytes>,
    /// Brotli form, made on first demand and then kept.
    br: std::sync::OnceLock<Bytes>,
    /// Whether compression may take its time (a page served many times) or must be quick
    /// (a page made for one request).
    durable: bool,
    /// Whether compressing it is worth it (text, not images that are compressed already).
    compressible: bool,
}

/// The forms a page is served in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codage {
    /// The bytes as rendered.
    Brut,
    /// Compressed with Brotli.
    Br,
    /// Compressed with gzip.
    Gzip,
}

impl Codage {
    /// Every form, in the order of their index.
    pub const TOUS: [Codage; 3] = [Codage::Brut, Codage::Br, Codage::Gzip];

    /// Its `Content-Encoding`, if compressed.
    pub fn content_encoding(self) -> Option<&'static str> {
        match self {
            Codage::Brut => None,
            Codage::Br => Some("br"),
            Codage::Gzip => Some("gzip"),
        }
    }

    /// What its ETag adds to the page's.
    fn suffixe(self) -> &'static str {
        match self {
            Codage::Brut => "",
            Codage::Br => "-br",
            Codage::Gzip => "-gz",
        }
    }
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
        Page::fichier(Bytes::from(body), content_type)
    }

    /// Wraps any bytes (a page, an image…) of this media type and computes its ETag.
    pub fn fichier(body: Bytes, content_type: &'static str) -> Page {
        let hash = empreinte(&body);
        let validateurs = Codage::TOUS.map(|c| {
            HeaderValue::try_from(format!("\"{hash:016x}{}\"", c.suffixe()))
                .expect("hexadecimal digits are a valid header")
        });
        let compressible =
            content_type.starts_with("text/") || ["json", "xml", "javascript"].iter().any(|t| content_type.contains(t));
        Page {
            body,
            content_type,
            validateurs,
            gzip: Default::default(),
            br: Default::default(),
            durable: true,
            compressible,
        }
    }

    /// Whether it is worth sending compressed.
    pub fn compressible(&self) -> bool {
        self.compressible
    }

    /// An HTML page made for one request: compressed quickly rather than as small as possible, and
    /// in gzip rather than Brotli when the client takes both ([`Page::forme_pour`]).
    pub fn ephemere(html: String) -> Page {
        Page { durable: false, ..Page::new(html) }
    }

    /// The form to send to a client whose best accepted form is `meilleure`, and who accepts gzip
    /// or not. A page made for one request is compressed for that request alone: gzip at its
    /// quickest level costs a third of Brotli's at quality 2 for a page of results (47 against
    /// 142 µs for 26 KB, `examples/banc_quiz.rs`), for about 30 % more bytes (6.1 against 4.7 KB).
    pub fn forme_pour(&self, meilleure: Codage, gzip: bool) -> Codage {
        match meilleure {
            _ if !self.compressible => Codage::Brut,
            Codage::Br if !self.durable && gzip => Codage::Gzip,
            _ => meilleure,
        }
    }

    /// The body compressed with gzip (computed once).
    pub fn gzip(&self) -> Bytes {
        self.gzip
            .get_or_init(|| {
                use std::io::Write;
                if !self.durable {
                    return gzip_rapide(&self.body).map(Bytes::from).unwrap_or_default();
                }
                let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
                e.write_all(&self.body).and_then(|()| e.finish()).map(Bytes::from).unwrap_or_default()
            })
            .clone()
    }

    /// The body compressed with Brotli (computed once).
    pub fn br(&self) -> Bytes {
        self.br
            .get_or_init(|| {
                let mut out = Vec::new();
                let quality = if self.durable { 11 } else { 2 };
                // A window just large enough for the page: a 4 MiB one costs more to set up than
                // compressing a 15 KB quiz result.
                let lgwin = (usize::BITS - self.body.len().max(1).leading_zeros()).clamp(16, 22) as i32;
                let params = brotli::enc::BrotliEncoderParams { quality, lgwin, ..Default::default() };
                match brotli::BrotliCompress(&mut &self.body[..], &mut out, &params) {
                    Ok(_) => Bytes::from(out),
                    Err(_) => Bytes::new(),
                }
            })
            .clone()
    }

    /// Whether the body in `codage` is at hand, without compressing anything.
    pub fn forme_prete(&self, codage: Codage) -> bool {
        match codage {
            Codage::Brut => true,
            Codage::Br => self.br.get().is_some(),
            Codage::Gzip => self.gzip.get().is_some(),
        }
    }

    /// The body in `codage`, and its ETag header.
    pub fn forme(&self, codage: Codage) -> (Bytes, &HeaderValue) {
        let body = match codage {
            Codage::Brut => self.body.clone(),
            Codage::Br => self.br(),
            Codage::Gzip => self.gzip(),
        };
        (body, &self.validateurs[codage as usize])
    }

    /// The document as text (every page is UTF-8).
    pub fn text(&self) -> &str {
        std::str::from_utf8(&self.body).unwrap_or_default()
    }
}

/// `body` in gzip at the quickest level, with a compressor kept by each thread: a new one would
/// allocate (and the system map, then unmap) some 300 KB of tables for each page.
fn gzip_rapide(body: &[u8]) -> Option<Vec<u8>> {
    use flate2::{Compress, Compression, FlushCompress, Status};
    thread_local! {
        static COMPRESSEUR: std::cell::RefCell<Compress> = std::cell::RefCell::new(Compress::new_gzip(Compression::fast(), 15));
    }
    let compresser = |c: &mut Compress| {
        c.reset();
        let mut out = Vec::with_capacity(body.len() / 2 + 64);
        loop {
            let lu = usize::try_from(c.total_in()).ok()?;
            match c.compress_vec(body.get(lu..)?, &mut out, FlushCompress::Finish).ok()? {
                Status::StreamEnd => return Some(out),
                Status::Ok | Status::BufError => out.reserve(out.capacity().max(64)),
            }
        }
    };
    COMPRESSEUR.with(|c| match c.try_borrow_mut() {
        Ok(mut c) => compresser(&mut c),
        Err(_) => compresser(&mut Compress::new_gzip(Compression::fast(), 15)),
    })
}

/// Renders a page template, with French typography applied to its text.
pub(crate) fn html(t: &impl Template) -> Result<String, askama::Error> {
    Ok(typographie::html(&t.render()?))
}

/// Marks, in a template, where HTML already typeset goes ([`html_dans`]). A comment: text from
/// the content or the messages can never make one, since askama escapes its `<`.
pub const TROU: &str = "<!--trou-->";

/// Appends a template to `out` with French typography applied to its text, each [`TROU`] filled,
/// in order, by `remplir` with HTML already typeset (pieces made once per snapshot), which the
/// typography does not go over again. Typography only changes text between tags, so a piece that
/// starts at a tag and ends with one or with white space reads the same alone as in the page.
pub(crate) fn html_dans(
    t: &impl Template,
    out: &mut String,
    mut remplir: impl FnMut(&mut String),
) -> Result<(), askama::Error> {
    thread_local! {
        /// The template's text before typography, kept from one page to the next.
        static BRUT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    let mut composer = |brut: &mut String| {
        brut.clear();
        t.render_into(brut)?;
        let mut morceaux = brut.split(TROU);
        if let Some(premier) = morceaux.next() {
            typographie::html_dans(premier, out);
        }
        for morceau in morceaux {
            remplir(out);
            typographie::html_dans(morceau, out);
        }
        Ok(())
    };
    // A page rendered while another is (none today) gets a buffer of its own.
    BRUT.with(|brut| match brut.try_borrow_mut() {
        Ok(mut brut) => composer(&mut brut),
        Err(_) => composer(&mut String::new()),
    })
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_made_for_one_request_goes_in_quick_gzip_and_reads_back_whole() {
        use std::io::Read;
        let html = "<p>Résultat : « très compatible ».</p>\n".repeat(700);
        let page = Page::ephemere(html.clone());
        assert_eq!(page.forme_pour(Codage::Br, true), Codage::Gzip);
        assert_eq!(page.forme_pour(Codage::Br, false), Codage::Br);
        assert_eq!(page.forme_pour(Codage::Brut, false), Codage::Brut);
        // Twice on the same thread: the kept compressor starts afresh each time.
        for _ in 0..2 {
            let gz = Page::ephemere(html.clone()).gzip();
            let mut lu = String::new();
            flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut lu).unwrap();
            assert_eq!(lu, html);
            assert!(gz.len() < html.len() / 10);
        }
        // A page served many times keeps Brotli.
        assert_eq!(Page::new(html).forme_pour(Codage::Br, true), Codage::Br);
    }
}
