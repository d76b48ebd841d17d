//! Where the time of a fresh quiz result goes: computing, rendering, typography, compression,
//! measured apart over many random answer sets (`cargo run --release --example banc_quiz`).

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use guide_metiers::dossier::Dossier;
use guide_metiers::quiz::Resultat;
use guide_metiers::render::{RenderConfig, quiz_resultat, typographie};
use guide_metiers::representation::Page;
use guide_metiers::snapshot::{Snapshot, Sources};

/// A small, reproducible pseudo-random generator (xorshift).
struct Hasard(u64);

impl Hasard {
    fn suivant(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let racine = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = Sources { content: racine.join("content"), locales: Dossier::Disque(racine.join("locales/fr")) };
    let s = Snapshot::build(&sources, RenderConfig::new("http://127.0.0.1:8091", &racine.join("static")))?;
    let n = s.site.items.len();
    let tours: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(3000).max(1);
    let mut hasard = Hasard(0x9E37_79B9_7F4A_7C15);
    let reponses: Vec<Vec<u8>> = (0..tours).map(|_| (0..n).map(|_| (hasard.suivant() % 5) as u8).collect()).collect();

    // A second argument keeps only the measurements whose name contains it (to profile one).
    let filtre = std::env::args().nth(2).unwrap_or_default();
    let mesurer = |nom: &str, f: &mut dyn FnMut(&[u8]) -> usize| {
        if !nom.contains(filtre.as_str()) {
            return;
        }
        let debut = Instant::now();
        let mut octets = 0;
        for r in &reponses {
            octets += black_box(f(r));
        }
        let us = debut.elapsed().as_secs_f64() * 1e6 / tours as f64;
        println!("{nom:<34} {us:>8.1} µs/page   {:>8} bytes/page", octets / tours);
    };
    // A whole result: computed, then rendered.
    let rendre = |r: &[u8]| {
        quiz_resultat::render(
            &Resultat::calculer(&s.site, r, None, None),
            &s.site,
            &s.prerendu_quiz,
            &s.i18n,
            &s.config,
        )
    };
    let assemblees: Vec<quiz_resultat::PageAssemblee> = reponses.iter().map(|r| rendre(r)).collect::<Result<_, _>>()?;
    let pages: Vec<String> = assemblees.iter().map(|p| p.html.clone()).collect();
    let mut i = 0;
    mesurer("computing (quiz::Resultat)", &mut |r| Resultat::calculer(&s.site, r, None, None).groupes.len());
    mesurer("rendering (computing included)", &mut |r| rendre(r).map_or(0, |p| p.html.len()));
    mesurer("typography alone (whole page)", &mut |_| {
        i = (i + 1) % pages.len();
        typographie::html(&pages[i]).len()
    });
    mesurer("Page::ephemere (ETag hash)", &mut |_| {
        i = (i + 1) % pages.len();
        Page::ephemere(pages[i].clone()).body.len()
    });
    mesurer("brotli (ephemeral page)", &mut |_| {
        i = (i + 1) % pages.len();
        Page::ephemere(pages[i].clone()).br().len()
    });
    for q in [0u32, 1, 2] {
        mesurer(&format!("brotli quality {q}"), &mut |_| {
            i = (i + 1) % pages.len();
            let mut out = Vec::new();
            let params = brotli::enc::BrotliEncoderParams { quality: q as i32, lgwin: 16, ..Default::default() };
            brotli::BrotliCompress(&mut pages[i].as_bytes(), &mut out, &params).map_or(0, |_| out.len())
        });
    }
    for q in [1u32, 2, 3, 6] {
        mesurer(&format!("gzip level {q}"), &mut |_| {
            use std::io::Write;
            i = (i + 1) % pages.len();
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(q));
            e.write_all(pages[i].as_bytes()).and_then(|()| e.finish()).map_or(0, |v| v.len())
        });
    }
    mesurer("gzip (ephemeral page)", &mut |_| {
        i = (i + 1) % pages.len();
        Page::ephemere(pages[i].clone()).gzip().len()
    });
    mesurer("gzip assembled (representation::assemblee)", &mut |_| {
        i = (i + 1) % pages.len();
        let a = &assemblees[i];
        s.dictionnaire_quiz.gzip(a.html.as_bytes(), a.repetitions.morceaux()).len()
    });
    mesurer("gzip assembled, no repetitions known", &mut |_| {
        i = (i + 1) % pages.len();
        s.dictionnaire_quiz.gzip(pages[i].as_bytes(), &[]).len()
    });
    mesurer("whole result: compute, render, gzip assembled", &mut |r| {
        rendre(r).map_or(0, |p| Page::assemblee(p, &s.dictionnaire_quiz).gzip().len())
    });
    Ok(())
}
