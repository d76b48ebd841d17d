//! The bibliography of the site: every document cited by a fiche, a salary table, a figure, a
//! fact, a shortage list, or the legal-minimum table, grouped by document, with who cites it.
//! Also the editors' health report (`check --rapport`). Pure functions over a
//! [`Site`](crate::content::Site).

use std::collections::BTreeMap;

use crate::content::Site;
pub use crate::content::metier::Compte;
use crate::content::metier::{Citation, Reference};

/// One cited document and the fiches that cite it.
#[derive(Debug, Clone)]
pub struct SourceCitee<'a> {
    /// The document, as first cited.
    pub reference: Reference<'a>,
    /// Every year the document is cited for, oldest first.
    pub annees: Vec<u16>,
    /// Whether the legal-minimum table (`rmmmg.toml`) cites it.
    pub rmmmg: bool,
    /// The fiches that cite it (slug, name), A–Z, with the sections that do.
    pub fiches: Vec<(&'a str, &'a str, Vec<Citation>)>,
}

/// How a document is recognised across fiches: its address, else its title and publisher.
fn cle(r: &Reference<'_>) -> String {
    match r.url {
        Some(url) => url.trim_end_matches('/').to_string(),
        None => format!("{}\u{0}{}", crate::format::cle_de_tri(r.titre), r.editeur.unwrap_or_default()),
    }
}

/// Every cited document, sorted by publisher then title (accents and case ignored).
pub fn bibliographie<'a>(site: &'a Site) -> Vec<SourceCitee<'a>> {
    let mut par_cle: BTreeMap<String, SourceCitee<'a>> = BTreeMap::new();
    let mut ajouter = |r: Reference<'a>| -> String {
        let k = cle(&r);
        let entree = par_cle.entry(k.clone()).or_insert_with(|| SourceCitee {
            reference: r,
            annees: Vec::new(),
            rmmmg: false,
            fiches: Vec::new(),
        });
        if let Some(a) = r.annee
            && !entree.annees.contains(&a)
        {
            entree.annees.push(a);
        }
        k
    };
    let mut citations: Vec<(String, &'a str, &'a str, Citation)> = Vec::new();
    let mut rmmmg: Vec<String> = Vec::new();
    for p in &site.rmmmg {
        rmmmg.push(ajouter(p.reference()));
    }
    for m in &site.metiers {
        for (ou, r) in m.citations() {
            citations.push((ajouter(r), &m.slug, &m.nom, ou));
        }
    }
    for k in rmmmg {
        if let Some(e) = par_cle.get_mut(&k) {
            e.rmmmg = true;
        }
    }
    for (k, slug, nom, ou) in citations {
        let Some(e) = par_cle.get_mut(&k) else { continue };
        match e.fiches.iter_mut().find(|(s, _, _)| *s == slug) {
            Some((_, _, sections)) if !sections.contains(&ou) => sections.push(ou),
            Some(_) => {}
            None => e.fiches.push((slug, nom, vec![ou])),
        }
    }
    let mut out: Vec<SourceCitee<'a>> = par_cle.into_values().collect();
    for e in &mut out {
        e.annees.sort_unstable();
        e.fiches.sort_by_cached_key(|(_, nom, _)| crate::format::cle_de_tri(nom));
    }
    out.sort_by_cached_key(|e| {
        let r = &e.reference;
        (crate::format::cle_de_tri(r.editeur.unwrap_or_default()), crate::format::cle_de_tri(r.titre))
    });
    out
}

/// The editors' health report of a site.
#[derive(Debug, Clone)]
pub struct Bilan<'a> {
    /// Number of fiches.
    pub fiches: usize,
    /// Salary tables by provenance.
    pub salaires: Compte,
    /// Figures of "le métier en chiffres" and facts stating a number, by provenance.
    pub chiffres: Compte,
    /// The fiche reviewed longest ago: its review date and slug.
    pub plus_ancienne: Option<(String, &'a str)>,
    /// Distinct documents cited, by year of their figures (a document cited for two years counts
    /// in both).
    pub sources_par_annee: BTreeMap<u16, usize>,
    /// Distinct documents cited.
    pub sources: usize,
}

/// The health report of `site`.
pub fn bilan(site: &Site) -> Bilan<'_> {
    bilan_de(site, &bibliographie(site))
}

/// The health report of `site`, whose bibliography is `biblio`.
pub fn bilan_de<'a>(site: &'a Site, biblio: &[SourceCitee<'_>]) -> Bilan<'a> {
    let mut salaires = Compte::default();
    let mut chiffres = Compte::default();
    for m in &site.metiers {
        if let Some(s) = &m.salaire {
            salaires.ajouter(s.provenance());
        }
        chiffres += m.appuis_des_chiffres;
    }
    let plus_ancienne = site
        .metiers
        .iter()
        .min_by_key(|m| m.mis_a_jour.to_string())
        .map(|m| (m.mis_a_jour.to_string(), m.slug.as_str()));
    let mut sources_par_annee = BTreeMap::new();
    for e in biblio {
        for a in &e.annees {
            *sources_par_annee.entry(*a).or_insert(0) += 1;
        }
    }
    Bilan { fiches: site.metiers.len(), salaires, chiffres, plus_ancienne, sources_par_annee, sources: biblio.len() }
}
