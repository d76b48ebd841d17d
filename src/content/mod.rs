//! Content: loads and validates the TOML files of a content folder into an immutable [`Site`].
//!
//! This layer knows nothing of HTTP or HTML. Loading either yields a complete, valid site or a
//! [`Rapport`] listing every problem of every file at once.

pub mod metier;
pub mod nouveau;
pub mod probleme;
pub mod referentiel;
pub mod schema;
pub mod source;
pub mod valider;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use rayon::prelude::*;

pub use metier::{Fiche, FicheError, Metier, NiveauEtudes, Riasec};
pub use probleme::{Diagnostic, Probleme, Rapport};
pub use referentiel::{Critere, Domaine, Domaines, Echelle, Item, Lettre, Secteur};

use referentiel::{AccueilFile, CriteresFile, QuizFile, RmmmgFile, SecteursFile};
pub use referentiel::{PeriodeRmmmg, Selection};
use source::{Seg, Source};
pub use valider::Jour;
use valider::{Checker, References};

/// Everything the site shows, validated.
#[derive(Debug)]
pub struct Site {
    /// Jobs, sorted by name (A–Z, accents ignored).
    pub metiers: Vec<Metier>,
    /// Sectors, in the editors' order.
    pub secteurs: Vec<Secteur>,
    /// Criteria, in the editors' order.
    pub criteres: Vec<Critere>,
    /// The six interest areas.
    pub domaines: Domaines,
    /// The quizzes' answer scale (five labels).
    pub echelle: Echelle,
    /// The legal minimum wage by period, oldest first.
    pub rmmmg: Vec<PeriodeRmmmg>,
    /// The editors' selections for the home page (empty: one job per sector is shown).
    pub accueil: Vec<Selection>,
    /// Warnings found while loading (the site is valid; editors should still act on them).
    pub avertissements: Rapport,
    /// The orientation quiz's items, in order.
    pub items: Vec<Item>,
    index: HashMap<String, usize>,
}

impl Site {
    /// The job with this slug.
    pub fn metier(&self, slug: &str) -> Option<&Metier> {
        self.position(slug).map(|i| &self.metiers[i])
    }

    /// The place of the job with this slug in [`Site::metiers`].
    pub fn position(&self, slug: &str) -> Option<usize> {
        self.index.get(slug).copied()
    }

    /// The sector with this slug.
    pub fn secteur(&self, slug: &str) -> Option<&Secteur> {
        self.secteurs.iter().find(|s| s.slug == slug)
    }

    /// The criterion with this slug.
    pub fn critere(&self, slug: &str) -> Option<&Critere> {
        self.criteres.iter().find(|c| c.slug == slug)
    }

    /// Jobs of a sector, A–Z.
    pub fn metiers_du_secteur<'a>(&'a self, slug: &'a str) -> impl Iterator<Item = &'a Metier> + 'a {
        self.metiers.iter().filter(move |m| m.secteur == slug)
    }

    /// Jobs that have a criterion, A–Z.
    pub fn metiers_du_critere<'a>(&'a self, slug: &'a str) -> impl Iterator<Item = &'a Metier> + 'a {
        self.metiers.iter().filter(move |m| m.criteres.iter().any(|c| c == slug))
    }
}

/// Loads `dir` (`metiers/*.toml`, `secteurs.toml`, `criteres.toml`, `quiz.toml`, `rmmmg.toml`),
/// judging review dates against today.
pub fn load(dir: &Path) -> Result<Site, Rapport> {
    load_au(dir, Jour::aujourdhui())
}

/// Like [`load`], with review dates judged against `aujourdhui`.
pub fn load_au(dir: &Path, aujourdhui: Jour) -> Result<Site, Rapport> {
    let mut rapport = Rapport::default();
    let secteurs = load_list::<SecteursFile, _>(dir, "secteurs.toml", "secteurs", &mut rapport, |f| f.secteurs);
    let criteres = load_list::<CriteresFile, _>(dir, "criteres.toml", "criteres", &mut rapport, |f| f.criteres);
    let quiz = Source::read(&dir.join("quiz.toml"), &mut rapport).and_then(|src| {
        let parsed = src.parse::<QuizFile>(&mut rapport);
        let mut c = Checker::new(&src, &mut rapport);
        c.textes_non_vides();
        if let Some(q) = &parsed {
            valider::quiz(&mut c, q);
        }
        parsed
    });

    let rmmmg = Source::read(&dir.join("rmmmg.toml"), &mut rapport).and_then(|src| {
        let parsed = src.parse::<RmmmgFile>(&mut rapport);
        let mut c = Checker::new(&src, &mut rapport);
        c.textes_non_vides();
        let mut periodes = parsed?.periodes;
        for (i, p) in periodes.iter().enumerate() {
            if let Some(url) = &p.url {
                c.url(&[Seg::Cle("periodes"), Seg::Index(i), Seg::Cle("url")], url);
            }
        }
        periodes.sort_by_key(|p| p.depuis.to_string());
        Some(periodes)
    });

    let files = metier_files(&dir.join("metiers"), &mut rapport);
    let stems: HashSet<String> = files.iter().map(|(stem, _)| stem.clone()).collect();
    let accueil = load_accueil(dir, &stems, &mut rapport);
    let secteur_slugs: Vec<String> = secteurs.iter().flatten().map(|s| s.slug.clone()).collect();
    let critere_slugs: Vec<String> = criteres.iter().flatten().map(|c| c.slug.clone()).collect();
    let periodes = rmmmg.as_deref().unwrap_or_default();
    let refs =
        References { secteurs: &secteur_slugs, criteres: &critere_slugs, metiers: &stems, rmmmg: periodes, aujourdhui };
    let documents = metier::Documents::default();

    // Files are independent: read and checked on every core, reports merged in file order.
    let (lus, rapports): (Vec<Option<Metier>>, Vec<Rapport>) =
        files.par_iter().map(|(slug, path)| load_metier(slug, path, &refs, &documents)).unzip();
    rapports.into_iter().for_each(|r| rapport.diagnostics.extend(r.diagnostics));
    let mut metiers: Vec<Metier> = lus.into_iter().flatten().collect();
    sources_coherentes(&metiers, &files, &mut rapport);

    match (secteurs, criteres, quiz, rmmmg) {
        (Some(secteurs), Some(criteres), Some(QuizFile { domaines, echelle, items }), Some(rmmmg))
            if rapport.sans_erreur() =>
        {
            rapport.sort();
            let avertissements = rapport;
            metiers.par_sort_by_cached_key(|m| crate::format::cle_de_tri(&m.nom));
            let index = metiers.iter().enumerate().map(|(i, m)| (m.slug.clone(), i)).collect();
            Ok(Site { metiers, secteurs, criteres, domaines, echelle, items, rmmmg, accueil, avertissements, index })
        }
        _ => {
            rapport.sort();
            Err(rapport)
        }
    }
}

/// Reads, parses and checks one job file.
fn load_metier(
    slug: &str,
    path: &Path,
    refs: &References<'_>,
    documents: &metier::Documents,
) -> (Option<Metier>, Rapport) {
    let mut rapport = Rapport::default();
    let Some(src) = Source::read(path, &mut rapport) else {
        return (None, rapport);
    };
    if !valider::est_slug(slug) {
        rapport.push(path, (1, 1), Probleme::SlugInvalide { slug: slug.to_string() });
    }
    let mut c = Checker::new(&src, &mut rapport);
    let Some(mut fiche) = c.deserialiser::<Fiche>() else {
        return (None, rapport);
    };
    fiche.slug = slug.to_string();
    valider::metier(&mut c, &fiche, refs);
    valider::doubles_provenances(&mut c, &fiche);
    (Some(Metier::de(fiche, &src.text, documents)), rapport)
}

/// Reads `accueil.toml` if there is one: every selection names existing jobs, at least one.
fn load_accueil(dir: &Path, stems: &HashSet<String>, rapport: &mut Rapport) -> Vec<Selection> {
    let path = dir.join("accueil.toml");
    if !path.exists() {
        return Vec::new();
    }
    let Some(src) = Source::read(&path, rapport) else { return Vec::new() };
    let Some(file) = src.parse::<AccueilFile>(rapport) else { return Vec::new() };
    let mut c = Checker::new(&src, rapport);
    c.textes_non_vides();
    for (i, s) in file.selections.iter().enumerate() {
        let chemin = |j: usize| [Seg::Cle("selections"), Seg::Index(i), Seg::Cle("metiers"), Seg::Index(j)];
        if s.metiers.is_empty() {
            c.err(
                &[Seg::Cle("selections"), Seg::Index(i), Seg::Cle("metiers")],
                Probleme::ListeVide { champ: "selections.metiers".into() },
            );
        }
        let mut vus = HashSet::new();
        for (j, slug) in s.metiers.iter().enumerate() {
            if !stems.contains(slug) {
                c.err(&chemin(j), Probleme::SimilaireInconnu { slug: slug.clone() });
            } else if !vus.insert(slug) {
                c.err(&chemin(j), Probleme::Doublon { valeur: slug.clone() });
            }
        }
    }
    file.selections
}

/// Warns when one address is cited under different titles or publishers: `/sources` groups
/// citations by address, so they must agree.
fn sources_coherentes(metiers: &[Metier], files: &[(String, std::path::PathBuf)], rapport: &mut Rapport) {
    let mut premiere: HashMap<&str, (&str, Option<&str>)> = HashMap::new();
    for m in metiers {
        for r in m.references() {
            let Some(url) = r.url else { continue };
            let vue = (r.titre, r.editeur);
            let deja = *premiere.entry(url).or_insert(vue);
            if deja != vue {
                let path = files.iter().find(|(stem, _)| *stem == m.slug).map(|(_, p)| p.as_path());
                if let Some(path) = path {
                    let p = Probleme::SourceIncoherente {
                        url: url.to_string(),
                        titre: deja.0.to_string(),
                        editeur: deja.1.unwrap_or_default().to_string(),
                    };
                    rapport.push(path, (0, 0), p);
                }
            }
        }
    }
}

/// Something listed in a referential file, with a slug.
trait Entree {
    fn slug(&self) -> &str;
}

impl Entree for Secteur {
    fn slug(&self) -> &str {
        &self.slug
    }
}

impl Entree for Critere {
    fn slug(&self) -> &str {
        &self.slug
    }
}

/// Loads a referential file and checks its slugs (valid, unique).
fn load_list<F, T>(
    dir: &Path,
    file: &str,
    key: &'static str,
    rapport: &mut Rapport,
    items: impl FnOnce(F) -> Vec<T>,
) -> Option<Vec<T>>
where
    F: serde::de::DeserializeOwned,
    T: Entree,
{
    let src = Source::read(&dir.join(file), rapport)?;
    let list = items(src.parse::<F>(rapport)?);
    let mut c = Checker::new(&src, rapport);
    c.textes_non_vides();
    let mut seen = HashSet::new();
    for (i, item) in list.iter().enumerate() {
        let path = [Seg::Cle(key), Seg::Index(i), Seg::Cle("slug")];
        c.slug(&path, item.slug());
        if !seen.insert(item.slug()) {
            c.err(&path, Probleme::SlugDuplique { slug: item.slug().to_string() });
        }
    }
    Some(list)
}

/// `(stem, path)` of every `.toml` file of the jobs folder, sorted.
fn metier_files(dir: &Path, rapport: &mut Rapport) -> Vec<(String, std::path::PathBuf)> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            rapport.push(dir, (1, 1), Probleme::DossierIllisible { detail: e.to_string() });
            return Vec::new();
        }
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter_map(|p| Some((p.file_stem()?.to_string_lossy().into_owned(), p)))
        .collect();
    files.sort();
    files
}
