//! The job list with its search and filters (`templates/metiers.html`), and the job cards every
//! list shares (`templates/partials/cartes.html`).

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use super::libelles;
use crate::catalogue::recherche::{Filtres, PAGE_TAILLE, Resultat, pages};
use crate::content::{Metier, NiveauEtudes, Site};
use crate::i18n::I18n;

/// A job as shown in a list.
pub struct Carte<'a> {
    /// Link target.
    pub url: String,
    /// Name.
    pub nom: &'a str,
    /// Tagline.
    pub accroche: &'a str,
    /// Sector name.
    pub secteur: &'a str,
    /// Study level label.
    pub niveau: String,
}

/// Cards for `metiers`, in the given order.
pub fn cartes<'a>(site: &'a Site, metiers: impl Iterator<Item = &'a Metier>, i18n: &I18n) -> Vec<Carte<'a>> {
    metiers
        .map(|m| Carte {
            url: format!("/metiers/{}", m.slug),
            nom: &m.nom,
            accroche: &m.accroche,
            secteur: site.secteur(&m.secteur).map_or("", |s| s.nom.as_str()),
            niveau: i18n.t(libelles::niveau(m.niveau_etudes)),
        })
        .collect()
}

/// The cards of the first page of `metiers`, and, when there are more, a link to the whole list
/// (`/metiers` with `filtres`, paginated): a sector or criterion page stays light at any size.
pub fn premiere_page<'a>(
    site: &'a Site,
    metiers: impl Iterator<Item = &'a Metier>,
    filtres: &Filtres,
    i18n: &I18n,
) -> (Vec<Carte<'a>>, Option<(String, String)>) {
    let metiers: Vec<&Metier> = metiers.collect();
    let suite = (metiers.len() > PAGE_TAILLE)
        .then(|| (i18n.t_args("metiers-voir-tous", &[("nombre", metiers.len().into())]), url_de(filtres)));
    (cartes(site, metiers.into_iter().take(PAGE_TAILLE), i18n), suite)
}

/// An option of a filter.
pub struct Choix<'a> {
    /// Value sent.
    pub valeur: &'a str,
    /// Label shown.
    pub libelle: String,
    /// Whether it is the current choice.
    pub choisi: bool,
}

/// An active filter, with the link that removes it.
pub struct FiltreActif {
    /// What it is ("Secteur : Santé").
    pub libelle: String,
    /// The same search without it.
    pub retirer: String,
}

/// Every job, or those matching a search.
#[derive(Template)]
#[template(path = "metiers.html")]
pub struct MetiersPage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// The jobs shown.
    pub cartes: Vec<Carte<'a>>,
    /// "N métiers".
    pub compte: String,
    /// Search text, as typed.
    pub q: &'a str,
    /// Sector options.
    pub secteurs: Vec<Choix<'a>>,
    /// Study level options.
    pub niveaux: Vec<Choix<'a>>,
    /// Criterion options.
    pub criteres: Vec<Choix<'a>>,
    /// Active filters.
    pub actifs: Vec<FiltreActif>,
    /// "Résultats pour « électricien »", when the search was corrected.
    pub corrige: Option<String>,
    /// "Vouliez-vous dire …" leads, when nothing matched.
    pub suggestions: Vec<Carte<'a>>,
    /// Whether nothing matched.
    pub vide: bool,
    /// In A–Z order (no search text): the cards of this page under their initial letter.
    pub groupes: Vec<(String, Vec<Carte<'a>>)>,
    /// In A–Z order: every letter, linked when some job starts with it (on this page or another).
    pub lettres: Vec<(String, Option<String>)>,
    /// Links to the other pages, when the list has more than one.
    pub pagination: Option<Pagination>,
}

/// Links between the pages of a long list.
pub struct Pagination {
    /// What the links lead through, for screen readers ("Pages de la liste").
    pub etiquette: String,
    /// "Page 2 sur 50".
    pub position: String,
    /// The previous page.
    pub precedente: Option<String>,
    /// The next page.
    pub suivante: Option<String>,
    /// Every page: number, link (none for the current page).
    pub numeros: Vec<(usize, Option<String>)>,
}

/// The initial a list files a job under: its first letter without accent, or "#".
fn initiale(nom: &str) -> String {
    match crate::format::cle_de_tri(nom).chars().next() {
        Some(c) if c.is_ascii_alphabetic() => c.to_ascii_uppercase().to_string(),
        _ => "#".to_string(),
    }
}

/// The anchor of an initial.
fn ancre(initiale: &str) -> String {
    if initiale == "#" { "lettre-autres".into() } else { format!("lettre-{}", initiale.to_lowercase()) }
}

/// Pagination links for `page` of `n` results, or `None` when one page holds them all.
fn pagination(f: &Filtres, page: usize, n: usize, i18n: &I18n) -> Option<Pagination> {
    let total = pages(n);
    if total == 1 {
        return None;
    }
    let lien = |p: usize| url_de(&Filtres { page: (p > 1).then_some(p), ..f.clone() });
    Some(Pagination::new(i18n.t("metiers-pagination"), page, total, lien, i18n))
}

impl Pagination {
    /// Links for page `page` of `total`, each page's address given by `lien`.
    pub fn new(
        etiquette: String,
        page: usize,
        total: usize,
        lien: impl Fn(usize) -> String,
        i18n: &I18n,
    ) -> Pagination {
        Pagination {
            etiquette,
            position: i18n.t_args("metiers-page-position", &[("page", page.into()), ("pages", total.into())]),
            precedente: (page > 1).then(|| lien(page - 1)),
            suivante: (page < total).then(|| lien(page + 1)),
            numeros: (1..=total).map(|p| (p, (p != page).then(|| lien(p)))).collect(),
        }
    }
}

/// Renders `/metiers`: every job, A–Z.
pub fn render(site: &Site, i18n: &I18n, config: &RenderConfig) -> Result<String, askama::Error> {
    let tous = Resultat { metiers: site.metiers.iter().collect(), ..Resultat::default() };
    render_resultat(site, &Filtres::default(), tous, i18n, config)
}

/// Renders `/metiers` for `filtres` whose search already ran (`resultat`).
pub fn render_resultat<'a>(
    site: &'a Site,
    filtres: &Filtres,
    resultat: Resultat<'a>,
    i18n: &I18n,
    config: &RenderConfig,
) -> Result<String, askama::Error> {
    let mut layout =
        Layout::rubrique(i18n, config, "/metiers", &i18n.t("metiers-titre"), i18n.t("metiers-description"));
    // Filtered lists are views of the same page: only the plain list is indexed.
    layout.indexable = filtres.is_empty();
    let niveau_choisi = filtres.niveau;
    let total = resultat.metiers.len();
    let numero = filtres.numero_de_page().min(pages(total));
    let debut = (numero - 1) * PAGE_TAILLE;
    let de_la_page = &resultat.metiers[debut..(debut + PAGE_TAILLE).min(total)];
    // Without search text the list is A–Z: it is filed under initials, with an index.
    let (groupes, lettres) = if filtres.q.is_none() {
        let mut groupes: Vec<(String, Vec<Carte<'_>>)> = Vec::new();
        for carte in cartes(site, de_la_page.iter().copied(), i18n) {
            let i = initiale(carte.nom);
            match groupes.last_mut() {
                Some((l, g)) if *l == i => g.push(carte),
                _ => groupes.push((i, vec![carte])),
            }
        }
        let mut premieres: Vec<(String, usize)> = Vec::new();
        for (rang, m) in resultat.metiers.iter().enumerate() {
            let i = initiale(&m.nom);
            if premieres.last().is_none_or(|(l, _)| *l != i) {
                premieres.push((i, rang));
            }
        }
        let lettres = ('A'..='Z')
            .map(|c| c.to_string())
            .chain(std::iter::once("#".to_string()))
            .filter(|l| l != "#" || premieres.iter().any(|(p, _)| p == "#"))
            .map(|l| {
                let lien = premieres.iter().find(|(p, _)| *p == l).map(|(_, rang)| {
                    let sa_page = rang / PAGE_TAILLE + 1;
                    let base = if sa_page == numero {
                        String::new()
                    } else {
                        url_de(&Filtres { page: (sa_page > 1).then_some(sa_page), ..filtres.clone() })
                    };
                    format!("{base}#{}", ancre(&l))
                });
                (l, lien)
            })
            .collect();
        (groupes, lettres)
    } else {
        (Vec::new(), Vec::new())
    };
    let page = MetiersPage {
        vide: total == 0,
        i18n,
        compte: i18n.t_args("metiers-compte", &[("nombre", total.into())]),
        cartes: if filtres.q.is_none() { Vec::new() } else { cartes(site, de_la_page.iter().copied(), i18n) },
        groupes,
        lettres,
        pagination: pagination(filtres, numero, total, i18n),
        corrige: resultat.corrige.map(|c| i18n.t_args("metiers-corrige", &[("recherche", c.into())])),
        suggestions: cartes(site, resultat.suggestions.into_iter(), i18n),
        q: filtres.q.as_deref().unwrap_or(""),
        secteurs: site
            .secteurs
            .iter()
            .filter(|s| site.metiers_du_secteur(&s.slug).next().is_some())
            .map(|s| Choix {
                valeur: &s.slug,
                libelle: s.nom.clone(),
                choisi: filtres.secteur.as_ref() == Some(&s.slug),
            })
            .collect(),
        niveaux: NiveauEtudes::ALL
            .iter()
            .map(|n| Choix {
                valeur: n.slug(),
                libelle: i18n.t(libelles::filtre_niveau(*n)),
                choisi: niveau_choisi == Some(*n),
            })
            .collect(),
        criteres: site
            .criteres
            .iter()
            .map(|c| Choix { valeur: &c.slug, libelle: c.nom.clone(), choisi: filtres.criteres.contains(&c.slug) })
            .collect(),
        actifs: actifs(site, filtres, i18n),
        layout,
    };
    super::html(&page)
}

/// The active filters, each with the URL of the same search without it.
fn actifs(site: &Site, f: &Filtres, i18n: &I18n) -> Vec<FiltreActif> {
    let mut out = Vec::new();
    let url = |g: Filtres| url_de(&g);
    if let Some(q) = &f.q {
        out.push(FiltreActif {
            libelle: i18n.t_args("metiers-filtre-q", &[("q", q.clone().into())]),
            retirer: url(Filtres { q: None, page: None, ..f.clone() }),
        });
    }
    if let Some(s) = f.secteur.as_deref().and_then(|s| site.secteur(s)) {
        out.push(FiltreActif {
            libelle: i18n.t_args("metiers-filtre-secteur", &[("secteur", s.nom.clone().into())]),
            retirer: url(Filtres { secteur: None, page: None, ..f.clone() }),
        });
    }
    for c in f.criteres.iter().filter_map(|c| site.critere(c)) {
        let reste = f.criteres.iter().filter(|x| **x != c.slug).cloned().collect();
        out.push(FiltreActif {
            libelle: i18n.t_args("metiers-filtre-critere", &[("critere", c.nom.clone().into())]),
            retirer: url(Filtres { criteres: reste, page: None, ..f.clone() }),
        });
    }
    if let Some(n) = f.niveau {
        out.push(FiltreActif {
            libelle: i18n.t(libelles::filtre_niveau(n)),
            retirer: url(Filtres { niveau: None, page: None, ..f.clone() }),
        });
    }
    out
}

/// The `/metiers` URL of a search.
pub fn url_de(f: &Filtres) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    if let Some(q) = &f.q {
        query.append_pair("q", q);
    }
    if let Some(s) = &f.secteur {
        query.append_pair("secteur", s);
    }
    for c in &f.criteres {
        query.append_pair("critere", c);
    }
    if let Some(n) = f.niveau {
        query.append_pair("niveau", n.slug());
    }
    if let Some(p) = f.page {
        query.append_pair("page", &p.to_string());
    }
    let query = query.finish();
    if query.is_empty() { "/metiers".to_string() } else { format!("/metiers?{query}") }
}
