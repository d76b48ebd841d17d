//! The served representation of a document: its bytes, its compressed forms (Brotli, gzip) and
//! their validators, and how each becomes an answer — form chosen from `Accept-Encoding`, ETag and
//! `304 Not Modified`, cache policy, the banner of a broken reload ([`servir`]).
//!
//! Every answer that carries a document goes through here: pages rendered with the snapshot, pages
//! computed for a request (searches, comparisons, quiz results), static assets and error pages.
//! [`crate::render`] only writes the documents; `web/` only decides which one answers a request.

pub mod assemblee;
mod envoi;
pub mod memfd;

use axum::body::Bytes;
use axum::http::HeaderValue;

use crate::render::quiz_resultat::PageAssemblee;
use crate::render::{HTML, Rendu, empreinte};

pub use envoi::{CACHE_EMPREINTE, CACHE_PAGE, Cache, Demande, Encodages, servir};

/// A document as it is served: its bytes, its compressed forms and their validators (a page, a
/// JSON document, an asset…).
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
    /// How much time compressing it may take.
    effort: Effort,
    /// Whether compressing it is worth it (text, not images that are compressed already).
    compressible: bool,
}

/// How much time compressing a page may take, from how often it will be served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Effort {
    /// Made with the snapshot and served many times: as small as possible (gzip 9, Brotli 11,
    /// some 70 ms for a 46 KB job page).
    Maximal,
    /// Made on its first request and kept while it is among the most read (a job page beyond
    /// `prerendu_max`): a crawler that reads thousands of them must not cost a minute of processor
    /// each thousand, so gzip 6 and Brotli 5 (a few ms, some 10 % larger).
    Moyen,
    /// Made for one request: the quickest levels, and gzip rather than Brotli ([`Page::forme_pour`]).
    Minimal,
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
        Page::avec_empreinte(body, content_type, hash)
    }

    /// Wraps bytes whose fingerprint (for the ETag) is `hash`.
    fn avec_empreinte(body: Bytes, content_type: &'static str, hash: u64) -> Page {
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
            effort: Effort::Maximal,
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
        Page { effort: Effort::Minimal, ..Page::new(html) }
    }

    /// A page of quiz results made for one request: its gzip form is made at once from what the
    /// renderer knows it repeats ([`assemblee`]), quicker than zlib's quickest level (41 against
    /// 61 µs for a page of 133 cards, `examples/banc_quiz.rs`).
    ///
    /// Its ETag comes from the gzip form, a fifth of its size: that form decodes to one page only,
    /// so two different pages never share it (the same page may get another one with another
    /// snapshot's dictionary: a needless download, never a wrong page).
    pub fn assemblee(page: PageAssemblee, dictionnaire: &assemblee::Dictionnaire) -> Page {
        let gzip = dictionnaire.gzip(page.html.as_bytes(), page.repetitions.morceaux());
        let hash = empreinte(&gzip);
        let page_servie = Page { effort: Effort::Minimal, ..Page::avec_empreinte(Bytes::from(page.html), HTML, hash) };
        let _ = page_servie.gzip.set(Bytes::from(gzip));
        page_servie
    }

    /// The form to send to a client whose best accepted form is `meilleure`, and who accepts gzip
    /// or not. A page made for one request is compressed for that request alone: gzip at its
    /// quickest level costs a third of Brotli's at quality 2 for a page of results (47 against
    /// 142 µs for 26 KB, `examples/banc_quiz.rs`), for about 30 % more bytes (6.1 against 4.7 KB).
    pub fn forme_pour(&self, meilleure: Codage, gzip: bool) -> Codage {
        match meilleure {
            _ if !self.compressible => Codage::Brut,
            Codage::Br if self.effort == Effort::Minimal && gzip => Codage::Gzip,
            _ => meilleure,
        }
    }

    /// The body compressed with gzip (computed once).
    pub fn gzip(&self) -> Bytes {
        self.gzip
            .get_or_init(|| {
                use std::io::Write;
                let niveau = match self.effort {
                    Effort::Minimal => return gzip_rapide(&self.body).map(Bytes::from).unwrap_or_default(),
                    Effort::Moyen => flate2::Compression::default(),
                    Effort::Maximal => flate2::Compression::best(),
                };
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
                let quality = match self.effort {
                    Effort::Maximal => 11,
                    Effort::Moyen => 5,
                    Effort::Minimal => 2,
                };
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

/// A document computed for one request, as it becomes a [`Page`].
pub trait Calculee {
    /// The page served.
    fn page(self) -> Page;
}

impl Calculee for String {
    fn page(self) -> Page {
        Page::ephemere(self)
    }
}

impl Calculee for Page {
    fn page(self) -> Page {
        self
    }
}

impl From<Rendu> for Page {
    /// A page kept with the snapshot: a large body goes to the memory file, from which it is sent
    /// without being copied ([`memfd`]). A page made on demand stays on the heap: a crawler reading
    /// every job of a long catalogue would use up the file's addresses, which are never given twice.
    fn from(rendu: Rendu) -> Page {
        let effort = if rendu.a_la_demande { Effort::Moyen } else { Effort::Maximal };
        let grande = !rendu.a_la_demande && rendu.texte.len() >= memfd::SEUIL;
        let gardee = grande.then(|| memfd::garder(rendu.texte.as_bytes())).flatten();
        let body = gardee.unwrap_or_else(|| Bytes::from(rendu.texte));
        Page { effort, ..Page::fichier(body, rendu.type_media) }
    }
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
