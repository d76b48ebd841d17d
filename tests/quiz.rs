//! The quizzes through the router: forms, redirects to compact URLs, results, bad input.

mod common;

use common::{AppExt, app_for, repo, select, text};
use guide_metiers::quiz::{LienQuiz, Vue};
use guide_metiers::web::App;

fn app() -> App {
    app_for(&repo("tests/fixtures/valid/minimal"))
}

/// Items of the fixture quiz, in order: R I A S E C R I A S E C.
const INTERETS_I_C: &str = "240123240123";

#[tokio::test]
async fn the_orientation_form_is_accessible_without_javascript() {
    let r = app().get("/quiz").await;
    assert_eq!(r.status, 200);
    let html = r.html();
    let form = select(&html, "form.quiz")[0];
    assert_eq!(form.value().attr("action"), Some("/quiz/resultat"));
    assert_eq!(form.value().attr("method"), Some("get"));
    assert_eq!(select(&html, "fieldset.quiz-item").len(), 12);
    assert_eq!(select(&html, "fieldset.quiz-item legend").len(), 12);
    // Every radio sits inside its label, and every question must be answered.
    assert_eq!(select(&html, "label.echelle-choix > input[type=radio][required]").len(), 60);
    assert_eq!(text(&html, "fieldset.quiz-item label"), "Pas du tout");
    let etapes: Vec<String> = select(&html, ".quiz-etape h2").iter().map(|h| h.text().collect()).collect();
    assert_eq!(etapes, ["Étape 1 sur 2", "Étape 2 sur 2"]);
    assert!(select(&html, "script:not([type='application/ld+json'])").is_empty());
}

#[tokio::test]
async fn a_submitted_form_redirects_to_the_compact_shareable_url() {
    let fields: Vec<String> = INTERETS_I_C.chars().enumerate().map(|(i, c)| format!("q{}={c}", i + 1)).collect();
    let r = app().get(&format!("/quiz/resultat?{}&niveau=master", fields.join("&"))).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), Some(format!("/quiz/resultat?r={INTERETS_I_C}&niveau=master").as_str()));
}

#[tokio::test]
async fn missing_answers_are_listed() {
    let r = app().get("/quiz/resultat?q1=4&q2=0&q3=1&q5=2&q6=9").await;
    assert_eq!(r.status, 400);
    let detail = text(&r.html(), ".erreur-detail");
    assert!(detail.starts_with("Il manque la réponse aux questions 4, 6, 7, 8, 9, 10, 11, 12."), "{detail}");
}

#[tokio::test]
async fn a_single_missing_answer_is_named_in_the_singular() {
    let fields: Vec<String> = (1..=12).filter(|i| *i != 3).map(|i| format!("q{i}=0")).collect();
    let r = app().get(&format!("/quiz/resultat?{}", fields.join("&"))).await;
    assert_eq!(r.status, 400);
    let detail = text(&r.html(), ".erreur-detail");
    assert!(detail.starts_with("Il manque la réponse à la question 3."), "{detail}");
}

#[tokio::test]
async fn the_result_explains_the_profile_and_ranks_jobs_by_band() {
    let r = app().get(&format!("/quiz/resultat?r={INTERETS_I_C}")).await;
    assert_eq!(r.status, 200);
    let html = r.html();
    assert!(text(&html, ".code").starts_with("Investigateur · Conventionnel"), "{}", text(&html, ".code"));
    assert_eq!(select(&html, "#profil-titre ~ .interets svg[role=img] desc").len(), 1);
    assert!(r.body.contains("<dt>Investigateur (I)</dt><dd>4 / 4</dd>"));
    // A result is a variant of the quiz: search engines are pointed to the quiz page.
    assert_eq!(select(&html, "link[rel=canonical]")[0].value().attr("href"), Some("https://guide.test/quiz"));
    assert!(select(&html, "meta[name=robots]").is_empty());
    // The engineer (I 7, C 5) ranks first, in the best band, with why and a pre-filled quiz link.
    let premier = select(&html, ".bande")[0];
    assert_eq!(premier.value().attr("class"), Some("bande bande-tres-compatible"));
    let html_premier = scraper::Html::parse_fragment(&premier.html());
    assert_eq!(text(&html_premier, ".resultat-nom"), "Ingénieur civil");
    assert!(text(&html_premier, ".resultat-pourquoi").contains("Investigateur et Conventionnel"));
    let quiz = select(&html_premier, ".resultat-quiz")[0].value().attr("href").unwrap();
    assert_eq!(quiz, format!("/metiers/ingenieur-civil/quiz?r={INTERETS_I_C}"));
    assert!(text(&html, ".avertissement").contains("explorer des pistes"));
    assert!(
        select(&html, ".lien-partage")[0]
            .value()
            .attr("value")
            .unwrap()
            .ends_with(&format!("/quiz/resultat?r={INTERETS_I_C}"))
    );
}

#[tokio::test]
async fn the_study_level_filter_keeps_jobs_open_at_that_level() {
    let html = app().get(&format!("/quiz/resultat?r={INTERETS_I_C}&niveau=cess")).await.html();
    let noms: Vec<String> = select(&html, ".resultat-nom").iter().map(|a| a.text().collect()).collect();
    assert_eq!(noms, ["Métier minimal"]);
}

#[tokio::test]
async fn identical_answers_and_flat_profiles_get_an_honest_message() {
    let html = app().get("/quiz/resultat?r=333333333333").await.html();
    assert!(text(&html, ".lecture-honnete h2").contains("identiques"));
    assert!(select(&html, ".bande").is_empty());
    let html = app().get("/quiz/resultat?r=232323323232").await.html();
    assert!(text(&html, ".lecture-honnete h2").contains("équilibré"));
    assert!(select(&html, ".bande").is_empty());
}

#[tokio::test]
async fn bad_answers_get_a_french_400_that_says_what_is_wrong() {
    let long = "1".repeat(10_000);
    let cases = [
        ("/quiz/resultat".to_string(), "Aucune réponse"),
        ("/quiz/resultat?r=".to_string(), "Aucune réponse"),
        (
            "/quiz/resultat?r=04010304010".to_string(),
            "réponses au questionnaire d’intérêts ne correspond pas : l’adresse en donne 11, le quiz en attend 12",
        ),
        ("/quiz/resultat?r=0401030401034".to_string(), "l’adresse en donne 13"),
        ("/quiz/resultat?r=04010a040103".to_string(), "caractère n° 6"),
        ("/quiz/resultat?r=040107040103".to_string(), "vaut 7"),
        (format!("/quiz/resultat?r={long}"), "beaucoup trop longue"),
        (format!("/quiz/resultat?r={INTERETS_I_C}&niveau=doctorat"), "« doctorat » n’existe pas"),
        (
            "/metiers/ingenieur-civil/quiz/resultat?a=44&r=240123240123".to_string(),
            "réponses à l’auto-évaluation ne correspond pas : l’adresse en donne 2, le quiz en attend 3",
        ),
        ("/metiers/ingenieur-civil/quiz?r=xyz".to_string(), "caractère n° 1"),
    ];
    for (uri, attendu) in cases {
        let r = app().get(&uri).await;
        assert_eq!(r.status, 400, "{uri}");
        let detail = text(&r.html(), ".erreur-detail");
        assert!(detail.contains(attendu), "{uri}: {detail}");
        assert!(!select(&r.html(), "main a[href='/']").is_empty());
    }
    assert_eq!(app().get("/metiers/inconnu/quiz").await.status, 404);
    assert_eq!(app().get(&format!("/metiers/inconnu/quiz/resultat?a=&r={INTERETS_I_C}")).await.status, 404);
}

#[tokio::test]
async fn a_job_quiz_adds_its_questions_and_can_be_prefilled() {
    let html = app().get(&format!("/metiers/ingenieur-civil/quiz?r={INTERETS_I_C}")).await.html();
    assert_eq!(select(&html, "fieldset.quiz-item").len(), 15);
    assert_eq!(select(&html, "input[name=a1]").len(), 5);
    assert_eq!(select(&html, "input[name=q1]").len(), 5);
    assert_eq!(select(&html, "input[name=q2][checked]")[0].value().attr("value"), Some("4"));
    assert_eq!(select(&html, "input[name=q3][checked]")[0].value().attr("value"), Some("0"));
    assert_eq!(select(&html, "input[checked]").len(), 12);
    assert_eq!(select(&html, "form.quiz")[0].value().attr("action"), Some("/metiers/ingenieur-civil/quiz/resultat"));
}

#[tokio::test]
async fn a_job_quiz_result_separates_interests_and_requirements() {
    // Likes maths (4), anxious about signing (4, a warning sign), lukewarm on teamwork (2).
    let r = app().get(&format!("/metiers/ingenieur-civil/quiz/resultat?a=442&r={INTERETS_I_C}")).await;
    assert_eq!(r.status, 200);
    let html = r.html();
    assert!(text(&html, ".bande-resume").starts_with("Très compatible avec vos intérêts"));
    assert_eq!(select(&html, ".graphique-riasec polygon.forme").len(), 2);
    assert!(text(&html, ".atouts").contains("mathématiques"));
    let vigilances = text(&html, ".vigilances");
    assert!(vigilances.contains("signer un calcul") && vigilances.contains("les stages permettent"), "{vigilances}");
    assert!(!select(&html, "a[href='/metiers/ingenieur-civil#formation']").is_empty());
    assert!(!select(&html, &format!("a[href='/quiz/resultat?r={INTERETS_I_C}']")).is_empty());
    // The form of a job quiz redirects to the compact result.
    let fields: Vec<String> = "442"
        .chars()
        .enumerate()
        .map(|(i, c)| format!("a{}={c}", i + 1))
        .chain(INTERETS_I_C.chars().enumerate().map(|(i, c)| format!("q{}={c}", i + 1)))
        .collect();
    let r = app().get(&format!("/metiers/ingenieur-civil/quiz/resultat?{}", fields.join("&"))).await;
    assert_eq!(r.status, 303);
    assert_eq!(
        r.header("location"),
        Some(format!("/metiers/ingenieur-civil/quiz/resultat?a=442&r={INTERETS_I_C}").as_str())
    );
}

#[tokio::test]
async fn the_method_page_explains_the_bands() {
    let html = app().get("/quiz/methode").await.html();
    let texte = text(&html, "main");
    for attendu in ["Pearson", "0,70", "0,40", "0,10", "RIASEC", "nulle part"] {
        assert!(texte.contains(attendu), "{attendu}");
    }
}

#[tokio::test]
async fn the_same_answers_comparison_or_search_are_computed_once_per_snapshot() {
    let state = guide_metiers::web::AppState::new(common::snapshot(&repo("tests/fixtures/valid/minimal")));
    let app = guide_metiers::web::app(state.clone());
    let kept = || state.live.snapshot.load().resultats.len();
    let url = format!("/quiz/resultat?r={INTERETS_I_C}");
    let first = app.get(&url).await;
    assert_eq!(kept(), 1);
    let again = app.get(&url).await;
    assert_eq!(kept(), 1);
    assert_eq!((again.status, &again.body), (first.status, &first.body));
    assert_eq!(again.header("etag"), first.header("etag"));
    // Another input is another page.
    app.get(&format!("{url}&niveau=master")).await;
    assert_eq!(kept(), 2);
    // Bad input is never kept.
    assert_eq!(app.get("/quiz/resultat?r=9").await.status, 400);
    assert_eq!(kept(), 2);
    // Comparisons and searches are pages computed from the request too.
    for (uri, kept_after) in [
        ("/comparer?m=minimal,ingenieur-civil", 3),
        ("/comparer?m=minimal,ingenieur-civil", 3),
        ("/comparer?m=ingenieur-civil,minimal", 4),
        ("/metiers?q=ingenieur", 5),
        ("/metiers?q=ingenieur", 5),
        ("/comparer?m=minimal,nulle-part", 5),
    ] {
        app.get(uri).await;
        assert_eq!(kept(), kept_after, "{uri}");
    }
}

/// The gzip form of a result page is assembled from the pieces its renderer repeats
/// (`representation::assemblee`): whatever the answers, it decodes to the page itself, it is about
/// as small as zlib's, and it revalidates like any page. The page is assembled from typeset
/// pieces without a typography pass of its own: the typography finds nothing left to change.
#[tokio::test]
async fn result_pages_in_gzip_decode_to_the_page_whatever_the_answers() {
    use std::io::{Read, Write};
    let snapshot = common::snapshot(&repo("content"));
    let items = snapshot.site.items.len();
    let app = guide_metiers::web::app(guide_metiers::web::AppState::new(snapshot));
    let mut hasard = 0x2545_F491_4F6C_DD1Du64;
    let mut tirer = || {
        hasard ^= hasard << 13;
        hasard ^= hasard >> 7;
        hasard ^= hasard << 17;
        hasard
    };
    let mut urls: Vec<String> = (0..40)
        .map(|i| {
            let r: String = (0..items).map(|_| char::from(b'0' + (tirer() % 5) as u8)).collect();
            let niveau = ["", "&niveau=cess", "&niveau=master"][i % 3];
            let bande = ["", "&bande=peu", "&bande=partiellement", "&bande=compatible"][i % 4];
            format!("/quiz/resultat?r={r}{niveau}{bande}")
        })
        .collect();
    // Profiles that rank nothing (all the same answer, a flat profile) are pages too.
    urls.push(format!("/quiz/resultat?r={}", "2".repeat(items)));
    urls.push(format!("/quiz/resultat?r={}", "01234".repeat(items).chars().take(items).collect::<String>()));
    let mut cartes = 0;
    for url in &urls {
        let plain = app.get(url).await;
        assert_eq!(plain.status, 200, "{url}");
        let (status, headers, gz) = app.get_with_bytes(url, &[("accept-encoding", "gzip")]).await;
        assert_eq!(status.as_u16(), 200, "{url}");
        assert_eq!(headers.get("content-encoding").unwrap(), "gzip", "{url}");
        let mut page = String::new();
        flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut page).unwrap();
        assert_eq!(page, plain.body, "{url}");
        // Typeset from typeset pieces: the typography has nothing left to change.
        assert_eq!(guide_metiers::render::typographie::html(&page), page, "{url}");
        // Each card's quiz link is the job's quiz with these answers, as `LienQuiz` writes it.
        let reponses: Vec<u8> =
            url["/quiz/resultat?r=".len()..].split('&').next().unwrap().bytes().map(|b| b - b'0').collect();
        let html = scraper::Html::parse_document(&page);
        for carte in select(&html, "ol.resultats > li") {
            let lien = |css: &str| {
                let s = scraper::Selector::parse(css).unwrap();
                carte.select(&s).next().unwrap().value().attr("href").unwrap().to_string()
            };
            let slug = lien("a.resultat-nom")["/metiers/".len()..].to_string();
            let attendu = LienQuiz::metier(&slug, Vue::Formulaire, None, Some(&reponses)).url();
            assert_eq!(lien("a.resultat-quiz"), attendu, "{url}");
            cartes += 1;
        }
        let mut zlib = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        zlib.write_all(page.as_bytes()).unwrap();
        let zlib = zlib.finish().unwrap().len();
        assert!(gz.len() * 10 <= zlib * 12, "{url}: {} octets, zlib (niveau 1) {zlib}", gz.len());
        let etag = headers.get("etag").unwrap().to_str().unwrap().to_string();
        let again = app.get_with(url, &[("accept-encoding", "gzip"), ("if-none-match", &etag)]).await;
        assert_eq!(again.status, 304, "{url}");
    }
    assert!(cartes > 1000, "{cartes} cartes vérifiées");
}

/// What makes a fresh result cheap to compress: nearly all of its bytes are texts the renderer
/// knows it wrote before or made once per snapshot (cards, hexagon, the template's own text), which
/// gzip copies without searching. If the template stopped writing its text at known addresses (a
/// change in askama, a message copied per request), the page would stay right but slow again.
#[test]
fn nearly_all_of_a_result_page_is_named_for_the_compressor() {
    use guide_metiers::quiz::{Bande, Resultat};
    let s = common::snapshot(&repo("content"));
    let lettres: Vec<usize> = s.site.items.iter().map(|i| i.domaine.index()).collect();
    for (domaine, ouverte) in [(1, None), (4, Some(Bande::Peu)), (2, Some(Bande::Compatible))] {
        let reponses: Vec<u8> =
            lettres.iter().enumerate().map(|(k, &d)| if d == domaine { 4 } else { ((d + k) % 3) as u8 }).collect();
        let resultat = Resultat::calculer(&s.site, &reponses, None, ouverte);
        let page =
            guide_metiers::render::quiz_resultat::render(&resultat, &s.site, &s.prerendu_quiz, &s.i18n, &s.config)
                .unwrap();
        let nommes: usize = page.repetitions.morceaux().iter().map(|&(d, f, _)| (f - d) as usize).sum();
        let part = nommes as f64 / page.html.len() as f64;
        assert!(part > 0.9, "{domaine} {ouverte:?} : {:.1} % des {} octets nommés", part * 100.0, page.html.len());
    }
}
