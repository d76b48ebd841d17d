//! Properties over thousands of random inputs: every reader of a visitor's input (quiz answers,
//! quiz form fields, comparison lists, search and filters, any path and query through the whole
//! site) and the content loader give a value or a clean French error, never a panic nor a 500;
//! valid encodings make the round trip.
//!
//! Each property runs a fixed number of cases from a random seed and writes no
//! `proptest-regressions` file: a failure prints its smallest input, to be kept as an example test.

mod common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use axum::http::{StatusCode, Uri, header};
use common::{AppExt, app_for, repo, select};
use guide_metiers::catalogue::recherche::Index as IndexDeRecherche;
use guide_metiers::catalogue::recherche::{CRITERES_MAX, FiltreError, Filtres, Q_MAX, SUGGESTIONS_MAX};
use guide_metiers::content::valider::est_slug;
use guide_metiers::content::{self, Jour, NiveauEtudes, Site};
use guide_metiers::i18n::I18n;
use guide_metiers::message::MessageUtilisateur;
use guide_metiers::quiz::reponses::{LONGUEUR_MAX, encode};
use guide_metiers::quiz::{
    Bande, Correspondance, LISTES_PAR_BANDE, MAX_REPONSE, Partie, ReponsesError, Resultat, VISIBLES_PAR_BANDE,
    parse_reponses,
};
use guide_metiers::render::RenderConfig;
use guide_metiers::snapshot::{Snapshot, Sources};
use guide_metiers::web::App;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use proptest::prelude::*;
use proptest::sample::{Index, select as parmi};
use proptest::test_runner::{TestCaseError, TestCaseResult, TestRunner};

/// The fixture site: three jobs, twelve quiz items, one job with three self-assessment questions.
const MINIMAL: &str = "tests/fixtures/valid/minimal";
/// Items of the fixture's orientation quiz.
const ITEMS: usize = 12;
/// The fixture's job with a self-assessment, and how many questions it has.
const AVEC_AUTO: (&str, usize) = ("ingenieur-civil", 3);
/// Longest query string the site reads (`web::requete::QUERY_MAX`): longer ones are a 400.
const QUERY_MAX: usize = 2048;
/// Review dates are judged on a fixed day, as in `tests/contenu.rs`.
const JOUR: Jour = Jour { annee: 2025, mois: 1, jour: 15 };

/// `cases` random cases, no failure file, shrinking bounded so that a red run still ends quickly.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, failure_persistence: None, max_shrink_time: 20_000, ..ProptestConfig::default() }
}

/// Runs `test` on `cases` values of `strategie`; a failure panics with its smallest input.
fn verifier<S: Strategy>(cases: u32, strategie: S, test: impl Fn(S::Value) -> TestCaseResult) {
    if let Err(e) = TestRunner::new(config(cases)).run(&strategie, test) {
        panic!("{e}");
    }
}

static I18N: LazyLock<I18n> = LazyLock::new(|| I18n::load(&repo("locales/fr")).expect("messages"));
static SITE_MINIMAL: LazyLock<Site> = LazyLock::new(|| content::load_au(&repo(MINIMAL), JOUR).expect("fixture"));
static CATALOGUE: LazyLock<Site> = LazyLock::new(|| content::load(&repo("content")).expect("contenu livré"));
static INDEX_MINIMAL: LazyLock<IndexDeRecherche> = LazyLock::new(|| IndexDeRecherche::de(&SITE_MINIMAL));
static INDEX_CATALOGUE: LazyLock<IndexDeRecherche> = LazyLock::new(|| IndexDeRecherche::de(&CATALOGUE));

fn app() -> App {
    app_for(&repo(MINIMAL))
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

fn encoder(v: &str) -> String {
    form_urlencoded::byte_serialize(v.as_bytes()).collect()
}

/// A query string of these pairs, each name and value percent-encoded.
fn requete(paires: &[(String, String)]) -> String {
    paires.iter().map(|(k, v)| format!("{}={}", encoder(k), encoder(v))).collect::<Vec<_>>().join("&")
}

/// Texts that stress a reader: ASCII, any Unicode (controls, combining marks, astral planes),
/// digits with a stray character, whitespace around a valid value.
fn texte_quelconque() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(any::<char>(), 0..20).prop_map(String::from_iter),
        "[ -~]{0,20}",
        "[0-9]{0,6}[^0-9][0-9]{0,6}",
        "\\s{0,2}[a-z0-9-]{0,12}\\s{0,2}",
    ]
}

// ---------------------------------------------------------------------------------------------
// Quiz answers `r` / `a`

/// Answer strings: mostly digits (some beyond 4), sometimes anything, sometimes very long.
fn texte_de_reponses() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[0-4]{0,30}",
        2 => "[0-9]{0,30}",
        2 => "[0-4]{0,15}[^0-4][0-4]{0,15}",
        2 => texte_quelconque(),
        1 => "[0-4]{190,260}",
        1 => "[0-4é]{60,120}",
    ]
}

/// Any text is read as answers or refused with a named error that says what it found, never a
/// panic; answers read are the text itself.
#[test]
fn any_answer_text_is_read_or_refused_with_a_precise_error() {
    let strategie = (texte_de_reponses(), prop::option::of(0usize..=250));
    verifier(5000, strategie, |(texte, attendu)| {
        let attendu = attendu.unwrap_or(texte.chars().count());
        let chiffre = |position: usize| texte.chars().nth(position - 1).and_then(|c| c.to_digit(10));
        match parse_reponses(&texte, attendu, Partie::Interets) {
            Ok(r) => {
                prop_assert_eq!(r.len(), attendu, "autant de réponses que de questions");
                prop_assert!(r.iter().all(|v| *v <= MAX_REPONSE), "réponses de 0 à 4 : {:?}", r);
                prop_assert_eq!(encode(&r), texte, "les réponses lues sont le texte même");
            }
            Err(ReponsesError::Absentes) => prop_assert!(texte.is_empty()),
            Err(ReponsesError::TropLongues) => prop_assert!(texte.len() > LONGUEUR_MAX),
            Err(ReponsesError::MauvaiseLongueur { trouve, attendu: a, .. }) => {
                prop_assert_eq!(a, attendu);
                prop_assert_eq!(trouve, texte.chars().count());
                prop_assert_ne!(trouve, attendu);
            }
            Err(ReponsesError::Caractere { position, .. }) => {
                prop_assert!(position >= 1 && chiffre(position).is_none(), "caractère n° {position} : {texte:?}");
                prop_assert!((1..position).all(|p| chiffre(p).is_some_and(|d| d <= 4)), "erreur non la première");
            }
            Err(ReponsesError::HorsEchelle { position, valeur, .. }) => {
                prop_assert!(valeur > MAX_REPONSE);
                prop_assert_eq!(chiffre(position), Some(u32::from(valeur)));
                prop_assert!((1..position).all(|p| chiffre(p).is_some_and(|d| d <= 4)), "erreur non la première");
            }
        }
        Ok(())
    });
}

/// Encoding answers then reading them gives the same answers, at every length a URL carries.
#[test]
fn encoded_answers_read_back_unchanged() {
    let strategie = prop::collection::vec(0..=MAX_REPONSE, 1..=LONGUEUR_MAX);
    verifier(5000, strategie, |r| {
        let texte = encode(&r);
        prop_assert_eq!(texte.len(), r.len(), "un chiffre par réponse");
        prop_assert_eq!(parse_reponses(&texte, r.len(), Partie::Interets), Ok(r));
        Ok(())
    });
}

/// The answers of a URL, as the site reads them (`None`: not given).
fn attendu_200(valeur: &Option<String>, n: usize) -> bool {
    match valeur {
        None => true,
        Some(v) if v.is_empty() && n == 0 => true,
        Some(v) => parse_reponses(v, n, Partie::Interets).is_ok(),
    }
}

/// `r` and `a` through the site: any value gives the page (valid answers) or a French 400
/// (anything else), on the four pages that read answers.
#[test]
fn any_answers_in_a_url_give_the_page_or_a_french_400() {
    let (app, rt) = (app(), runtime());
    let valeur = || prop::option::of(texte_de_reponses());
    let niveau = prop::option::of(prop_oneof![
        parmi(NiveauEtudes::ALL.map(|n| n.slug()).to_vec()).prop_map(String::from),
        texte_quelconque()
    ]);
    let metier = parmi(vec!["minimal", AVEC_AUTO.0]);
    verifier(1000, (valeur(), valeur(), niveau, metier, 0..4usize), |(r, a, niveau, metier, page)| {
        let k = SITE_MINIMAL.metier(metier).unwrap().auto_evaluation.len();
        let niveau_ok =
            niveau.as_deref().is_none_or(|n| n.is_empty() || NiveauEtudes::ALL.iter().any(|x| x.slug() == n));
        let mut paires = Vec::new();
        let mut ajouter = |k: &str, v: &Option<String>| paires.extend(v.clone().map(|v| (k.to_string(), v)));
        let (chemin, attendu_ok) = match page {
            0 => {
                ajouter("r", &r);
                ajouter("niveau", &niveau);
                ("/quiz".to_string(), attendu_200(&r, ITEMS) && (r.is_none() || niveau_ok))
            }
            1 => {
                ajouter("r", &r);
                ajouter("niveau", &niveau);
                ("/quiz/resultat".to_string(), r.is_some() && attendu_200(&r, ITEMS) && niveau_ok)
            }
            2 => {
                ajouter("a", &a);
                ajouter("r", &r);
                (format!("/metiers/{metier}/quiz"), attendu_200(&a, k) && attendu_200(&r, ITEMS))
            }
            _ => {
                ajouter("a", &a);
                ajouter("r", &r);
                let ok = a.is_some() && r.is_some() && attendu_200(&a, k) && attendu_200(&r, ITEMS);
                (format!("/metiers/{metier}/quiz/resultat"), ok)
            }
        };
        let query = requete(&paires);
        let attendu_ok = attendu_ok && query.len() <= QUERY_MAX;
        let uri = if paires.is_empty() { chemin } else { format!("{chemin}?{query}") };
        let reponse = rt.block_on(app.get(&uri));
        let attendu = if attendu_ok { StatusCode::OK } else { StatusCode::BAD_REQUEST };
        prop_assert_eq!(reponse.status, attendu, "{}", uri);
        prop_assert!(reponse.body.contains("<html lang=\"fr-BE\">"), "page en français : {}", uri);
        Ok(())
    });
}

// ---------------------------------------------------------------------------------------------
// Quiz form fields `q1…qn`, `a1…ak`

/// One field of a submitted form.
#[derive(Debug, Clone)]
enum Champ {
    Absent,
    Valide(u8),
    Invalide(String),
}

fn champ() -> impl Strategy<Value = Champ> {
    let invalide = prop_oneof!["[5-9]|[1-9][0-9]{1,3}|-[0-9]|", " [0-4]|[0-4] |[0-4]\\.0|0x1", texte_quelconque(),]
        .prop_filter("une réponse valide", |v| v.parse::<u8>().map_or(true, |n| n > MAX_REPONSE));
    prop_oneof![
        1 => Just(Champ::Absent),
        8 => (0..=MAX_REPONSE).prop_map(Champ::Valide),
        1 => invalide.prop_map(Champ::Invalide),
    ]
}

/// Fields that look like answers but are none (`q0`, `q01`, `q13`…) or are not answers at all.
fn bruit() -> impl Strategy<Value = Vec<(String, String)>> {
    let nom = parmi(vec!["q0", "q01", "q13", "a0", "a9", "q", "qa", "q1x", "Q1", "utm_source", "x"]);
    prop::collection::vec((nom.prop_map(String::from), texte_quelconque()), 0..3)
}

/// The fields `prefixe1…prefixeN` as drawn, absent ones left out.
fn champs(prefixe: &str, champs: &[Champ]) -> Vec<(String, String)> {
    champs
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            Champ::Absent => None,
            Champ::Valide(v) => Some((format!("{prefixe}{}", i + 1), v.to_string())),
            Champ::Invalide(v) => Some((format!("{prefixe}{}", i + 1), v.clone())),
        })
        .collect()
}

/// Numbers (from `decalage + 1`) of the questions left unanswered.
fn manquantes(champs: &[Champ], decalage: usize) -> Vec<usize> {
    champs.iter().enumerate().filter(|(_, c)| !matches!(c, Champ::Valide(_))).map(|(i, _)| decalage + i + 1).collect()
}

fn reponses(champs: &[Champ]) -> String {
    champs.iter().map(|c| if let Champ::Valide(v) = c { char::from(b'0' + v) } else { '?' }).collect()
}

/// Whether a field name is one of a form's answers (`q` or `a` and digits).
fn est_champ_de_reponse(k: &str) -> bool {
    (k.starts_with('q') || k.starts_with('a')) && k.len() > 1 && k[1..].bytes().all(|b| b.is_ascii_digit())
}

/// The pairs in the order `selecteur` picks.
fn melanger(mut paires: Vec<(String, String)>, selecteur: &prop::sample::Selector) -> Vec<(String, String)> {
    let mut out = Vec::with_capacity(paires.len());
    while !paires.is_empty() {
        let i = selecteur.select(0..paires.len());
        out.push(paires.remove(i));
    }
    out
}

/// The orientation form: all twelve answers 0–4 redirect to the compact result URL, which then
/// shows; anything else is a French 400 that lists exactly the unanswered questions.
#[test]
fn the_orientation_form_redirects_its_answers_or_lists_the_missing_ones() {
    let (app, rt) = (app(), runtime());
    let strategie = (
        prop::collection::vec(champ(), ITEMS),
        bruit(),
        prop::option::of("cess|master|sans-cess|bac"),
        any::<prop::sample::Selector>(),
    );
    verifier(1000, strategie, |(q, bruit, niveau, melange)| {
        let mut paires = champs("q", &q);
        paires.extend(bruit.iter().cloned());
        paires.extend(niveau.clone().map(|n| ("niveau".to_string(), n)));
        let paires = melanger(paires, &melange);
        let query = requete(&paires);
        let uri = format!("/quiz/resultat?{query}");
        let reponse = rt.block_on(app.get(&uri));
        let formulaire = paires.iter().any(|(k, _)| est_champ_de_reponse(k));
        let manque = manquantes(&q, 0);
        if query.len() > QUERY_MAX || niveau.as_deref() == Some("bac") || !formulaire {
            prop_assert_eq!(reponse.status, StatusCode::BAD_REQUEST, "{}", uri);
        } else if manque.is_empty() {
            prop_assert_eq!(reponse.status, StatusCode::SEE_OTHER, "{}", uri);
            let mut attendue = format!("/quiz/resultat?r={}", reponses(&q));
            if let Some(n) = &niveau {
                attendue.push_str(&format!("&niveau={n}"));
            }
            prop_assert_eq!(reponse.header("location"), Some(attendue.as_str()), "{}", uri);
            let resultat = rt.block_on(app.get(&attendue));
            prop_assert_eq!(resultat.status, StatusCode::OK, "{}", attendue);
        } else {
            manquantes_nommees(&reponse, &uri, &manque)?;
        }
        if reponse.status != StatusCode::SEE_OTHER {
            prop_assert!(reponse.body.contains("<html lang=\"fr-BE\">"), "page en français : {}", uri);
        }
        Ok(())
    });
}

/// A form with missing answers: a 400 that names each missing question, singular or plural.
fn manquantes_nommees(
    reponse: &common::Reponse,
    uri: &str,
    manque: &[usize],
) -> Result<(), proptest::test_runner::TestCaseError> {
    prop_assert_eq!(reponse.status, StatusCode::BAD_REQUEST, "{}", uri);
    let liste = manque.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    let detail = common::text(&reponse.html(), ".erreur-detail");
    prop_assert!(
        detail.contains(&format!("question{} {liste}.", if manque.len() > 1 { "s" } else { "" })),
        "{uri} : {detail}"
    );
    Ok(())
}

/// A job's form: self-assessment `a1…ak` then interests `q1…qn`, numbered on from `k + 1`.
#[test]
fn a_job_form_redirects_its_answers_or_lists_the_missing_ones() {
    let (app, rt) = (app(), runtime());
    let (metier, k) = AVEC_AUTO;
    let strategie = (
        prop::collection::vec(champ(), k),
        prop::collection::vec(champ(), ITEMS),
        bruit(),
        any::<prop::sample::Selector>(),
    );
    verifier(1000, strategie, |(a, q, bruit, melange)| {
        let mut paires = champs("a", &a);
        paires.extend(champs("q", &q));
        paires.extend(bruit.iter().cloned());
        let paires = melanger(paires, &melange);
        let query = requete(&paires);
        let uri = format!("/metiers/{metier}/quiz/resultat?{query}");
        let reponse = rt.block_on(app.get(&uri));
        let mut manque = manquantes(&a, 0);
        manque.extend(manquantes(&q, k));
        if query.len() > QUERY_MAX || !paires.iter().any(|(k, _)| est_champ_de_reponse(k)) {
            prop_assert_eq!(reponse.status, StatusCode::BAD_REQUEST, "{}", uri);
        } else if manque.is_empty() {
            prop_assert_eq!(reponse.status, StatusCode::SEE_OTHER, "{}", uri);
            let attendue = format!("/metiers/{metier}/quiz/resultat?a={}&r={}", reponses(&a), reponses(&q));
            prop_assert_eq!(reponse.header("location"), Some(attendue.as_str()), "{}", uri);
            prop_assert_eq!(rt.block_on(app.get(&attendue)).status, StatusCode::OK, "{}", attendue);
        } else {
            manquantes_nommees(&reponse, &uri, &manque)?;
        }
        if reponse.status != StatusCode::SEE_OTHER {
            prop_assert!(reponse.body.contains("<html lang=\"fr-BE\">"), "page en français : {}", uri);
        }
        Ok(())
    });
}

/// Answers → the pre-filled form (`/quiz?r=…`) → its checked boxes submitted → the same answers.
#[test]
fn a_pre_filled_form_submits_the_answers_it_was_given() {
    let (app, rt) = (app(), runtime());
    verifier(150, prop::collection::vec(0..=MAX_REPONSE, ITEMS), |r| {
        let r = encode(&r);
        let formulaire = rt.block_on(app.get(&format!("/quiz?r={r}")));
        prop_assert_eq!(formulaire.status, StatusCode::OK);
        let html = formulaire.html();
        let coches: Vec<(String, String)> = select(&html, "input[type=radio][checked]")
            .iter()
            .map(|i| (i.value().attr("name").unwrap().to_string(), i.value().attr("value").unwrap().to_string()))
            .collect();
        prop_assert_eq!(coches.len(), ITEMS, "une case cochée par question");
        let envoi = rt.block_on(app.get(&format!("/quiz/resultat?{}", requete(&coches))));
        let attendue = format!("/quiz/resultat?r={r}");
        prop_assert_eq!(envoi.header("location"), Some(attendue.as_str()));
        Ok(())
    });
}

/// Any answers to the catalogue's quiz give a ranking (`quiz::Resultat`) that lists each job at
/// most once, best first, in bands that follow the published thresholds, cut at the published
/// limits (one band opened or none); and the result page shows exactly those jobs, in that order,
/// each linked to its quiz pre-filled with the same answers, and each cut band links to the rest.
#[test]
fn a_result_ranks_each_job_once_and_its_page_shows_that_ranking() {
    let app = common::bundled();
    let rt = runtime();
    let site: &Site = &CATALOGUE;
    let strategie = (
        prop::collection::vec(0..=MAX_REPONSE, site.items.len()),
        prop::option::of(0..NiveauEtudes::ALL.len()),
        prop::option::of(0..Bande::TOUTES.len()),
    );
    verifier(150, strategie, |(r, niveau, ouverte)| {
        let niveau = niveau.map(|i| NiveauEtudes::ALL[i]);
        let ouverte = ouverte.map(|i| Bande::TOUTES[i]);
        let resultat = Resultat::calculer(site, &r, niveau, ouverte);
        let listes: Vec<&Correspondance> = resultat.groupes.iter().flat_map(|g| &g.visibles).collect();
        let slugs: HashSet<&str> = listes.iter().map(|c| c.metier.slug.as_str()).collect();
        prop_assert_eq!(slugs.len(), listes.len(), "chaque métier une fois au plus");
        prop_assert!(listes.windows(2).all(|w| w[0].adequation.r >= w[1].adequation.r), "du meilleur au moins bon");
        let mut suites = Vec::new();
        for g in &resultat.groupes {
            prop_assert_eq!(g.ouverte, ouverte == Some(g.bande));
            let limite = if g.ouverte { LISTES_PAR_BANDE } else { VISIBLES_PAR_BANDE };
            prop_assert!(!g.visibles.is_empty() && g.visibles.len() <= limite);
            prop_assert!(g.autres == 0 || g.visibles.len() == limite);
            prop_assert!(g.visibles.iter().all(|c| Bande::de(c.adequation.r) == g.bande));
            let ancre = format!("#bande-{}", g.bande.cle());
            if g.ouverte && g.visibles.len() > VISIBLES_PAR_BANDE {
                suites.push(format!("{}{ancre}", resultat.lien().url()));
            } else if !g.ouverte && g.autres > 0 {
                suites.push(format!("{}{ancre}", resultat.ouvrir(g.bande).url()));
            }
        }
        let adresse = ouverte.map_or_else(|| resultat.lien(), |b| resultat.ouvrir(b)).url();
        let page = rt.block_on(app.get(&adresse));
        prop_assert_eq!(page.status, StatusCode::OK);
        let html = page.html();
        let noms: Vec<String> =
            select(&html, "a.resultat-nom").iter().map(|a| a.value().attr("href").unwrap().to_string()).collect();
        let attendus: Vec<String> = listes.iter().map(|c| format!("/metiers/{}", c.metier.slug)).collect();
        prop_assert_eq!(noms, attendus);
        let quiz: Vec<String> =
            select(&html, "a.resultat-quiz").iter().map(|a| a.value().attr("href").unwrap().to_string()).collect();
        let attendus: Vec<String> = listes.iter().map(|c| resultat.quiz_de(c.metier).url()).collect();
        prop_assert_eq!(quiz, attendus);
        let liens: Vec<String> =
            select(&html, ".bande-suite a").iter().map(|a| a.value().attr("href").unwrap().to_string()).collect();
        prop_assert_eq!(liens, suites);
        Ok(())
    });
}

// ---------------------------------------------------------------------------------------------
// Comparison lists `?m=a,b,c`

/// One choice of a comparison: a job of the fixture, a well-formed unknown slug, anything.
fn choix() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => parmi(vec!["minimal", "ingenieur-civil", "echappement"]).prop_map(String::from),
        1 => parmi(vec![" minimal", "echappement ", "\tminimal\n", "Minimal", "minimal-", "mini--mal", ""])
            .prop_map(String::from),
        1 => "[a-z][a-z0-9-]{0,10}",
        1 => texte_quelconque(),
    ]
}

/// `?m=` lists, repeated or comma-separated: 200 with the jobs asked for, in order, when two or
/// three distinct jobs exist; the bare form when nothing is chosen; a French 4xx otherwise.
#[test]
fn any_comparison_list_gives_the_comparison_or_a_french_4xx() {
    let (app, rt) = (app(), runtime());
    let strategie = prop::collection::vec(prop::collection::vec(choix(), 0..4), 0..3);
    verifier(800, strategie, |parametres| {
        let valeurs: Vec<String> = parametres.iter().map(|l| l.join(",")).collect();
        // Commas written as such, as in a shared link; anything else percent-encoded.
        let requete = parametres
            .iter()
            .map(|l| format!("m={}", l.iter().map(|c| encoder(c)).collect::<Vec<_>>().join(",")))
            .collect::<Vec<_>>()
            .join("&");
        let uri = format!("/comparer?{requete}");
        let reponse = rt.block_on(app.get(&uri));
        let slugs: Vec<&str> =
            valeurs.iter().flat_map(|v| v.split(',')).map(str::trim).filter(|s| !s.is_empty()).collect();
        let distincts: HashSet<&str> = slugs.iter().copied().collect();
        let tous_connus = slugs.iter().all(|s| est_slug(s) && SITE_MINIMAL.metier(s).is_some());
        let comparable = (2..=3).contains(&slugs.len()) && distincts.len() == slugs.len() && tous_connus;
        prop_assert!(reponse.body.contains("<html lang=\"fr-BE\">"), "page en français : {}", uri);
        if requete.len() > QUERY_MAX {
            prop_assert_eq!(reponse.status, StatusCode::BAD_REQUEST, "{}", uri);
        } else if slugs.is_empty() {
            prop_assert_eq!(reponse.status, StatusCode::OK, "{}", uri);
        } else if comparable {
            prop_assert_eq!(reponse.status, StatusCode::OK, "{}", uri);
            let html = reponse.html();
            let colonnes: Vec<String> = select(&html, "table.comparaison thead th a")
                .iter()
                .map(|a| a.value().attr("href").unwrap_or_default().to_string())
                .collect();
            let attendues: Vec<String> = slugs.iter().map(|s| format!("/metiers/{s}")).collect();
            prop_assert_eq!(colonnes, attendues, "{}", uri);
        } else if reponse.status == StatusCode::NOT_FOUND {
            prop_assert!(
                slugs.iter().any(|s| est_slug(s) && SITE_MINIMAL.metier(s).is_none()),
                "404 sans métier inconnu : {}",
                uri
            );
        } else {
            prop_assert_eq!(reponse.status, StatusCode::BAD_REQUEST, "{}", uri);
        }
        Ok(())
    });
}

// ---------------------------------------------------------------------------------------------
// Search and filters

/// Pairs of a `/metiers` query: the names the list reads (and others), values that exist in the
/// catalogue (and others).
fn paires_de_filtres(site: &'static Site) -> impl Strategy<Value = Vec<(String, String)>> {
    let secteurs: Vec<String> = site.secteurs.iter().map(|s| s.slug.clone()).collect();
    let criteres: Vec<String> = site.criteres.iter().map(|c| c.slug.clone()).collect();
    let niveaux: Vec<String> = NiveauEtudes::ALL.iter().map(|n| n.slug().to_string()).collect();
    let nom = prop_oneof![
        8 => parmi(vec!["q", "secteur", "critere", "niveau", "page"]).prop_map(String::from),
        1 => "[a-z_]{0,8}",
        1 => texte_quelconque(),
    ];
    let valeur = prop_oneof![
        3 => parmi(secteurs),
        3 => parmi(criteres),
        2 => parmi(niveaux),
        2 => "0|1|2|3|[0-9]{1,8}|-[0-9]{1,3}|[0-9]{19,25}|\\+2| 2 |2\\.0",
        1 => "[a-z-]{1,12}",
        2 => texte_quelconque(),
        1 => "\\PC{95,110}",
    ];
    prop::collection::vec((nom, valeur), 0..8)
}

/// `Filtres::parse` on any pairs: an error with a French message, or filters that only name what
/// exists, within the limits; the search then keeps to those filters.
#[test]
fn any_filter_pairs_give_filters_that_exist_or_a_french_error() {
    let site: &'static Site = &CATALOGUE;
    verifier(3000, paires_de_filtres(site), |paires| {
        match Filtres::parse(paires.iter().map(|(k, v)| (k.as_str(), v.as_str())), site) {
            Ok(f) => {
                if let Some(s) = &f.secteur {
                    prop_assert!(site.secteur(s).is_some(), "secteur inconnu accepté : {s}");
                }
                prop_assert!(
                    f.criteres.iter().all(|c| site.critere(c).is_some()),
                    "critère inconnu : {:?}",
                    f.criteres
                );
                prop_assert!(f.criteres.len() <= CRITERES_MAX);
                let distincts: HashSet<&String> = f.criteres.iter().collect();
                prop_assert_eq!(distincts.len(), f.criteres.len(), "critère répété");
                if let Some(q) = &f.q {
                    prop_assert!(!q.is_empty() && q.trim() == q && q.chars().count() <= Q_MAX, "{q:?}");
                }
                prop_assert!(f.page.is_none_or(|p| p >= 2));
                let trouves = f.chercher(site, &INDEX_CATALOGUE);
                for m in &trouves.metiers {
                    prop_assert!(f.secteur.as_ref().is_none_or(|s| &m.secteur == s), "{} hors secteur", m.slug);
                    prop_assert!(f.criteres.iter().all(|c| m.criteres.contains(c)), "{} sans un critère", m.slug);
                    prop_assert!(f.niveau.is_none_or(|n| m.niveau_etudes <= n), "{} au-dessus du niveau", m.slug);
                }
                let slugs: HashSet<&str> = trouves.metiers.iter().map(|m| m.slug.as_str()).collect();
                prop_assert_eq!(slugs.len(), trouves.metiers.len(), "un métier trouvé deux fois");
                prop_assert!(trouves.corrige.is_none() || !trouves.metiers.is_empty());
                prop_assert!(trouves.suggestions.len() <= SUGGESTIONS_MAX);
                prop_assert!(trouves.suggestions.is_empty() || trouves.metiers.is_empty());
            }
            Err(e) => {
                let message = e.message();
                let id = message.id;
                prop_assert!(FiltreError::tous_les_exemples().iter().any(|x| x.message().id == id), "{id}");
                let texte = I18N.message(&message);
                prop_assert!(texte != id && !texte.is_empty(), "message {id} absent");
                // A value quoted back is cut short, whatever was sent.
                prop_assert!(texte.chars().count() < 400, "{texte}");
            }
        }
        Ok(())
    });
}

/// Search texts: any characters (up to ten past the limit), printable text, French words.
fn texte_de_recherche() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..=Q_MAX + 10).prop_map(String::from_iter),
        "\\PC{0,100}",
        "[a-zéèêàçœ' -]{0,100}",
        "[a-zéèàç]{3,12}( [a-zéèàç]{3,12}){0,6}",
    ]
}

/// `q` alone: accepted up to [`Q_MAX`] characters once trimmed, refused beyond; searched without a
/// panic, whatever it holds.
fn rechercher(site: &Site, index: &IndexDeRecherche, q: &str) -> TestCaseResult {
    let f = Filtres::parse([("q", q)].into_iter(), site);
    let trim = q.trim();
    if trim.chars().count() <= Q_MAX {
        prop_assert_eq!(f.as_ref().map(|f| f.q.as_deref()), Ok(Some(trim).filter(|t| !t.is_empty())), "{:?}", q);
    } else {
        prop_assert_eq!(f.clone(), Err(FiltreError::TexteTropLong), "{:?}", q);
    }
    let trouves = f.unwrap_or_default().chercher(site, index);
    prop_assert!(trouves.metiers.len() <= site.metiers.len());
    // The raw text too, as other code could build filters without the parser.
    Filtres { q: Some(q.to_string()), ..Filtres::default() }.chercher(site, index);
    Ok(())
}

/// Any Unicode text up to the length limit is searched without a panic (the catalogue's long
/// texts make each search with typos slow in a debug build: fewer cases there).
#[test]
fn any_unicode_text_up_to_the_limit_is_searched() {
    verifier(2000, texte_de_recherche(), |q| rechercher(&SITE_MINIMAL, &INDEX_MINIMAL, &q));
    verifier(100, texte_de_recherche(), |q| rechercher(&CATALOGUE, &INDEX_CATALOGUE, &q));
}

// ---------------------------------------------------------------------------------------------
// Any path and query through the whole site

/// Bytes written as `%XX` escapes, UTF-8 or not.
fn pourcents(octets: &[u8]) -> String {
    octets.iter().map(|b| format!("%{b:02X}")).collect()
}

/// A path segment: the site's own words, unreserved characters, raw `%` and sub-delimiters,
/// percent-encoded Unicode and bytes that are not UTF-8.
fn segment() -> impl Strategy<Value = String> {
    // The empty segment makes `//` in a path.
    let mots: Vec<&str> = "metiers secteurs criteres quiz resultat methode comparer static sources a-propos penuries \
                           sitemap.xml robots.txt healthz minimal ingenieur-civil echappement minimal.json sante \
                           informatique teletravail-possible style.css favicon.svg index.html . .. %2e%2e %2F "
        .split(' ')
        .collect();
    prop_oneof![
        6 => parmi(mots).prop_map(String::from),
        2 => "[A-Za-z0-9._~-]{1,12}",
        2 => "[A-Za-z0-9%._~!$&'()*+,;=:@-]{1,12}",
        1 => any::<String>().prop_map(|s| utf8_percent_encode(&s, NON_ALPHANUMERIC).to_string()),
        1 => prop::collection::vec(any::<u8>(), 1..6).prop_map(|b| pourcents(&b)),
    ]
}

/// A query: the names the site reads with plausible or wild values, or raw characters.
fn query() -> impl Strategy<Value = Option<String>> {
    let nom = prop_oneof![
        4 => parmi(vec!["q", "r", "a", "m", "secteur", "critere", "niveau", "page", "v", "q1", "a1", "utm_source"])
            .prop_map(String::from),
        1 => texte_quelconque(),
    ];
    let valeur = prop_oneof![
        2 => "[0-4]{12}|[0-4]{3}|[0-9]{0,15}",
        2 => parmi(vec!["minimal", "minimal,ingenieur-civil", "sante", "master", "cess", "2", ""])
            .prop_map(String::from),
        2 => texte_quelconque(),
    ];
    let paires = prop::collection::vec((nom, valeur), 0..5).prop_map(|p| requete(&p));
    prop::option::of(prop_oneof![
        4 => paires,
        1 => "[A-Za-z0-9%._~!$&'()*+,;=:@/?-]{0,30}",
        1 => prop::collection::vec(any::<u8>(), 1..8).prop_map(|b| format!("q={}", pourcents(&b))),
    ])
}

fn uri_quelconque() -> impl Strategy<Value = String> {
    let chemin = prop_oneof![
        20 => prop::collection::vec(segment(), 0..5).prop_map(|s| format!("/{}", s.join("/"))),
        1 => "/metiers\\?q=[a-z]{4100,4200}",
        1 => "/[a-z]{4100,4200}",
    ];
    (chemin, query()).prop_map(|(chemin, q)| match q {
        Some(q) if !chemin.contains('?') => format!("{chemin}?{q}"),
        _ => chemin,
    })
}

/// Any path and query answer 2xx, 3xx or 4xx, never 5xx; every HTML page, errors included, is
/// in French.
#[test]
fn any_path_and_query_gets_an_answer_in_french_never_a_5xx() {
    let (app, rt) = (app(), runtime());
    verifier(1000, uri_quelconque(), |uri| {
        prop_assume!(uri.parse::<Uri>().is_ok(), "adresse que le client HTTP refuse");
        let (status, headers, body) = rt.block_on(app.get_with_bytes(&uri, &[]));
        prop_assert!(!status.is_server_error(), "{status} pour {uri}");
        prop_assert!(status.is_success() || status.is_redirection() || status.is_client_error(), "{status} pour {uri}");
        let html =
            headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|t| t.starts_with("text/html"));
        if status.is_client_error() {
            prop_assert!(html, "page d'erreur non HTML : {status} pour {uri}");
        }
        if html {
            let body = String::from_utf8_lossy(&body);
            prop_assert!(body.contains("<html lang=\"fr-BE\">"), "{status} pour {uri} : page sans lang=fr-BE");
        }
        if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
            let location = headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or_default();
            prop_assert!(location.starts_with('/'), "redirection vers {location:?} pour {uri}");
        }
        Ok(())
    });
}

// ---------------------------------------------------------------------------------------------
// The content loader

/// One change to a file's bytes. Positions are fractions of the current length, so that every
/// change applies whatever the earlier ones did.
#[derive(Debug, Clone)]
enum Mutation {
    /// Deletes up to `n` characters.
    Supprimer(Index, usize),
    /// Inserts a text.
    Inserer(Index, String),
    /// Replaces one character with a text.
    Remplacer(Index, String),
    /// Deletes a line.
    SupprimerLigne(Index),
    /// Writes a line twice.
    DupliquerLigne(Index),
    /// Swaps two lines.
    EchangerLignes(Index, Index),
    /// Swaps the values of two `key = value` lines.
    EchangerValeurs(Index, Index),
    /// Gives a `key = value` line another value.
    RemplacerValeur(Index, String),
    /// Inserts bytes that are not UTF-8 (possibly inside a character).
    Octets(Index, Vec<u8>),
    /// Cuts the file (possibly inside a character).
    Tronquer(Index),
}

/// Texts that TOML and the schema care about.
fn fragment() -> impl Strategy<Value = String> {
    #[rustfmt::skip]
    let jetons = vec![
        "=", "\"", "'", "[", "]", "[[", "]]", "{", "}", ",", ".", "\n", "\r\n", "#", "\\", "\\u", "\"\"\"", "'''",
        " ", "\t", "0", "-1", "1e400", "99999999999999999999", "nan", "inf", "true", "2024-02-30", "24:61",
        "é", "\u{0}", "\u{feff}", "\u{202e}",
        "nom", "secteur", "[riasec]", "[codes]", "[essentiel]", "[[salaire]]", "[salaire]", "[[auto_evaluation]]",
        "[[temoignages]]", "[[chiffres]]", "[[faits]]",
        "\nsimilaires = [\"minimal\"]\n", "\nsimilaires = [\"nulle-part\"]\n", "\ncriteres = [\"x\"]\n",
        "\nautres_noms = []\n", "\nR = 9\n", "\nisco = \"12\"\n", "\nnom = \"\"\n",
    ];
    prop_oneof![4 => parmi(jetons).prop_map(String::from), 2 => "\\PC{1,8}", 1 => any::<String>()]
}

/// Values of any TOML type, valid and not.
fn valeur_toml() -> impl Strategy<Value = String> {
    #[rustfmt::skip]
    let valeurs = vec![
        "\"\"", "\"x\"", "\"sante\"", "\"informatique\"", "\"inconnu\"", "\"master\"", "\"cess\"",
        "[]", "[\"\"]", "[\"minimal\"]", "[1, \"a\"]", "{}", "{ a = 1 }",
        "0", "1", "7", "8", "-1", "4294967296", "1.5", "true",
        "2024-02-29", "2024-02-30", "2024-02-29T10:00:00", "\"08:00\"", "\"25:00\"",
        "\"http://\"", "\"https://example.org\"", "\"1234\"", "\"12a4\"", "\"\"\"\n\"\"\"", "'''x'''",
    ];
    prop_oneof![3 => parmi(valeurs).prop_map(String::from), 1 => fragment()]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let i = any::<Index>;
    let octets = prop::collection::vec(prop_oneof![0x80u8..=0xff, any::<u8>()], 1..4);
    // Weighted towards changes that keep the file readable TOML, so that the checks after
    // parsing run too, not only the syntax error.
    prop_oneof![
        2 => (i(), 1..20usize).prop_map(|(a, n)| Mutation::Supprimer(a, n)),
        2 => (i(), fragment()).prop_map(|(a, t)| Mutation::Inserer(a, t)),
        2 => (i(), fragment()).prop_map(|(a, t)| Mutation::Remplacer(a, t)),
        2 => i().prop_map(Mutation::SupprimerLigne),
        1 => i().prop_map(Mutation::DupliquerLigne),
        1 => (i(), i()).prop_map(|(a, b)| Mutation::EchangerLignes(a, b)),
        3 => (i(), i()).prop_map(|(a, b)| Mutation::EchangerValeurs(a, b)),
        6 => (i(), valeur_toml()).prop_map(|(a, v)| Mutation::RemplacerValeur(a, v)),
        1 => (i(), octets).prop_map(|(a, b)| Mutation::Octets(a, b)),
        1 => i().prop_map(Mutation::Tronquer),
    ]
}

/// A byte position in `octets` picked by `i`, moved back to the start of a character.
fn position(octets: &[u8], i: &Index) -> usize {
    let mut p = i.index(octets.len() + 1);
    while p > 0 && p < octets.len() && octets[p] & 0xc0 == 0x80 {
        p -= 1;
    }
    p
}

/// Length of the character (or stray byte) at `p`.
fn longueur_car(octets: &[u8], p: usize) -> usize {
    1 + octets[p + 1..].iter().take_while(|b| **b & 0xc0 == 0x80).count().min(3)
}

fn lignes(octets: &[u8]) -> Vec<Vec<u8>> {
    octets.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect()
}

/// Lines of the form `key = value`, as (line, offset of the value).
fn avec_valeur(lignes: &[Vec<u8>]) -> Vec<(usize, usize)> {
    lignes.iter().enumerate().filter_map(|(n, l)| l.windows(3).position(|w| w == b" = ").map(|p| (n, p + 3))).collect()
}

fn muter(octets: &mut Vec<u8>, m: &Mutation) {
    match m {
        Mutation::Supprimer(a, n) => {
            let p = position(octets, a);
            let mut fin = p;
            for _ in 0..*n {
                if fin < octets.len() {
                    fin += longueur_car(octets, fin);
                }
            }
            octets.drain(p..fin.min(octets.len()));
        }
        Mutation::Inserer(a, t) => {
            let p = position(octets, a);
            octets.splice(p..p, t.bytes());
        }
        Mutation::Remplacer(a, t) => {
            let p = position(octets, a);
            let fin = if p < octets.len() { (p + longueur_car(octets, p)).min(octets.len()) } else { p };
            octets.splice(p..fin, t.bytes());
        }
        Mutation::SupprimerLigne(a) => {
            let mut l = lignes(octets);
            l.remove(a.index(l.len()));
            *octets = l.join(&b'\n');
        }
        Mutation::DupliquerLigne(a) => {
            let mut l = lignes(octets);
            let n = a.index(l.len());
            l.insert(n, l[n].clone());
            *octets = l.join(&b'\n');
        }
        Mutation::EchangerLignes(a, b) => {
            let mut l = lignes(octets);
            let (a, b) = (a.index(l.len()), b.index(l.len()));
            l.swap(a, b);
            *octets = l.join(&b'\n');
        }
        Mutation::EchangerValeurs(a, b) => {
            let mut l = lignes(octets);
            let kv = avec_valeur(&l);
            if kv.len() >= 2 {
                let ((la, pa), (lb, pb)) = (kv[a.index(kv.len())], kv[b.index(kv.len())]);
                let (va, vb) = (l[la][pa..].to_vec(), l[lb][pb..].to_vec());
                l[la].splice(pa.., vb);
                l[lb].splice(pb.., va);
                *octets = l.join(&b'\n');
            }
        }
        Mutation::RemplacerValeur(a, v) => {
            let mut l = lignes(octets);
            let kv = avec_valeur(&l);
            if !kv.is_empty() {
                let (n, p) = kv[a.index(kv.len())];
                l[n].splice(p.., v.bytes());
                *octets = l.join(&b'\n');
            }
        }
        Mutation::Octets(a, b) => {
            let p = a.index(octets.len() + 1);
            octets.splice(p..p, b.iter().copied());
        }
        Mutation::Tronquer(a) => octets.truncate(a.index(octets.len() + 1)),
    }
}

/// The files of the fixture site, read once: (path in the site, bytes).
static FICHIERS: LazyLock<Vec<(PathBuf, Vec<u8>)>> = LazyLock::new(|| {
    fn lire(racine: &Path, dossier: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        for e in std::fs::read_dir(dossier).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                lire(racine, &p, out);
            } else {
                out.push((p.strip_prefix(racine).unwrap().to_path_buf(), std::fs::read(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    lire(&repo(MINIMAL), &repo(MINIMAL), &mut out);
    out.sort();
    out
});

/// A site that loads is served: every page, a quiz result for each job and a comparison answer
/// without a 5xx.
fn servir(dossier: &Path, rt: &tokio::runtime::Runtime) -> TestCaseResult {
    let sources = Sources {
        content: dossier.to_path_buf(),
        locales: guide_metiers::dossier::Dossier::Disque(repo("locales/fr")),
    };
    let snapshot = match Snapshot::build(&sources, RenderConfig::new(common::URL, &repo("static"))) {
        Ok(snapshot) => snapshot,
        Err(e) => return Err(TestCaseError::fail(format!("le site chargé ne se construit pas : {e}"))),
    };
    let mut uris = snapshot.paths();
    let r = "401234012340";
    uris.push(format!("/quiz/resultat?r={r}"));
    for m in &snapshot.site.metiers {
        let a = "3".repeat(m.auto_evaluation.len());
        uris.push(format!("/metiers/{}/quiz/resultat?a={a}&r={r}", m.slug));
    }
    let slugs: Vec<&str> = snapshot.site.metiers.iter().map(|m| m.slug.as_str()).collect();
    uris.push(format!("/comparer?m={}", slugs.join(",")));
    let app = guide_metiers::web::app(guide_metiers::web::AppState::new(snapshot));
    for uri in uris {
        let (status, _, _) = rt.block_on(app.get_with_bytes(&uri, &[]));
        prop_assert!(status.is_success(), "{} pour {}", status, uri);
    }
    Ok(())
}

/// Random changes to one job file of the fixture site give a loaded site, which is served, or a
/// report of errors, never a panic; every problem reported names the changed file, at a place
/// inside it, and reads as French.
#[test]
fn a_damaged_job_file_gives_a_site_or_a_report_that_names_it() {
    let rt = runtime();
    let fiches = vec!["metiers/minimal.toml", "metiers/ingenieur-civil.toml", "metiers/echappement.toml"];
    let strategie = (parmi(fiches), prop::collection::vec(mutation(), 1..5));
    verifier(1000, strategie, |(fiche, mutations)| {
        let dossier = tempfile::tempdir().unwrap();
        let mut octets = Vec::new();
        for (chemin, contenu) in FICHIERS.iter() {
            let cible = dossier.path().join(chemin);
            std::fs::create_dir_all(cible.parent().unwrap()).unwrap();
            if chemin == Path::new(fiche) {
                octets = contenu.clone();
                for m in &mutations {
                    muter(&mut octets, m);
                }
                std::fs::write(&cible, &octets).unwrap();
            } else {
                std::fs::write(&cible, contenu).unwrap();
            }
        }
        let modifie = dossier.path().join(fiche);
        let nb_lignes = octets.iter().filter(|b| **b == b'\n').count() + 1;
        let rapport = match content::load_au(dossier.path(), JOUR) {
            Ok(site) => {
                prop_assert_eq!(site.metiers.len(), 3);
                servir(dossier.path(), &rt)?;
                site.avertissements
            }
            Err(rapport) => {
                prop_assert!(rapport.erreurs() > 0, "refusé sans erreur : {:?}", rapport);
                rapport
            }
        };
        for d in &rapport.diagnostics {
            prop_assert!(
                d.path.starts_with(dossier.path()) && d.path.is_file(),
                "le problème ne nomme pas un fichier : {:?}",
                d
            );
            if !d.probleme.avertissement() {
                prop_assert_eq!(&d.path, &modifie, "erreur dans un fichier intact : {:?}", d);
            }
            if d.path == modifie {
                prop_assert!(d.line <= nb_lignes, "ligne {} sur {} : {:?}", d.line, nb_lignes, d);
            }
            prop_assert!(d.line == 0 || d.column >= 1, "{:?}", d);
        }
        for (ligne, d) in rapport.lignes(&I18N).iter().zip(&rapport.diagnostics) {
            prop_assert!(ligne.starts_with(&format!("{}:{}:{}: ", d.path.display(), d.line, d.column)), "{ligne}");
            prop_assert!(!ligne.contains("contenu-"), "message absent : {ligne}");
        }
        Ok(())
    });
}
