//! Finding a job in a long catalogue: search that forgives (feminine forms, other names,
//! prefixes, typos, "Vouliez-vous dire"), the A–Z index, pages of a long list, folded quiz
//! results, the grouped comparison picker and the shortage lists side by side.

mod common;

use common::{AppExt, bundled, repo, select, squash, text};

fn noms(html: &scraper::Html) -> Vec<String> {
    select(html, ".cartes .carte-titre a").iter().map(|a| squash(&a.text().collect::<String>())).collect()
}

async fn chercher(app: &guide_metiers::web::App, q: &str) -> scraper::Html {
    let encoded: String = form_urlencoded::byte_serialize(q.as_bytes()).collect();
    let r = app.get(&format!("/metiers?q={encoded}")).await;
    assert_eq!(r.status, 200, "{q}");
    r.html()
}

#[tokio::test]
async fn search_finds_feminine_forms_other_names_and_prefixes_name_matches_first() {
    let app = bundled();
    for (q, attendu) in [
        ("infirmière", "Infirmier / Infirmière"),
        ("institutrice", "Instituteur maternel"),
        ("instit", "Instituteur maternel"),
        ("kiné", "Kinésithérapeute"),
        ("KINE", "Kinésithérapeute"),
        ("coiffeuse", "Coiffeur"),
        ("boulangère", "Boulanger-pâtissier"),
        ("electricienne", "Électricien"),
        ("plomb", "Plombier-chauffagiste"),
    ] {
        let html = chercher(&app, q).await;
        let trouves = noms(&html);
        assert_eq!(trouves.first().map(String::as_str), Some(attendu), "{q} : {trouves:?}");
        assert!(select(&html, ".corrige").is_empty(), "{q} n'est pas une faute");
    }
    // Both teachers answer to "institutrice", names first, before any job that only mentions teaching.
    for q in ["institutrice", "instit"] {
        let trouves = noms(&chercher(&app, q).await);
        assert_eq!(
            trouves.get(..2),
            Some(&["Instituteur maternel".to_string(), "Instituteur primaire".to_string()][..]),
            "{q} : {trouves:?}"
        );
    }
    // A word found in a name ranks that job before jobs that only mention it in their tagline.
    let html = chercher(&app, "soins").await;
    let trouves = noms(&html);
    assert!(trouves.len() >= 2, "{trouves:?}");
}

#[tokio::test]
async fn one_or_two_typos_are_forgiven_and_said_so() {
    let app = bundled();
    for (q, attendu) in [
        ("electritien", "Électricien"),
        ("menusier", "Menuisier"),
        ("psycologue", "Psychologue"),
        ("infirmeir", "Infirmier / Infirmière"),
    ] {
        let html = chercher(&app, q).await;
        assert_eq!(noms(&html).first().map(String::as_str), Some(attendu), "{q}");
        assert!(text(&html, ".corrige").contains("résultats pour"), "{q}");
    }
}

#[tokio::test]
async fn when_nothing_matches_close_names_are_suggested() {
    let app = bundled();
    let html = chercher(&app, "astronaute").await;
    assert!(noms(&html).is_empty());
    assert!(text(&html, ".compte").contains("Aucun métier"));
    // A far-off word: no suggestion rather than a silly one.
    assert!(select(&html, ".suggestions").is_empty());
    let html = chercher(&app, "pharmacienne hospitaliere").await;
    let liens: Vec<&str> = select(&html, ".suggestions a").iter().filter_map(|a| a.value().attr("href")).collect();
    assert!(liens.contains(&"/metiers/pharmacien"), "{liens:?}");
}

#[tokio::test]
async fn the_a_to_z_list_has_a_letter_index_that_leads_to_its_jobs() {
    let app = bundled();
    let html = app.get("/metiers").await.html();
    let index = select(&html, ".index-lettres li");
    assert_eq!(index.len(), 26);
    let liens: Vec<&str> = select(&html, ".index-lettres a").iter().filter_map(|a| a.value().attr("href")).collect();
    assert!(liens.len() >= 15, "{liens:?}");
    for lien in liens {
        let ancre = lien.trim_start_matches('#');
        let groupe = select(&html, &format!("section.groupe-lettre h3#{ancre}"));
        assert_eq!(groupe.len(), 1, "{lien}");
    }
    // Every job once, filed under its initial (accents ignored: Électricien under E).
    let site = guide_metiers::content::load(&repo("content")).unwrap();
    assert_eq!(noms(&html).len(), site.metiers.len());
    let e = select(&html, "section.groupe-lettre[aria-labelledby=lettre-e] .carte-titre a");
    assert!(e.iter().any(|a| a.text().collect::<String>() == "Électricien"));
    assert!(select(&html, ".pagination").is_empty(), "le catalogue livré tient sur une page");
}

/// A catalogue of `n` fiches made from the bundled ones under new slugs (like bench/generer.py).
fn grand_catalogue(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let content = repo("content");
    for f in ["secteurs.toml", "criteres.toml", "quiz.toml", "rmmmg.toml"] {
        std::fs::copy(content.join(f), dir.path().join(f)).unwrap();
    }
    std::fs::create_dir(dir.path().join("metiers")).unwrap();
    let mut modeles: Vec<_> = std::fs::read_dir(content.join("metiers")).unwrap().map(|e| e.unwrap().path()).collect();
    modeles.sort();
    for i in 0..n {
        let modele = &modeles[i % modeles.len()];
        let texte = std::fs::read_to_string(modele).unwrap();
        let serie = i / modeles.len();
        let texte: String = texte
            .lines()
            .map(|l| {
                if let Some(nom) = l.strip_prefix("nom = \"").and_then(|r| r.strip_suffix('"')) {
                    format!("nom = \"{nom} {serie}\"")
                } else if l.starts_with("similaires = ") {
                    "similaires = []".to_string()
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        let slug = modele.file_stem().unwrap().to_string_lossy();
        std::fs::write(dir.path().join(format!("metiers/{slug}-{serie:03}.toml")), texte).unwrap();
    }
    dir
}

#[tokio::test]
async fn a_long_list_is_split_into_light_pages_and_the_index_points_across_them() {
    let n = 450;
    let dir = grand_catalogue(n);
    // Job pages rendered on demand, as for any catalogue past the limit: this test is about lists.
    let mut config = guide_metiers::render::RenderConfig::new(common::URL, &repo("static"));
    config.prerendu_max = 0;
    let app = guide_metiers::web::app(guide_metiers::web::AppState::new(common::snapshot_with(dir.path(), config)));
    let r = app.get("/metiers").await;
    assert_eq!(r.status, 200);
    assert!(r.body.len() < 150_000, "page de {} octets", r.body.len());
    let html = r.html();
    assert_eq!(noms(&html).len(), guide_metiers::catalogue::recherche::PAGE_TAILLE);
    assert!(text(&html, ".pagination").contains("Page 1 sur 3"));
    let mut vus = noms(&html);
    for page in [2, 3] {
        let r = app.get(&format!("/metiers?page={page}")).await;
        assert_eq!(r.status, 200);
        let html = r.html();
        assert!(text(&html, ".pagination").contains(&format!("Page {page} sur 3")));
        vus.extend(noms(&html));
    }
    assert_eq!(vus.len(), n, "chaque fiche une fois sur l'ensemble des pages");
    let mut uniques = vus.clone();
    uniques.sort();
    uniques.dedup();
    assert_eq!(uniques.len(), n);
    // A letter whose jobs are on another page links to that page.
    let liens: Vec<String> =
        select(&html, ".index-lettres a").iter().filter_map(|a| a.value().attr("href")).map(String::from).collect();
    assert!(liens.iter().any(|l| l.starts_with("/metiers?page=")), "{liens:?}");
    for lien in liens.iter().filter(|l| l.starts_with('/')) {
        let (chemin, ancre) = lien.split_once('#').unwrap();
        let html = app.get(chemin).await.html();
        assert_eq!(select(&html, &format!("h3#{ancre}")).len(), 1, "{lien}");
    }
    // A page past the end, or not a number: a French 400, never a 500 or an empty page.
    for mauvais in ["/metiers?page=4", "/metiers?page=0", "/metiers?page=deux", "/metiers?page=1&page=2"] {
        let r = app.get(mauvais).await;
        assert_eq!(r.status, 400, "{mauvais}");
        assert!(text(&r.html(), "main").contains("page"), "{mauvais}");
    }
    // Filters keep their page links.
    let html = app.get("/metiers?secteur=sante").await.html();
    for a in select(&html, ".pagination a") {
        assert!(a.value().attr("href").unwrap().contains("secteur=sante"));
    }
}

#[tokio::test]
async fn quiz_results_show_the_best_of_each_band_and_link_to_the_rest() {
    let app = bundled();
    let adresse = format!("/quiz/resultat?r={}", "240123".repeat(5));
    let html = app.get(&adresse).await.html();
    let cartes =
        |bande: &scraper::ElementRef| bande.select(&scraper::Selector::parse("ol.resultats > li").unwrap()).count();
    let (mut total, mut coupees) = (0, 0);
    for bande in select(&html, "section.bande") {
        let id = bande.value().attr("aria-labelledby").unwrap().to_string();
        let visibles = cartes(&bande);
        assert!((1..=5).contains(&visibles));
        total += visibles;
        let Some(suite) = bande.select(&scraper::Selector::parse(".bande-suite a").unwrap()).next() else {
            continue;
        };
        coupees += 1;
        assert_eq!(visibles, 5, "{id} : seule une catégorie de plus de cinq métiers renvoie à la suite");
        let texte = squash(&suite.text().collect::<String>());
        let href = suite.value().attr("href").unwrap();
        assert!(href.ends_with(&format!("#{id}")), "{href}");
        // The band opened: every job of the band, the first five the same, and a way back.
        let ouverte = app.get(href.split('#').next().unwrap()).await;
        assert_eq!(ouverte.status, 200, "{href}");
        let ouverte = ouverte.html();
        let section = select(&ouverte, &format!("section[aria-labelledby='{id}']"));
        let n = cartes(&section[0]);
        assert!(texte.contains(&(n - 5).to_string()), "{texte} ({n} métiers)");
        let noms = |page: &scraper::Html| -> Vec<String> {
            select(page, &format!("section[aria-labelledby='{id}'] a.resultat-nom"))
                .iter()
                .map(|a| squash(&a.text().collect::<String>()))
                .collect()
        };
        assert_eq!(noms(&html)[..], noms(&ouverte)[..5]);
        let retour = select(&ouverte, &format!("section[aria-labelledby='{id}'] .bande-suite a"));
        assert_eq!(retour[0].value().attr("href").unwrap(), format!("{adresse}#{id}"));
        total += n - 5;
    }
    let site = guide_metiers::content::load(&repo("content")).unwrap();
    assert_eq!(total, site.metiers.len(), "aucun métier perdu d’une catégorie à l’autre");
    assert!(coupees > 0, "au moins une catégorie coupée");
    // A band that does not exist: a French 400 that names the right ones.
    let r = app.get(&format!("{adresse}&bande=excellents")).await;
    assert_eq!(r.status, 400);
    assert!(text(&r.html(), "main").contains("tres-compatible"));
}

#[tokio::test]
async fn the_comparison_picker_groups_jobs_by_sector() {
    let html = bundled().get("/comparer").await.html();
    let groupes = select(&html, "#m1 optgroup");
    let site = guide_metiers::content::load(&repo("content")).unwrap();
    let secteurs_avec_metiers =
        site.secteurs.iter().filter(|s| site.metiers_du_secteur(&s.slug).next().is_some()).count();
    assert_eq!(groupes.len(), secteurs_avec_metiers);
    assert_eq!(select(&html, "#m1 optgroup option").len(), site.metiers.len());
}

#[tokio::test]
async fn the_shortage_page_puts_the_three_regions_side_by_side() {
    let app = bundled();
    let r = app.get("/penuries").await;
    assert_eq!(r.status, 200);
    let html = r.html();
    let colonnes: Vec<String> =
        select(&html, ".tableau-penuries thead th").iter().map(|t| squash(&t.text().collect::<String>())).collect();
    assert_eq!(colonnes, ["Fiche du guide", "Wallonie (Le Forem)", "Bruxelles (Actiris)", "Flandre (VDAB)"]);
    let site = guide_metiers::content::load(&repo("content")).unwrap();
    let rangees = select(&html, ".tableau-penuries tbody tr");
    assert_eq!(rangees.len(), site.metiers.iter().filter(|m| !m.penuries.is_empty()).count());
    let td = scraper::Selector::parse("td").unwrap();
    for m in site.metiers.iter().filter(|m| !m.penuries.is_empty()) {
        let rangee = rangees.iter().find(|r| r.html().contains(&format!("/metiers/{}\"", m.slug))).expect(&m.slug);
        let cellules: Vec<String> = rangee.select(&td).map(|c| squash(&c.text().collect::<String>())).collect();
        for (i, region) in guide_metiers::content::metier::Region::ALL.iter().enumerate() {
            match m.penuries.iter().find(|p| p.region == *region) {
                // The page sets apostrophes typographically (’), the fiche has them typed (').
                Some(p) => assert!(cellules[i].replace('’', "'").contains(&p.intitule), "{} : {cellules:?}", m.slug),
                None => assert!(cellules[i].contains("pas sur la liste lue"), "{} : {cellules:?}", m.slug),
            }
        }
        // The fiche says where the job is short, and links the comparison.
        let fiche = app.get(&format!("/metiers/{}", m.slug)).await.html();
        assert_eq!(select(&fiche, "#penuries li").len(), m.penuries.len(), "{}", m.slug);
        assert!(!select(&fiche, "#penuries a[href='/penuries']").is_empty());
    }
    // Each region names the lists it read.
    for region in ["wallonie", "bruxelles", "flandre"] {
        assert_eq!(select(&html, &format!("h3#{region}")).len(), 1);
    }
    assert!(select(&html, "#listes-titre ~ ul .provenance a").len() >= 3);
}

#[tokio::test]
async fn at_ten_thousand_jobs_no_page_weighs_more_than_a_megabyte() {
    let dir = grand_catalogue(2_500);
    let mut config = guide_metiers::render::RenderConfig::new(common::URL, &repo("static"));
    config.prerendu_max = 0;
    let app = guide_metiers::web::app(guide_metiers::web::AppState::new(common::snapshot_with(dir.path(), config)));
    let site = guide_metiers::content::load(dir.path()).unwrap();
    let mut pages: Vec<String> =
        ["/", "/metiers", "/criteres", "/comparer", "/sources", "/penuries", "/a-propos", "/quiz"]
            .map(String::from)
            .into();
    pages.extend(site.secteurs.iter().map(|s| format!("/secteurs/{}", s.slug)));
    pages.extend(site.criteres.iter().map(|c| format!("/criteres/{}", c.slug)));
    pages.push(format!("/quiz/resultat?r={}", "240123".repeat(5)));
    pages.push(format!("/comparer?m={},{}", site.metiers[0].slug, site.metiers[1].slug));
    for page in &pages {
        let r = app.get(page).await;
        assert_eq!(r.status, 200, "{page}");
        // 2 500 fiches already make every unbounded list heavy: 400 KB here is 1 MB at 10 000.
        assert!(r.body.len() < 400_000, "{page} : {} octets", r.body.len());
    }
    // The long catalogue's comparison picker takes typed names and leads to the usual address.
    let html = app.get("/comparer").await.html();
    assert_eq!(select(&html, "input[name=n][list=noms-metiers]").len(), 3);
    let (a, b) = (&site.metiers[3], &site.metiers[7]);
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("n", &a.nom)
        .append_pair("n", &b.nom.to_uppercase())
        .finish();
    let r = app.get(&format!("/comparer?{query}")).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), Some(format!("/comparer?m={},{}", a.slug, b.slug).as_str()));
    let r = app.get("/comparer?n=Astronaute&n=Plombier").await;
    assert_eq!(r.status, 400);
    assert!(text(&r.html(), "main").contains("Astronaute"));
}
