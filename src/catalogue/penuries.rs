//! The shortage lists of the three regions side by side, built from the `[[penuries]]` of every
//! fiche: which jobs each region's public employment service lists, under which name and status,
//! and which lists are cited.

use crate::content::metier::{Penurie, Reference, Region};
use crate::content::{Metier, Site};

/// One region's column.
#[derive(Debug, Clone)]
pub struct ListeRegionale<'a> {
    /// The region.
    pub region: Region,
    /// The jobs its current list names, A–Z, each with the entry that names it.
    pub metiers: Vec<(&'a Metier, &'a Penurie)>,
    /// The lists cited for it, newest first, once each.
    pub listes: Vec<Reference<'a>>,
}

/// The three regions, in display order; a region with no listed job has an empty column.
pub fn par_region(site: &Site) -> Vec<ListeRegionale<'_>> {
    Region::ALL
        .iter()
        .map(|&region| {
            let metiers: Vec<(&Metier, &Penurie)> = site
                .metiers
                .iter()
                .flat_map(|m| m.penuries.iter().filter(move |p| p.region == region).map(move |p| (m, p)))
                .collect();
            let mut listes: Vec<Reference<'_>> = Vec::new();
            for (_, p) in &metiers {
                let r = p.reference();
                if !listes.iter().any(|l| l.url == r.url && l.titre == r.titre) {
                    listes.push(r);
                }
            }
            listes.sort_by(|a, b| b.annee.cmp(&a.annee).then(a.titre.cmp(b.titre)));
            ListeRegionale { region, metiers, listes }
        })
        .collect()
}

/// The jobs listed in every region that has a list, A–Z.
pub fn partout<'a>(regions: &[ListeRegionale<'a>]) -> Vec<&'a Metier> {
    let avec_liste: Vec<&ListeRegionale<'a>> = regions.iter().filter(|r| !r.metiers.is_empty()).collect();
    if avec_liste.len() < 2 {
        return Vec::new();
    }
    let mut out: Vec<&Metier> = Vec::new();
    for (m, _) in &avec_liste[0].metiers {
        let ailleurs = avec_liste[1..].iter().all(|r| r.metiers.iter().any(|(o, _)| o.slug == m.slug));
        if ailleurs && !out.iter().any(|o| o.slug == m.slug) {
            out.push(m);
        }
    }
    out
}
