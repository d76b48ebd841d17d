//! The orientation quiz's result (`templates/quiz_resultat.html`): the person's profile and code,
//! then the jobs grouped by fit, each with why. The result is computed by [`Resultat`];
//! this only writes it.
//!
//! Most of the page is the same from one result to another: its frame (head, header,
//! breadcrumbs, footer), and the ranking's job cards, which differ only by their reason and their
//! quiz link. Both are rendered and typeset once per snapshot ([`Prerendu`]), as are the messages
//! and area texts of the page ([`Textes`]); a result renders its own content from typeset texts and
//! puts the pieces together without going over them again: no typography pass per request.

use std::collections::HashMap;

use askama::Template;
use askama::filters::{Escaper, Html};

use super::graphiques::{self, Dessin};
use super::layout::Layout;
use super::libelles;
use super::repetitions::{Apprentissage, Assembleur, Connus, Morceau, Noms, Repetitions};
use super::{Cadre, RenderConfig, TROU};
use crate::content::{Domaine, Metier, NiveauEtudes, Site};
use crate::format;
use crate::i18n::I18n;
use crate::quiz::{
    Bande, Correspondance, Lecture, LienQuiz, MAX_REPONSE, Raison, Resultat, VISIBLES_PAR_BANDE, Vue,
    items_par_domaine, moyenne,
};

/// One area of the person's profile.
pub struct ScoreVue<'a> {
    /// The area's name, escaped and typeset.
    pub nom: &'a str,
    /// Letter.
    pub lettre: char,
    /// "3,4".
    pub score: &'a str,
}

/// A band of the ranking; its cards go where the template puts [`TROU`].
pub struct BandeVue<'a> {
    /// CSS and anchor key.
    pub cle: &'static str,
    /// "Très compatibles" (typeset).
    pub titre: &'a str,
    /// The link under its cards and its words: to the rest of the band ("Voir les 12 autres
    /// métiers de cette catégorie"), or, the band opened, back to its best jobs.
    pub suite: Option<(String, &'a str)>,
    /// "… et 1 200 métiers de plus dans cette catégorie", when the opened band is cut.
    pub non_listes: Option<&'a str>,
}

/// The content of the result page (its frame is [`Prerendu::cadre`]).
#[derive(Template)]
#[template(path = "quiz_resultat.html")]
pub struct ResultatPage<'a> {
    /// Messages, escaped and typeset.
    pub textes: &'a Textes,
    /// The six scores, in R-I-A-S-E-C order.
    pub scores: Vec<ScoreVue<'a>>,
    /// The code, in words ("Investigateur, Entreprenant, puis Conventionnel et Social à égalité"),
    /// escaped and typeset.
    pub code: String,
    /// The code's areas, to explain them: name and description, escaped and typeset.
    pub code_domaines: Vec<&'a (String, String)>,
    /// How the answers read.
    pub lecture: &'static str,
    /// The ranking (empty when the profile cannot be ranked).
    pub bandes: Vec<BandeVue<'a>>,
    /// Where the person's hexagon goes, then each band's cards.
    pub trou: &'static str,
    /// Shareable link of this result.
    pub lien: String,
    /// Link to change the answers.
    pub modifier: String,
    /// The answers, for the study-level form.
    pub r: String,
    /// Study level options: value, label (typeset), chosen.
    pub niveaux: Vec<(&'static str, &'a str, bool)>,
    /// Note when a study level filter is on (typeset).
    pub filtre: Option<&'a str>,
}

/// The messages a page of results shows as they are (`textes.t` in its template), besides
/// the bands' names and the study levels.
const MESSAGES: [&str; 20] = [
    "accueil-tous-les-metiers",
    "metiers-tous-niveaux",
    "quiz-aucun-metier",
    "quiz-code-titre",
    "quiz-exploration",
    "quiz-filtre-actif",
    "quiz-filtrer",
    "quiz-identiques-texte",
    "quiz-identiques-titre",
    "quiz-lien-methode",
    "quiz-metiers-titre",
    "quiz-modifier",
    "quiz-niveau-libelle",
    "quiz-partage-texte",
    "quiz-partage-titre",
    "quiz-plat-texte",
    "quiz-plat-titre",
    "quiz-prive",
    "quiz-profil-titre",
    "quiz-resultat-titre",
];

/// The texts of a page of results, escaped and typeset once per snapshot: those that do not
/// depend on the result, and those that depend only on a number the result has few values of (an
/// area's score, how many jobs a band leaves out).
#[derive(Debug, Default)]
pub struct Textes {
    messages: HashMap<&'static str, String>,
    /// Each area's name and description, in R-I-A-S-E-C order.
    domaines: Vec<(String, String)>,
    /// Each area's score as the page writes it ("3,4") and as the chart's text alternative says
    /// it ("Investigateur 3,4 sur 4"), for every sum of its items' answers.
    scores: [Vec<(String, String)>; 6],
    /// How many items each area has (a score times it is the sum of its answers).
    items: [u32; 6],
    /// The chart's text alternative around its scores ("Vos scores : " and ".").
    alternative: (String, String),
    /// The link to the rest of a band, for each number of jobs not shown.
    autres: Vec<String>,
    /// The note under an opened band cut short, for each number of jobs not listed.
    non_listes: Vec<String>,
    /// The link back from an opened band to its best jobs.
    refermer: String,
}

/// Where the scores go while the text alternative's message is cut around them.
const MARQUE_SCORES: &str = "@@valeurs@@";

impl Textes {
    fn new(site: &Site, i18n: &I18n) -> Result<Textes, askama::Error> {
        let ids = MESSAGES
            .into_iter()
            .chain(Bande::TOUTES.map(libelles::bande))
            .chain(NiveauEtudes::ALL.map(libelles::filtre_niveau));
        let messages = ids.map(|id| Ok((id, compose(&i18n.t(id))?))).collect::<Result<_, askama::Error>>()?;
        let tous = site.domaines.tous();
        let domaines = tous
            .iter()
            .map(|d| Ok((compose(&d.nom)?, compose(&d.description)?)))
            .collect::<Result<_, askama::Error>>()?;
        let items = items_par_domaine(site.items.iter().map(|i| i.domaine));
        let score = |i: usize, somme: u32| -> Result<(String, String), askama::Error> {
            let chiffre = format::decimal(moyenne(somme, items[i]));
            let mots = compose(&score_en_mots(&tous[i].nom, &chiffre, i18n))?;
            Ok((chiffre, mots))
        };
        let mut scores: [Vec<(String, String)>; 6] = Default::default();
        for (i, textes) in scores.iter_mut().enumerate() {
            *textes = (0..=items[i] * u32::from(MAX_REPONSE)).map(|k| score(i, k)).collect::<Result<_, _>>()?;
        }
        let alternative = compose(&i18n.t_args("quiz-scores-alternative", &[("valeurs", MARQUE_SCORES.into())]))?;
        let (avant, apres) = alternative.split_once(MARQUE_SCORES).ok_or(askama::Error::Fmt)?;
        let alternative = (avant.to_string(), apres.to_string());
        let nombre = |id: &str, n: usize| compose(&i18n.t_args(id, &[("nombre", n.into())]));
        let autres = (0..=site.metiers.len()).map(|n| nombre("quiz-bande-autres", n)).collect::<Result<_, _>>()?;
        let non_listes =
            (0..=site.metiers.len()).map(|n| nombre("quiz-bande-non-listes", n)).collect::<Result<_, _>>()?;
        let refermer = nombre("quiz-bande-refermer", VISIBLES_PAR_BANDE)?;
        Ok(Textes { messages, domaines, scores, items, alternative, autres, non_listes, refermer })
    }

    /// The message `id`, escaped and typeset; its id when it is not one of the page's, a mistake a
    /// test catches.
    pub fn t<'b>(&'b self, id: &'b str) -> &'b str {
        self.messages.get(id).map_or(id, String::as_str)
    }

    fn domaine(&self, i: usize) -> &(String, String) {
        &self.domaines[i]
    }

    /// Area `i`'s score as the page writes it, and as the chart's text alternative says it.
    fn score(&self, i: usize, score: f64) -> (&str, &str) {
        // A score is a mean of the area's answers: times their number, the sum, a whole number.
        let somme = (score * f64::from(self.items[i])).round() as usize;
        self.scores[i].get(somme).map_or(("", ""), |(chiffre, mots)| (chiffre, mots))
    }

    /// The chart's text alternative: "Vos scores : Réaliste 3,4 sur 4, …".
    fn alternative(&self, scores: &[f64; 6]) -> String {
        let (avant, apres) = &self.alternative;
        let mut texte = String::with_capacity(avant.len() + apres.len() + 6 * 40);
        texte.push_str(avant);
        for (i, &score) in scores.iter().enumerate() {
            if i > 0 {
                texte.push_str(", ");
            }
            texte.push_str(self.score(i, score).1);
        }
        texte.push_str(apres);
        texte
    }

    /// The link to the `n` jobs of a band not shown.
    fn autres(&self, n: usize) -> &str {
        self.autres.get(n).map_or("", String::as_str)
    }

    /// The note under an opened band that leaves `n` jobs out.
    fn non_listes(&self, n: usize) -> &str {
        self.non_listes.get(n).map_or("", String::as_str)
    }
}

/// Answers of every kind: a profile led by each area, with a study level or a band opened, flat
/// profiles and identical answers — to learn what the page's template writes, and to count the
/// compression codes of such pages (`snapshot.rs`).
pub fn exemples(site: &Site) -> Vec<(Vec<u8>, Option<NiveauEtudes>, Option<Bande>)> {
    let lettres: Vec<usize> = site.items.iter().map(|i| i.domaine.index()).collect();
    let mene_par =
        |domaine: usize| -> Vec<u8> { lettres.iter().map(|&d| if d == domaine { 4 } else { (d % 3) as u8 }).collect() };
    let presque = |valeur: u8| -> Vec<u8> { (0..lettres.len()).map(|i| if i == 0 { valeur } else { 2 }).collect() };
    let mut exemples: Vec<_> = (0..6).map(|d| (mene_par(d), None, None)).collect();
    exemples.extend([
        (mene_par(0), Some(NiveauEtudes::Cess), Some(Bande::Peu)),
        (mene_par(1), Some(NiveauEtudes::Master), Some(Bande::Compatible)),
        (vec![2; lettres.len()], None, None),
        (vec![0; lettres.len()], None, None),
        (presque(3), None, None),
        (presque(1), None, None),
    ]);
    exemples
}

/// Where the text alternative and the shape of the person's hexagon go while it is cut.
const MARQUES: [&str; 2] = ["@@alternative@@", "@@forme@@"];

/// The person's hexagon rendered and typeset, cut at [`MARQUES`]: what comes before its text
/// alternative, between it and its shape's points, and after.
fn hexagone(domaines: &[&Domaine; 6], i18n: &I18n) -> Result<[String; 3], askama::Error> {
    let mut g = graphiques::riasec(&[], 7.0, domaines.map(|d| d.nom.clone()));
    g.formes.push((MARQUES[1].to_string(), "forme-1"));
    let titre = i18n.t("graphique-riasec-titre");
    let svg = super::html(&graphiques::Svg { titre: &titre, alternative: MARQUES[0], dessin: Dessin::Riasec(&g) })?;
    let coupe = svg.split_once(MARQUES[0]).and_then(|(a, reste)| reste.split_once(MARQUES[1]).map(|(b, c)| (a, b, c)));
    let (a, b, c) = coupe.ok_or(askama::Error::Fmt)?;
    Ok([a.to_string(), b.to_string(), c.to_string()])
}

/// `texte` escaped and typeset.
fn compose(texte: &str) -> Result<String, askama::Error> {
    let mut echappe = String::with_capacity(texte.len());
    Html.write_escaped_str(&mut echappe, texte)?;
    Ok(super::typographie::html(&echappe))
}

/// A job's card in the ranking, rendered once with [`TROU`] for its reason and its quiz link.
#[derive(Template)]
#[template(path = "partials/carte_quiz.html")]
struct CarteQuiz<'a> {
    i18n: &'a I18n,
    metier: &'a Metier,
    trou: &'static str,
}

/// What every orientation result shares, rendered and typeset once per snapshot: the frame of the
/// page and the ranking's card of every job, cut into the parts that cards share
/// ([`Morceau`]) so that the page says which of its bytes repeat earlier ones ([`Repetitions`]).
#[derive(Debug, Default)]
pub struct Prerendu {
    /// Head, header, breadcrumbs and footer.
    cadre: Cadre,
    /// For each job of `site.metiers`, its card.
    metiers: Vec<CartePrerendue>,
    /// The line of each reason ([`rang`]), escaped and typeset.
    raisons: Vec<(String, u32)>,
    /// The name of a result's answers, written in each card's link.
    nom_reponses: u32,
    /// The names of the frame's two parts.
    noms_cadre: (u32, u32),
    /// The page's own texts that do not change from one result to another.
    textes: Textes,
    /// The person's hexagon (SVG), cut where its text alternative and its shape go, and the names
    /// of its three pieces.
    hexagone: [(String, u32); 3],
    /// What the page's template writes unchanged from one result to the next, named.
    connus: Connus,
    /// Every named text, until [`Prerendu::textes`] takes them.
    noms: Noms,
}

/// A job's card, cut in three around its reason and its quiz link; and the start of that link, up
/// to the answers.
#[derive(Debug, Default)]
struct CartePrerendue {
    morceaux: [Morceau; 3],
    lien: Morceau,
}

/// The frame of every result: the page is a variant of the quiz's.
fn layout(i18n: &I18n, config: &RenderConfig) -> Layout {
    let titre = i18n.t("quiz-resultat-titre");
    let fil = Layout::fil(i18n, &[(&i18n.t("quiz-titre"), Some("/quiz")), (&titre, None)]);
    let mut layout = Layout::new(i18n, config, "/quiz/resultat", &titre, i18n.t("quiz-resultat-description"), fil);
    layout.variante_de(config, "/quiz");
    layout
}

/// Where a reason's line is kept in [`Cartes::raisons`].
fn rang(raison: Raison) -> usize {
    match raison {
        Raison::Bande(b) => b as usize,
        Raison::Un(i) => Bande::TOUTES.len() + i,
        Raison::Deux(i, j) => Bande::TOUTES.len() + 6 + 6 * i + j,
    }
}

/// Every reason a fit can have, in the order of [`rang`] (two areas are never the same one).
fn toutes_les_raisons() -> impl Iterator<Item = Raison> {
    let bandes = Bande::TOUTES.into_iter().map(Raison::Bande);
    let uns = (0..6).map(Raison::Un);
    let deux = (0..36).map(|k| Raison::Deux(k / 6, k % 6));
    bandes.chain(uns).chain(deux)
}

impl Prerendu {
    /// The frame and the cards of every job of `site`.
    pub fn new(site: &Site, i18n: &I18n, config: &RenderConfig) -> Result<Prerendu, askama::Error> {
        let domaines = site.domaines.tous();
        let mut noms = Noms::default();
        let nom_reponses = noms.de("");
        let raisons = toutes_les_raisons()
            .map(|r| {
                let texte = compose(&raison_en_mots(r, &domaines, i18n))?;
                let nom = noms.de(&texte);
                Ok((texte, nom))
            })
            .collect::<Result<Vec<_>, askama::Error>>()?;
        let metiers = site
            .metiers
            .iter()
            .map(|metier| {
                let mut nom_html = String::new();
                Html.write_escaped_str(&mut nom_html, &metier.nom)?;
                let nom_html = super::typographie::html(&nom_html);
                let variables = [metier.slug.as_str(), nom_html.as_str()];
                let html = super::html(&CarteQuiz { i18n, metier, trou: TROU })?;
                let mut morceaux = html.splitn(3, TROU).map(str::to_string);
                let morceaux =
                    std::array::from_fn(|_| Morceau::new(morceaux.next().unwrap_or_default(), &variables, &mut noms));
                // The link without answers ends where they go: `…/quiz?r=`.
                let mut lien = String::new();
                Html.write_escaped_str(
                    &mut lien,
                    &LienQuiz::metier(&metier.slug, Vue::Formulaire, None, Some(&[])).url(),
                )?;
                Ok(CartePrerendue { morceaux, lien: Morceau::new(lien, &variables, &mut noms) })
            })
            .collect::<Result<_, askama::Error>>()?;
        let cadre = Cadre::new(i18n, layout(i18n, config))?;
        let noms_cadre = (noms.de(&cadre.avant), noms.de(&cadre.apres));
        let textes = Textes::new(site, i18n)?;
        let hexagone = hexagone(&domaines, i18n)?.map(|morceau| {
            let nom = noms.de(&morceau);
            (morceau, nom)
        });
        let mut prerendu = Prerendu {
            cadre,
            metiers,
            raisons,
            nom_reponses,
            noms_cadre,
            noms,
            textes,
            hexagone,
            connus: Connus::default(),
        };
        // The template's own text, and the texts above, are learnt on pages of every kind.
        let mut apprentissage = Apprentissage::default();
        for (reponses, niveau, ouverte) in exemples(site) {
            let resultat = Resultat::calculer(site, &reponses, niveau, ouverte);
            contenu(&resultat, site, &prerendu.textes, i18n, config)?.render_into(&mut apprentissage)?;
        }
        prerendu.connus = apprentissage.connus(&mut prerendu.noms);
        Ok(prerendu)
    }

    /// Every text the pages of results repeat, at the place of its name ([`Repetitions`]); once
    /// only (they are not kept twice).
    pub fn textes(&mut self) -> Vec<String> {
        std::mem::take(&mut self.noms).textes()
    }

    /// About how long a page with `n` cards is.
    fn taille(&self, n: usize) -> usize {
        let carte = self.metiers.first().map_or(0, |c| c.morceaux.iter().map(|m| m.texte().len()).sum::<usize>() + 160);
        self.cadre.avant.len() + self.cadre.apres.len() + 8 * 1024 + n * carte
    }

    /// Writes the cards of `liste` into `out`, their links ending with the answers `r`, and notes
    /// their repeated parts.
    fn ecrire(&self, site: &Site, liste: &[Correspondance], r: &str, out: &mut String, repetitions: &mut Repetitions) {
        for c in liste {
            let Some(carte) = position(site, c.metier).and_then(|i| self.metiers.get(i)) else { continue };
            let [debut, milieu, fin] = &carte.morceaux;
            debut.ecrire(out, repetitions);
            if let Some((raison, nom)) = self.raisons.get(rang(c.raison)) {
                repetitions.ecrire(out, raison, *nom);
            }
            milieu.ecrire(out, repetitions);
            carte.lien.ecrire(out, repetitions);
            repetitions.ecrire(out, r, self.nom_reponses);
            fin.ecrire(out, repetitions);
        }
    }
}

/// A page of results: its HTML, and which of its bytes repeat earlier ones.
#[derive(Debug, Default)]
pub struct PageAssemblee {
    /// The page.
    pub html: String,
    /// Its repeated parts.
    pub repetitions: Repetitions,
}

/// The place of `metier` in `site.metiers`: from its address when it is one of them (no lookup
/// by name for each card), else by its name.
fn position(site: &Site, metier: &Metier) -> Option<usize> {
    let debut = site.metiers.as_ptr() as usize;
    let i = (metier as *const Metier as usize).wrapping_sub(debut) / std::mem::size_of::<Metier>().max(1);
    match site.metiers.get(i) {
        Some(m) if std::ptr::eq(m, metier) => Some(i),
        _ => site.position(&metier.slug),
    }
}

/// The content of the page of `resultat`, its holes left: the hexagon, then each band's cards.
fn contenu<'a>(
    resultat: &Resultat,
    site: &Site,
    textes: &'a Textes,
    i18n: &I18n,
    config: &RenderConfig,
) -> Result<ResultatPage<'a>, askama::Error> {
    let domaines = site.domaines.tous();
    let scores = resultat.profil.scores;
    let niveau = resultat.niveau;
    Ok(ResultatPage {
        textes,
        scores: (0..6)
            .map(|i| ScoreVue {
                nom: &textes.domaine(i).0,
                lettre: crate::content::Riasec::LETTRES[i],
                score: textes.score(i, scores[i]).0,
            })
            .collect(),
        code: compose(&code_en_mots(&resultat.code, &domaines, i18n))?,
        code_domaines: resultat.code.iter().flatten().map(|&i| textes.domaine(i)).collect(),
        lecture: match resultat.lecture {
            Lecture::Identiques => "identiques",
            Lecture::Plat => "plat",
            Lecture::Contraste => "contraste",
        },
        bandes: resultat
            .groupes
            .iter()
            .map(|g| {
                let suite = if g.ouverte {
                    (g.visibles.len() > VISIBLES_PAR_BANDE).then(|| (resultat.lien().url(), textes.refermer.as_str()))
                } else {
                    (g.autres > 0).then(|| (resultat.ouvrir(g.bande).url(), textes.autres(g.autres)))
                };
                BandeVue {
                    cle: g.bande.cle(),
                    titre: textes.t(libelles::bande(g.bande)),
                    suite,
                    non_listes: (g.ouverte && g.autres > 0).then(|| textes.non_listes(g.autres)),
                }
            })
            .collect(),
        trou: TROU,
        lien: format!("{}{}", config.public_url, resultat.lien().url()),
        modifier: resultat.modifier().url(),
        niveaux: NiveauEtudes::ALL
            .iter()
            .map(|n| (n.slug(), textes.t(libelles::filtre_niveau(*n)), niveau == Some(*n)))
            .collect(),
        filtre: niveau.map(|n| textes.t(libelles::filtre_niveau(n))),
        r: crate::quiz::reponses::encode(resultat.reponses),
    })
}

/// Renders `resultat`, with the pieces of the snapshot.
pub fn render(
    resultat: &Resultat,
    site: &Site,
    prerendu: &Prerendu,
    i18n: &I18n,
    config: &RenderConfig,
) -> Result<PageAssemblee, askama::Error> {
    let page = contenu(resultat, site, &prerendu.textes, i18n, config)?;
    let scores = resultat.profil.scores;
    let alternative = prerendu.textes.alternative(&scores);
    // The hexagon is drawn on the jobs' 1–7 scale: the 0–4 scores are stretched to it.
    let forme = graphiques::points_profil(&scores.map(|s| (s / 4.0 * 7.0) as f32), 7.0);
    // The holes, in the template's order: the hexagon, then each band's cards.
    let mut hexagone = Some((alternative, forme));
    let mut listes = resultat.groupes.iter().map(|g| &g.visibles).fuse();
    let cartes = resultat.groupes.iter().map(|g| g.visibles.len()).sum();
    // The answers, as each card's link ends with them (digits: escaping leaves them as they are).
    let mut r = String::new();
    Html.write_escaped_str(&mut r, &page.r)?;
    let mut html = String::with_capacity(prerendu.taille(cartes));
    let mut repetitions = Repetitions::avec_capacite(cartes * 16);
    repetitions.ecrire(&mut html, &prerendu.cadre.avant, prerendu.noms_cadre.0);
    let trou = |out: &mut String, repetitions: &mut Repetitions| {
        if let Some((alternative, forme)) = hexagone.take() {
            let [(avant, a), (entre, b), (apres, c)] = &prerendu.hexagone;
            repetitions.ecrire(out, avant, *a);
            out.push_str(&alternative);
            repetitions.ecrire(out, entre, *b);
            out.push_str(&forme);
            repetitions.ecrire(out, apres, *c);
        } else if let Some(liste) = listes.next() {
            prerendu.ecrire(site, liste, &r, out, repetitions);
        }
    };
    let connus = &prerendu.connus;
    page.render_into(&mut Assembleur { out: &mut html, repetitions: &mut repetitions, connus, trou })?;
    repetitions.ecrire(&mut html, &prerendu.cadre.apres, prerendu.noms_cadre.1);
    Ok(PageAssemblee { html, repetitions })
}

/// "Investigateur 3,4 sur 4, …" for the chart's text alternative.
pub fn scores_en_mots(scores: &[f64; 6], domaines: &[&Domaine; 6], i18n: &I18n) -> String {
    let valeurs = (0..6)
        .map(|i| score_en_mots(&domaines[i].nom, &format::decimal(scores[i]), i18n))
        .collect::<Vec<_>>()
        .join(", ");
    i18n.t_args("quiz-scores-alternative", &[("valeurs", valeurs.into())])
}

/// "Investigateur 3,4 sur 4".
fn score_en_mots(domaine: &str, chiffre: &str, i18n: &I18n) -> String {
    i18n.t_args("quiz-score", &[("domaine", domaine.into()), ("score", chiffre.into())])
}

/// The code's groups in words: ties are said as ties.
fn code_en_mots(groupes: &[Vec<usize>], domaines: &[&Domaine; 6], i18n: &I18n) -> String {
    groupes
        .iter()
        .map(|g| {
            let noms: Vec<String> = g.iter().map(|&i| domaines[i].nom.clone()).collect();
            if noms.len() == 1 {
                noms[0].clone()
            } else {
                i18n.t_args("quiz-code-egalite", &[("domaines", noms.join(", ").into())])
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// One line saying why a job fits.
pub fn raison_en_mots(raison: Raison, domaines: &[&Domaine; 6], i18n: &I18n) -> String {
    let nom = |i: usize| domaines[i].nom.clone();
    match raison {
        Raison::Bande(b) => i18n.t(libelles::pourquoi(b)),
        Raison::Un(i) => i18n.t_args("quiz-pourquoi-un", &[("domaine", nom(i).into())]),
        Raison::Deux(i, j) => {
            i18n.t_args("quiz-pourquoi-deux", &[("premier", nom(i).into()), ("second", nom(j).into())])
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::LazyLock;

    use super::*;

    /// The bundled catalogue and messages.
    static LIVRES: LazyLock<(Site, I18n)> = LazyLock::new(|| {
        let racine = Path::new(env!("CARGO_MANIFEST_DIR"));
        let site = crate::content::load(&racine.join("content")).expect("contenu livré");
        (site, I18n::load(&racine.join("locales/fr")).expect("messages livrés"))
    });
    static TEXTES: LazyLock<Textes> = LazyLock::new(|| Textes::new(&LIVRES.0, &LIVRES.1).expect("textes"));

    proptest::proptest! {
        /// Texts prepared per score and per number of jobs are what composing the message for
        /// that result would give: typography does not change at the places they are joined.
        #[test]
        fn prepared_texts_are_the_messages_composed_for_the_result(
            reponses in proptest::collection::vec(0u8..=MAX_REPONSE, LIVRES.0.items.len()),
            n in 0..=LIVRES.0.metiers.len(),
        ) {
            let (site, i18n) = &*LIVRES;
            let scores = Resultat::calculer(site, &reponses, None, None).profil.scores;
            let attendue = compose(&scores_en_mots(&scores, &site.domaines.tous(), i18n)).unwrap();
            proptest::prop_assert_eq!(TEXTES.alternative(&scores), attendue);
            for (i, score) in scores.iter().enumerate() {
                proptest::prop_assert_eq!(TEXTES.score(i, *score).0, format::decimal(*score));
            }
            let nombre = |id: &str, n: usize| compose(&i18n.t_args(id, &[("nombre", n.into())])).unwrap();
            proptest::prop_assert_eq!(TEXTES.autres(n), nombre("quiz-bande-autres", n));
            proptest::prop_assert_eq!(TEXTES.non_listes(n), nombre("quiz-bande-non-listes", n));
        }
    }

    /// The page's template asks only for messages [`super::Textes`] holds.
    #[test]
    fn the_template_asks_only_for_prepared_messages() {
        let gabarit = include_str!("../../templates/quiz_resultat.html");
        let demandes: Vec<&str> =
            gabarit.split("textes.t(\"").skip(1).filter_map(|reste| reste.split('"').next()).collect();
        assert!(demandes.len() >= 15, "{demandes:?}");
        let absents: Vec<&&str> = demandes.iter().filter(|id| !MESSAGES.contains(id)).collect();
        assert!(absents.is_empty(), "messages à ajouter à MESSAGES : {absents:?}");
    }
}
