//! The catalogue pages: search and filters, similar jobs, comparison, open data, sitemap.

mod common;

use common::{AppExt, app_for, bundled, repo, select, text};
use guide_metiers::web::App;

fn fixture() -> App {
    app_for(&repo("tests/fixtures/valid/minimal"))
}

fn noms(r: &common::Reponse) -> Vec<String> {
    select(&r.html(), ".cartes .carte-titre a").iter().map(|a| a.text().collect::<String>()).collect()
}

#[tokio::test]
async fn search_ignores_accents_and_case_and_finds_other_names() {
    let app = fixture();
    for q in ["ingenieur", "INGÉNIEUR", "Ingénieur", "ingénieure", "ingenieur construction", "  civil  "] {
        let encoded: String = form_urlencoded::byte_serialize(q.as_bytes()).collect();
        let r = app.get(&format!("/metiers?q={encoded}")).await;
        assert_eq!(r.status, 200, "{q}");
        assert_eq!(noms(&r), ["Ingénieur civil"], "{q}");
    }
    // The search box keeps what was typed.
    let html = app.get("/metiers?q=ING%C3%89NIEUR").await.html();
    assert_eq!(select(&html, "#q")[0].value().attr("value"), Some("INGÉNIEUR"));
}

#[tokio::test]
async fn filters_combine() {
    let app = fixture();
    assert_eq!(noms(&app.get("/metiers?secteur=informatique").await).len(), 2);
    assert_eq!(noms(&app.get("/metiers?secteur=informatique&critere=contact-humain").await), ["Ingénieur civil"]);
    assert_eq!(
        noms(&app.get("/metiers?critere=teletravail-possible&critere=contact-humain").await),
        ["Ingénieur civil"]
    );
    // A study level keeps the jobs open at that level or below.
    assert_eq!(noms(&app.get("/metiers?niveau=cess").await), ["Métier minimal"]);
    assert_eq!(noms(&app.get("/metiers?niveau=master").await).len(), 3);
    // Empty values (a form sent untouched) mean "any".
    assert_eq!(noms(&app.get("/metiers?q=&secteur=&niveau=").await).len(), 3);
    // Each active filter can be removed by a link.
    let html = app.get("/metiers?secteur=informatique&critere=contact-humain").await.html();
    let retirer: Vec<&str> =
        select(&html, ".filtres-actifs a").iter().map(|a| a.value().attr("href").unwrap()).collect();
    assert_eq!(retirer, ["/metiers?critere=contact-humain", "/metiers?secteur=informatique"]);
    assert_eq!(select(&html, "meta[name=robots]").len(), 1, "les listes filtrées ne sont pas indexées");
}

#[tokio::test]
async fn an_empty_result_says_so_kindly() {
    let r = fixture().get("/metiers?q=astronaute").await;
    assert_eq!(r.status, 200);
    let html = r.html();
    assert!(text(&html, ".compte").contains("Aucun métier"));
    assert!(text(&html, ".vide").contains("mot plus court"));
    assert!(!select(&html, ".vide a[href='/metiers']").is_empty());
}

#[tokio::test]
async fn bad_filters_get_a_french_400_that_says_what_is_wrong() {
    let app = fixture();
    let long = "a".repeat(101);
    let cases = [
        ("/metiers?secteur=espace".to_string(), "Le secteur « espace » n’existe pas"),
        ("/metiers?critere=%3Cscript%3E".to_string(), "Le critère « <script> » n’existe pas"),
        ("/metiers?niveau=doctorat".to_string(), "Le niveau d’études « doctorat » n’existe pas"),
        (format!("/metiers?q={long}"), "dépasse 100 caractères"),
        ("/metiers?q=a&q=b".to_string(), "« q » apparaît plusieurs fois"),
        (format!("/metiers?q={}", "x".repeat(5000)), "beaucoup trop longue"),
    ];
    for (uri, attendu) in cases {
        let r = app.get(&uri).await;
        assert_eq!(r.status, 400, "{uri}");
        let html = r.html();
        assert!(text(&html, ".erreur-detail").contains(attendu), "{uri}: {}", text(&html, ".erreur-detail"));
        assert!(!select(&html, "main a[href='/']").is_empty());
        assert!(!r.body.contains("<script>"));
    }
}

#[tokio::test]
async fn comparison_shows_jobs_side_by_side_and_refuses_bad_input() {
    let app = fixture();
    let r = app.get("/comparer?m=minimal,ingenieur-civil").await;
    assert_eq!(r.status, 200);
    let html = r.html();
    let entetes: Vec<String> = select(&html, ".comparaison thead th").iter().map(|t| t.text().collect()).collect();
    assert_eq!(entetes, ["Métier minimal", "Ingénieur civil"]);
    // One salary bar: the minimal job has no salary, and says so.
    assert_eq!(select(&html, ".graphique-salaire rect").len(), 1);
    assert!(text(&html, ".comparaison").contains("Pas de chiffre fiable"));
    assert_eq!(select(&html, ".graphique-riasec polygon.forme").len(), 2);
    // The form's repeated parameters work too, and keep the choices.
    let r = app.get("/comparer?m=minimal&m=ingenieur-civil&m=").await;
    assert_eq!(r.status, 200);
    assert_eq!(select(&r.html(), "#m2 option[selected]")[0].value().attr("value"), Some("ingenieur-civil"));
    // Without a choice: the form.
    let r = app.get("/comparer").await;
    assert_eq!(r.status, 200);
    assert!(select(&r.html(), ".comparaison").is_empty());

    for (uri, status) in [
        ("/comparer?m=minimal", 400),
        ("/comparer?m=minimal,minimal", 400),
        ("/comparer?m=minimal,ingenieur-civil,echappement,minimal", 400),
        ("/comparer?m=minimal,Nope!", 400),
        ("/comparer?m=minimal,inconnu", 404),
    ] {
        assert_eq!(app.get(uri).await.status, status, "{uri}");
    }
}

#[tokio::test]
async fn profiles_are_open_data_in_json() {
    let r = fixture().get("/metiers/ingenieur-civil.json").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/json; charset=utf-8"));
    let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(json["slug"], "ingenieur-civil");
    assert_eq!(json["nom"], "Ingénieur civil");
    assert_eq!(json["mis_a_jour"], "2025-03-01");
    assert_eq!(json["riasec"]["I"], 7);
    assert_eq!(json["salaire"]["min"], 3500);
    assert_eq!(json["url"], format!("{}/metiers/ingenieur-civil", common::URL));
    assert_eq!(fixture().get("/metiers/inconnu.json").await.status, 404);
}

#[tokio::test]
async fn sitemap_lists_every_page_and_robots_points_to_it() {
    let app = fixture();
    let r = app.get("/sitemap.xml").await;
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").unwrap().starts_with("application/xml"));
    let locs: Vec<&str> = r.body.split("<loc>").skip(1).map(|s| s.split("</loc>").next().unwrap()).collect();
    for path in [
        "/",
        "/metiers",
        "/criteres",
        "/comparer",
        "/metiers/minimal",
        "/metiers/ingenieur-civil",
        "/secteurs/sante",
        "/criteres/contact-humain",
    ] {
        assert!(locs.contains(&format!("{}{path}", common::URL).as_str()), "{path} absent du sitemap");
    }
    for loc in &locs {
        let path = loc.strip_prefix(common::URL).unwrap();
        assert_eq!(app.get(path).await.status, 200, "{path}");
    }
    assert!(r.body.contains("<lastmod>2025-03-01</lastmod>"));
    let robots = app.get("/robots.txt").await;
    assert_eq!(robots.status, 200);
    assert!(robots.body.contains(&format!("Sitemap: {}/sitemap.xml", common::URL)));
}

#[tokio::test]
async fn similar_jobs_are_completed_and_explained() {
    let html = fixture().get("/metiers/echappement").await.html();
    let similaires = select(&html, "#similaires li");
    // Only two other jobs exist in this catalogue: both are listed, the editor's choice first.
    assert_eq!(similaires.len(), 2);
    assert_eq!(text(&html, "#similaires li .similaire-nom"), "Métier minimal");
    for li in &similaires {
        let raison = li.select(&scraper::Selector::parse(".similaire-raison").unwrap()).next().unwrap();
        assert!(!raison.text().collect::<String>().trim().is_empty());
    }
    let comparer = select(&html, "#similaires .similaire-comparer")[0].value().attr("href").unwrap();
    assert_eq!(comparer, "/comparer?m=echappement,minimal");
}

#[tokio::test]
async fn every_bundled_job_has_at_least_four_explained_similar_jobs() {
    let app = bundled();
    let site = guide_metiers::content::load(&repo("content")).unwrap();
    for m in &site.metiers {
        let html = app.get(&format!("/metiers/{}", m.slug)).await.html();
        let n = select(&html, "#similaires li").len();
        assert!(n >= 4.min(site.metiers.len() - 1), "{}: {n} métiers similaires", m.slug);
    }
}

/// The catalogue covers Belgium's labour market in a balanced way (issue 14): enough fiches, full
/// sectors, every ISCO-08 major group, every RIASEC interest leading somewhere (the quiz can only
/// suggest what exists) and every study level.
#[test]
fn the_bundled_catalogue_is_broad_and_balanced() {
    use std::collections::HashMap;
    let site = guide_metiers::content::load(&repo("content")).unwrap();
    assert!(site.metiers.len() >= 130, "{} fiches (130 au moins)", site.metiers.len());

    let mut par_secteur: HashMap<&str, usize> = HashMap::new();
    let mut par_grand_groupe = [0usize; 10];
    let mut par_lettre = [0usize; 6];
    let mut par_niveau: std::collections::BTreeMap<guide_metiers::content::NiveauEtudes, usize> = Default::default();
    for m in &site.metiers {
        *par_secteur.entry(m.secteur.as_str()).or_default() += 1;
        let isco = m.codes.isco.as_deref().unwrap_or_else(|| panic!("{} : pas de code ISCO", m.slug));
        let grand_groupe = isco.chars().next().and_then(|c| c.to_digit(10)).expect("ISCO à quatre chiffres");
        par_grand_groupe[grand_groupe as usize] += 1;
        let v = m.riasec.valeurs();
        let max = *v.iter().max().unwrap();
        let premiers: Vec<usize> = (0..6).filter(|&i| v[i] == max).collect();
        assert_eq!(premiers.len(), 1, "{} : plusieurs domaines en tête", m.slug);
        par_lettre[premiers[0]] += 1;
        *par_niveau.entry(m.niveau_etudes).or_default() += 1;
    }
    let pleins = par_secteur.values().filter(|&&n| n >= 4).count();
    assert!(pleins >= 15, "{pleins} secteurs de 4 fiches ou plus (15 au moins) : {par_secteur:?}");
    for (groupe, n) in par_grand_groupe.iter().enumerate().skip(1) {
        assert!(*n >= 5, "grand groupe ISCO {groupe} : {n} fiche(s) (5 au moins)");
    }
    for (i, n) in par_lettre.iter().enumerate() {
        let lettre = guide_metiers::content::Riasec::LETTRES[i];
        assert!(*n >= 12, "domaine {lettre} en tête de {n} fiche(s) (12 au moins)");
    }
    for niveau in guide_metiers::content::NiveauEtudes::ALL {
        let n = par_niveau.get(&niveau).copied().unwrap_or(0);
        assert!(n >= 12, "niveau {niveau:?} : {n} fiche(s) (12 au moins)");
    }
}

/// Every bundled fiche is complete and passes `check` without a warning.
#[test]
fn every_bundled_profile_is_complete_and_checks_without_warning() {
    let site = guide_metiers::content::load(&repo("content")).unwrap();
    let i18n = guide_metiers::i18n::I18n::load(&repo("locales/fr")).unwrap();
    let avertissements = site.avertissements.lignes(&i18n);
    assert!(avertissements.is_empty(), "avertissements de check :\n{}", avertissements.join("\n"));
    for metier in &site.metiers {
        let m = metier.fiche().unwrap();
        let vides = [
            ("lieux_travail", m.lieux_travail.is_empty()),
            ("zones_emploi", m.zones_emploi.is_empty()),
            ("avantages", m.avantages.is_empty()),
            ("inconvenients", m.inconvenients.is_empty()),
            ("conseils", m.conseils.is_empty()),
            ("salaire", m.salaire.is_none()),
            ("temoignage", m.temoignage.is_none()),
            ("formation", m.formation.etapes.is_empty()),
            // A job learnt at a haute école or a university always names where. Others may name
            // none when the editors could not confirm a current course (employer-run training,
            // courses that change every year): better none than a doubtful one, and the page says so.
            (
                "etablissements",
                m.formation.etablissements.is_empty()
                    && matches!(
                        m.niveau_etudes,
                        guide_metiers::content::NiveauEtudes::Bachelier | guide_metiers::content::NiveauEtudes::Master
                    ),
            ),
            ("chiffres", m.chiffres.is_empty()),
            ("outils", m.outils.is_empty()),
            ("journee", m.journee.is_empty()),
            ("faits", m.faits.is_empty()),
            ("similaires", m.similaires.is_empty()),
            ("autres_noms", m.autres_noms.is_empty()),
        ];
        for (section, vide) in vides {
            assert!(!vide, "{} : section {section} vide", m.slug);
        }
        assert!(m.auto_evaluation.len() >= 5, "{} : {} questions d'auto-évaluation", m.slug, m.auto_evaluation.len());
        assert!(m.faq.len() >= 4, "{} : {} questions de FAQ", m.slug, m.faq.len());
        assert!(m.missions.len() >= 5, "{} : {} missions", m.slug, m.missions.len());
    }
}
