//! The job list's search and filters: parsed from the query string, checked against the
//! catalogue, applied in one pass.

use crate::content::{Metier, NiveauEtudes, Site};
use crate::format::cle_de_tri;
use crate::message::{Message, MessageUtilisateur};
use rayon::prelude::*;

/// Longest search text accepted, in characters.
pub const Q_MAX: usize = 100;
/// Most criteria combined in one search.
pub const CRITERES_MAX: usize = 5;

/// What the visitor asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Filtres {
    /// Search text, as typed (trimmed).
    pub q: Option<String>,
    /// Sector slug.
    pub secteur: Option<String>,
    /// Criterion slugs (all must match).
    pub criteres: Vec<String>,
    /// Highest entry study level.
    pub niveau: Option<NiveauEtudes>,
    /// Page of the results, from 2 (`None` for the first).
    pub page: Option<usize>,
}

/// Jobs per page of a list: the bundled catalogue fits on one page, a catalogue of thousands is
/// split so that no page weighs more than a few hundred kilobytes.
pub const PAGE_TAILLE: usize = 200;

/// Number of pages for `n` results (at least one, even when empty).
pub fn pages(n: usize) -> usize {
    n.div_ceil(PAGE_TAILLE).max(1)
}

/// Why a query cannot be answered; each has a `recherche-erreur-*` message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FiltreError {
    /// Search text too long.
    TexteTropLong,
    /// Unknown sector.
    SecteurInconnu(String),
    /// Unknown criterion.
    CritereInconnu(String),
    /// Too many criteria.
    TropDeCriteres,
    /// Unknown study level.
    NiveauInconnu(String),
    /// The same single-valued parameter given twice.
    ParametreRepete(&'static str),
    /// A page number that is not a whole number from 1.
    PageInvalide(String),
    /// A page past the last one.
    PageAbsente { page: usize, pages: usize },
}

impl MessageUtilisateur for FiltreError {
    fn message(&self) -> Message {
        match self {
            FiltreError::TexteTropLong => Message::new("recherche-erreur-texte-long").avec("max", Q_MAX.to_string()),
            FiltreError::SecteurInconnu(s) => Message::new("recherche-erreur-secteur").avec("valeur", s.as_str()),
            FiltreError::CritereInconnu(c) => Message::new("recherche-erreur-critere").avec("valeur", c.as_str()),
            FiltreError::TropDeCriteres => {
                Message::new("recherche-erreur-criteres").avec("max", CRITERES_MAX.to_string())
            }
            FiltreError::NiveauInconnu(n) => Message::new("recherche-erreur-niveau").avec("valeur", n.as_str()),
            FiltreError::ParametreRepete(p) => Message::new("recherche-erreur-repete").avec("parametre", *p),
            FiltreError::PageInvalide(v) => Message::new("recherche-erreur-page").avec("valeur", v.as_str()),
            FiltreError::PageAbsente { page, pages } => Message::new("recherche-erreur-page-absente")
                .avec("page", page.to_string())
                .avec("pages", pages.to_string()),
        }
    }

    fn tous_les_exemples() -> Vec<FiltreError> {
        vec![
            FiltreError::TexteTropLong,
            FiltreError::SecteurInconnu("x".into()),
            FiltreError::CritereInconnu("x".into()),
            FiltreError::TropDeCriteres,
            FiltreError::NiveauInconnu("x".into()),
            FiltreError::ParametreRepete("q"),
            FiltreError::PageInvalide("x".into()),
            FiltreError::PageAbsente { page: 3, pages: 2 },
        ]
    }
}

impl Filtres {
    /// Reads `(name, value)` pairs of a query string; empty values mean "any".
    pub fn parse<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>, site: &Site) -> Result<Filtres, FiltreError> {
        let mut f = Filtres::default();
        let mut page_vue = false;
        let once = |slot: &Option<String>, name: &'static str| {
            if slot.is_some() { Err(FiltreError::ParametreRepete(name)) } else { Ok(()) }
        };
        for (name, value) in pairs {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match name {
                "q" => {
                    once(&f.q, "q")?;
                    if value.chars().count() > Q_MAX {
                        return Err(FiltreError::TexteTropLong);
                    }
                    f.q = Some(value.to_string());
                }
                "secteur" => {
                    once(&f.secteur, "secteur")?;
                    if site.secteur(value).is_none() {
                        return Err(FiltreError::SecteurInconnu(abrege(value)));
                    }
                    f.secteur = Some(value.to_string());
                }
                "critere" => {
                    if site.critere(value).is_none() {
                        return Err(FiltreError::CritereInconnu(abrege(value)));
                    }
                    if !f.criteres.iter().any(|c| c == value) {
                        f.criteres.push(value.to_string());
                    }
                    if f.criteres.len() > CRITERES_MAX {
                        return Err(FiltreError::TropDeCriteres);
                    }
                }
                "niveau" => {
                    if f.niveau.is_some() {
                        return Err(FiltreError::ParametreRepete("niveau"));
                    }
                    let niveau = NiveauEtudes::ALL.into_iter().find(|n| n.slug() == value);
                    f.niveau = Some(niveau.ok_or_else(|| FiltreError::NiveauInconnu(abrege(value)))?);
                }
                "page" => {
                    if std::mem::replace(&mut page_vue, true) {
                        return Err(FiltreError::ParametreRepete("page"));
                    }
                    let page = value
                        .parse::<usize>()
                        .ok()
                        .filter(|p| *p >= 1 && *p <= 1_000_000)
                        .ok_or_else(|| FiltreError::PageInvalide(abrege(value)))?;
                    f.page = (page > 1).then_some(page);
                }
                // Other parameters (trackers, old links) are ignored rather than refused.
                _ => {}
            }
        }
        Ok(f)
    }

    /// Whether nothing is asked (the plain A–Z list).
    pub fn is_empty(&self) -> bool {
        self == &Filtres::default()
    }

    /// The page asked for, from 1.
    pub fn numero_de_page(&self) -> usize {
        self.page.unwrap_or(1)
    }

    /// Matching jobs, best first: names that start with the search, then names with words that
    /// start with each word, then names that contain them, then the other texts; A–Z within each
    /// group. When the words typed match nothing, close words of the catalogue are tried (one or
    /// two typos); when that fails too, jobs with a close name are suggested.
    pub fn chercher<'a>(&self, site: &'a Site, index: &Index) -> Resultat<'a> {
        let mots: Vec<String> = self.q.as_deref().map(mots_de).unwrap_or_default();
        let trouves = self.avec_mots(site, index, &mots);
        if !trouves.is_empty() || mots.is_empty() {
            return Resultat { metiers: trouves, corrige: None, suggestions: Vec::new() };
        }
        let corriges = index.corriger(&mots);
        if corriges != mots {
            let trouves = self.avec_mots(site, index, &corriges);
            if !trouves.is_empty() {
                return Resultat { metiers: trouves, corrige: Some(corriges.join(" ")), suggestions: Vec::new() };
            }
        }
        Resultat { metiers: Vec::new(), corrige: None, suggestions: index.suggestions(site, &mots.join(" ")) }
    }

    fn avec_mots<'a>(&self, site: &'a Site, index: &Index, mots: &[String]) -> Vec<&'a Metier> {
        let entier = mots.join(" ");
        let mut out: Vec<(u8, &Metier)> = site
            .metiers
            .iter()
            .zip(&index.textes)
            .filter(|(m, _)| self.secteur.as_ref().is_none_or(|s| &m.secteur == s))
            .filter(|(m, _)| self.criteres.iter().all(|c| m.criteres.contains(c)))
            .filter(|(m, _)| self.niveau.is_none_or(|n| m.niveau_etudes <= n))
            .filter_map(|(m, textes)| {
                if mots.is_empty() {
                    return Some((0, m));
                }
                mots.iter().all(|w| textes.tout().contains(w.as_str())).then(|| (rang(textes, mots, &entier), m))
            })
            .collect();
        // The site's list is already A–Z; a stable sort keeps that order within each group.
        out.sort_by_key(|(rang, _)| *rang);
        out.into_iter().map(|(_, m)| m).collect()
    }
}

/// What a search found.
#[derive(Debug, Clone, Default)]
pub struct Resultat<'a> {
    /// The jobs found, best first.
    pub metiers: Vec<&'a Metier>,
    /// The search as corrected, when the words typed matched nothing but close ones did.
    pub corrige: Option<String>,
    /// Jobs with a name close to the search, when nothing matched at all.
    pub suggestions: Vec<&'a Metier>,
}

/// How many jobs "Vouliez-vous dire" proposes at most.
pub const SUGGESTIONS_MAX: usize = 3;

/// The search words in [`cle_de_tri`] form.
fn mots_de(q: &str) -> Vec<String> {
    cle_de_tri(q).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// 0: a name starts with the search; 1: each word starts a word of the names; 2: the names
/// contain each word; 3: only the other texts do.
fn rang(textes: &TextesDeRecherche, mots: &[String], entier: &str) -> u8 {
    let mots_des_noms = || textes.noms().split(|c: char| !c.is_alphanumeric());
    if textes.noms_separes().any(|n| n.starts_with(entier)) {
        0
    } else if mots.iter().all(|w| mots_des_noms().any(|n| n.starts_with(w.as_str()))) {
        1
    } else if mots.iter().all(|w| textes.noms().contains(w.as_str())) {
        2
    } else {
        3
    }
}

/// Most edits a typed word may be from a word of the catalogue to be read as a typo.
fn tolerance(mot: &str) -> usize {
    match mot.chars().count() {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    }
}

/// What the search looks into, built once per snapshot from the catalogue: normalising every
/// job's texts on each search cost a long catalogue dearly.
#[derive(Debug, Default)]
pub struct Index {
    /// Each job's texts, in the order of [`Site::metiers`].
    textes: Vec<TextesDeRecherche>,
    /// Every distinct word (3 letters or more) of those texts, each with whether it appears in a
    /// job's names, for the typo correction.
    vocabulaire: Vec<(String, bool)>,
}

impl Index {
    /// The index of `site`'s jobs.
    pub fn de(site: &Site) -> Index {
        let nom_du_secteur = |m: &Metier| site.secteur(&m.secteur).map_or("", |s| s.nom.as_str());
        let textes: Vec<TextesDeRecherche> =
            site.metiers.par_iter().map(|m| TextesDeRecherche::de(m, nom_du_secteur(m))).collect();
        let mut mots: std::collections::HashMap<&str, bool> = std::collections::HashMap::new();
        for t in &textes {
            for (dans_nom, texte) in [(true, t.noms()), (false, t.tout())] {
                for v in texte.split(|c: char| !c.is_alphanumeric()).filter(|v| v.len() >= 3) {
                    *mots.entry(v).or_insert(dans_nom) |= dans_nom;
                }
            }
        }
        // Sorted: among equally close words, the correction picks the first.
        let mut vocabulaire: Vec<(String, bool)> = mots.into_iter().map(|(m, n)| (m.to_string(), n)).collect();
        vocabulaire.sort_unstable();
        Index { textes, vocabulaire }
    }

    /// The job called `nom` (its name or one of its other names; accents and case ignored).
    pub fn metier_nomme<'a>(&self, site: &'a Site, nom: &str) -> Option<&'a Metier> {
        // The page shows names with French typography (’, no-break spaces): a name sent back from it
        // is read as the editor wrote it.
        let nom = nom.replace('\u{2019}', "'").replace(['\u{A0}', '\u{202F}'], " ");
        let cle = cle_de_tri(nom.trim());
        site.metiers.iter().zip(&self.textes).find(|(_, t)| t.noms_separes().any(|n| n == cle)).map(|(m, _)| m)
    }

    /// Each word that matches nothing, replaced by the closest word of the catalogue's texts
    /// (names first) within [`tolerance`]; the others kept.
    fn corriger(&self, mots: &[String]) -> Vec<String> {
        mots.iter()
            .map(|w| {
                let max = tolerance(w);
                // A word too short to be read as a typo, or found as it is, stays.
                if max == 0 || self.textes.iter().any(|t| t.tout().contains(w.as_str())) {
                    return w.clone();
                }
                let mut meilleur: Option<(usize, bool, &str)> = None;
                // Each distinct word of the catalogue once (names first), not each word of each fiche.
                for (v, dans_nom) in &self.vocabulaire {
                    let d = strsim::damerau_levenshtein(w, v);
                    // A word typed halfway with a slip ("electrit") is read against the start.
                    let debut: String = v.chars().take(w.chars().count()).collect();
                    let d = d.min(strsim::damerau_levenshtein(w, &debut) + usize::from(debut != *v));
                    if d <= max && meilleur.is_none_or(|(md, mn, _)| (d, !*dans_nom) < (md, !mn)) {
                        meilleur = Some((d, *dans_nom, v));
                    }
                }
                meilleur.map_or_else(|| w.clone(), |(_, _, v)| v.to_string())
            })
            .collect()
    }

    /// Jobs whose names (or other names) are closest to `q`, when close enough to be a lead.
    fn suggestions<'a>(&self, site: &'a Site, q: &str) -> Vec<&'a Metier> {
        if q.chars().count() < 3 {
            return Vec::new();
        }
        let mut proches: Vec<(f64, &Metier)> = site
            .metiers
            .iter()
            .zip(&self.textes)
            .map(|(m, t)| {
                let score = t.noms_separes().map(|n| strsim::jaro_winkler(q, n)).fold(0.0, f64::max);
                (score, m)
            })
            .filter(|(score, _)| *score >= 0.8)
            .collect();
        proches.sort_by(|a, b| b.0.total_cmp(&a.0));
        proches.into_iter().take(SUGGESTIONS_MAX).map(|(_, m)| m).collect()
    }
}

/// What the search looks into for one job, in [`cle_de_tri`] form, in one allocation.
#[derive(Debug, Clone)]
struct TextesDeRecherche {
    /// The names (its name, then each other name, one per line), then the tagline and the sector's
    /// name.
    tout: Box<str>,
    /// Where the names end in `tout`.
    fin_des_noms: usize,
}

impl TextesDeRecherche {
    /// The texts of `m`, whose sector is called `secteur`.
    fn de(m: &Metier, secteur: &str) -> TextesDeRecherche {
        let noms: Vec<String> = std::iter::once(&m.nom).chain(&m.autres_noms).map(|n| cle_de_tri(n)).collect();
        let noms = noms.join("\n");
        let fin_des_noms = noms.len();
        let tout = format!("{noms} {} {}", cle_de_tri(&m.accroche), cle_de_tri(secteur)).into_boxed_str();
        TextesDeRecherche { tout, fin_des_noms }
    }

    /// The names, one per line (a line break is no letter: words never run across two names).
    fn noms(&self) -> &str {
        &self.tout[..self.fin_des_noms]
    }

    /// Its name and each other name.
    fn noms_separes(&self) -> impl Iterator<Item = &str> {
        self.noms().split('\n')
    }

    /// The names, the tagline and the sector's name.
    fn tout(&self) -> &str {
        &self.tout
    }
}

/// A value quoted back in an error message, cut to a readable length.
fn abrege(value: &str) -> String {
    const MAX: usize = 40;
    if value.chars().count() <= MAX { value.to_string() } else { value.chars().take(MAX).collect::<String>() + "…" }
}
