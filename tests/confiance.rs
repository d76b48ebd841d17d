//! What a reader relies on to trust a figure: every page links the method and the sources;
//! `/sources` lists every cited document with the fiches that cite it; `/a-propos` explains
//! estimates, portraits and the legal minimum; a fiche says where each figure comes from; and
//! every page's visible text follows French typography.

mod common;

use common::{AppExt, bundled, repo, select, squash, text};
use guide_metiers::render::RenderConfig;
use guide_metiers::web::AppState;
use scraper::{ElementRef, Html, Node};

/// Visible text of a page: text nodes outside `script`, `style`, `code` and `pre`.
fn texte_visible(html: &Html) -> Vec<String> {
    let mut out = Vec::new();
    for node in html.tree.nodes() {
        let Node::Text(t) = node.value() else { continue };
        let cache = node.ancestors().any(|a| {
            ElementRef::wrap(a).is_some_and(|e| matches!(e.value().name(), "script" | "style" | "code" | "pre"))
        });
        if !cache && !t.trim().is_empty() {
            out.push(t.to_string());
        }
    }
    out
}

/// The French typography rules a visible text breaks, if any.
fn fautes(texte: &str) -> Vec<String> {
    let c: Vec<char> = texte.chars().collect();
    let mut fautes = Vec::new();
    let extrait = |i: usize| c[i.saturating_sub(20)..(i + 20).min(c.len())].iter().collect::<String>();
    for (i, &x) in c.iter().enumerate() {
        let avant = i.checked_sub(1).map(|j| c[j]);
        let apres = c.get(i + 1).copied();
        if x == '\'' {
            fautes.push(format!("apostrophe droite : « {} »", extrait(i)));
        }
        if matches!(x, ';' | ':' | '!' | '?') && avant == Some(' ') {
            fautes.push(format!("espace ordinaire avant {x} : « {} »", extrait(i)));
        }
        if x == '«' && apres == Some(' ') || x == '»' && avant == Some(' ') {
            fautes.push(format!("espace ordinaire dans les guillemets : « {} »", extrait(i)));
        }
        if x == ' ' && avant.is_some_and(|a| a.is_ascii_digit()) && apres == Some('€') {
            fautes.push(format!("espace sécable avant € : « {} »", extrait(i)));
        }
    }
    fautes
}

#[test]
fn the_typography_check_itself_catches_each_fault() {
    assert_eq!(fautes("Pourquoi ? l'école « oui » 3 800 €").len(), 5);
    assert!(fautes("Pourquoi\u{202F}? l’école «\u{202F}oui\u{202F}» 3\u{202F}800\u{A0}€").is_empty());
}

#[tokio::test]
async fn no_page_breaks_french_typography_in_its_visible_text() {
    let app = bundled();
    let sitemap = app.get("/sitemap.xml").await.body;
    let mut chemins: Vec<String> = sitemap
        .split("<loc>")
        .skip(1)
        .filter_map(|s| s.split("</loc>").next())
        .map(|u| u.trim_start_matches(common::URL).to_string())
        .collect();
    chemins.extend(["/quiz/resultat?r=".to_string() + &"3".repeat(30), "/metiers?q=infirmier".into()]);
    chemins.push("/page-qui-n-existe-pas".into());
    assert!(chemins.len() >= 40, "{} pages", chemins.len());
    let mut toutes = Vec::new();
    for chemin in &chemins {
        let r = app.get(chemin).await;
        for t in texte_visible(&r.html()) {
            toutes.extend(fautes(&t).into_iter().map(|f| format!("{chemin} : {f}")));
        }
    }
    assert!(toutes.is_empty(), "{} fautes, dont :\n{}", toutes.len(), toutes[..toutes.len().min(20)].join("\n"));
}

#[tokio::test]
async fn every_page_footer_links_the_method_and_the_sources() {
    let app = bundled();
    for chemin in ["/", "/metiers", "/quiz", "/metiers/infirmier", "/sources", "/a-propos", "/nulle-part"] {
        let html = app.get(chemin).await.html();
        let liens: Vec<&str> = select(&html, "footer a").iter().filter_map(|a| a.value().attr("href")).collect();
        assert!(liens.contains(&"/a-propos") && liens.contains(&"/sources"), "{chemin} : {liens:?}");
    }
}

/// Every page of the bibliography, from `/sources` along its "next page" links (each one light).
async fn bibliographie(app: &guide_metiers::web::App) -> Vec<scraper::Html> {
    let mut pages = Vec::new();
    let mut chemin = Some("/sources".to_string());
    while let Some(c) = chemin {
        let r = app.get(&c).await;
        assert_eq!(r.status, 200, "{c}");
        assert!(r.body.len() < 150_000, "{c} : {} octets", r.body.len());
        let html = r.html();
        chemin =
            select(&html, ".pagination a[rel=next]").first().and_then(|a| a.value().attr("href")).map(str::to_string);
        pages.push(html);
        assert!(pages.len() < 100, "la pagination des sources tourne en rond");
    }
    pages
}

#[tokio::test]
async fn the_sources_page_lists_each_document_once_with_the_fiches_that_cite_it() {
    let app = bundled();
    let pages = bibliographie(&app).await;
    let site = guide_metiers::content::load(&repo("content")).unwrap();
    // Pages are numbered on from each other and the last one says where it stands.
    let mut suivant = 1;
    for html in &pages {
        let ol = select(html, "ol.bibliographie");
        assert_eq!(ol[0].value().attr("start"), Some(suivant.to_string().as_str()));
        suivant += select(html, ".bibliographie > li").len();
    }
    assert_eq!(
        suivant - 1,
        guide_metiers::catalogue::sources::bibliographie(&site).len(),
        "chaque document sur une page"
    );
    let html = &pages[0];
    let sources: Vec<_> = pages.iter().flat_map(|h| select(h, ".bibliographie > li")).collect();
    assert!(sources.len() >= 10, "{} sources", sources.len());
    let mut titres: Vec<String> = Vec::new();
    for s in &sources {
        let titre = squash(
            &s.select(&scraper::Selector::parse(".source-titre").unwrap()).next().unwrap().text().collect::<String>(),
        );
        assert!(!titres.contains(&titre) || titre.is_empty(), "« {titre} » deux fois");
        titres.push(titre);
    }
    // Every fiche that cites a document is linked from it, and the link leads to a real fiche.
    let liens: Vec<String> =
        select(html, ".source-fiches a").iter().filter_map(|a| a.value().attr("href")).map(str::to_string).collect();
    assert!(!liens.is_empty());
    for lien in liens.iter().take(30) {
        let fiche = lien.split('#').next().unwrap();
        assert_eq!(app.get(fiche).await.status, 200, "{lien}");
    }
    // The legal-minimum table's sources are listed as such.
    assert!(pages.iter().any(|h| !select(h, "a[href='/a-propos#minimum-legal']").is_empty()));
}

#[tokio::test]
async fn a_fiche_links_its_own_sources_and_they_are_on_the_sources_page() {
    let app = bundled();
    let sources_du_site: String = bibliographie(&app).await.iter().map(|h| h.html()).collect();
    let mut fiches_avec_sources = 0;
    for slug in ["infirmier", "cuisinier", "architecte-cloud", "instituteur-primaire", "macon"] {
        let html = app.get(&format!("/metiers/{slug}")).await.html();
        let liens: Vec<String> = select(&html, "#sources .provenance a")
            .iter()
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect();
        if !liens.is_empty() {
            fiches_avec_sources += 1;
        }
        for lien in liens {
            let echappe = lien.replace('&', "&amp;");
            assert!(sources_du_site.contains(&echappe), "{slug} : {lien} absent de /sources");
        }
        assert!(text(&html, ".mis-a-jour").contains("relue"), "{slug}");
    }
    assert!(fiches_avec_sources >= 3, "{fiches_avec_sources}");
}

#[tokio::test]
async fn salaries_say_where_they_come_from_and_portraits_say_they_are_portraits() {
    let app = bundled();
    let site = guide_metiers::content::load(&repo("content")).unwrap();
    for m in site.metiers.iter().filter(|m| m.salaire.is_some()).take(40) {
        let html = app.get(&format!("/metiers/{}", m.slug)).await.html();
        let provenance = text(&html, "#essentiel .provenance");
        assert!(
            provenance.starts_with("Source") || provenance.starts_with("Estimation de la rédaction :"),
            "{} : {provenance}",
            m.slug
        );
        if provenance.starts_with("Estimation") {
            assert!(provenance.len() > "Estimation de la rédaction : ".len() + 20, "{} : {provenance}", m.slug);
        }
        if m.fiche().unwrap().temoignage.is_some() {
            assert!(text(&html, ".temoignage-nature").starts_with("Portrait composé par la rédaction"), "{}", m.slug);
        }
    }
}

#[tokio::test]
async fn the_about_page_explains_estimates_portraits_the_minimum_wage_and_how_to_report_an_error() {
    let app = bundled();
    let r = app.get("/a-propos").await;
    assert_eq!(r.status, 200);
    let html = r.html();
    for ancre in [
        "redaction",
        "verification",
        "estimation",
        "portraits",
        "minimum-legal",
        "independance",
        "vie-privee",
        "signaler",
    ] {
        assert_eq!(select(&html, &format!("h2#{ancre}")).len(), 1, "{ancre}");
    }
    let lignes = select(&html, ".tableau-rmmmg tbody tr");
    assert!(lignes.len() >= 3, "{} périodes", lignes.len());
    assert!(squash(&lignes[0].text().collect::<String>()).contains("2 111,89"), "montant le plus récent");
    // Without a configured address, the page says so instead of inventing one.
    assert!(select(&html, "a[href^='mailto:']").is_empty());

    let mut config = RenderConfig::new(common::URL, &repo("static"));
    config.contact = Some("redaction@example.org".into());
    let app = guide_metiers::web::app(AppState::new(common::snapshot_with(&repo("content"), config)));
    let html = app.get("/a-propos").await.html();
    let mailto: Vec<&str> = select(&html, "a[href^='mailto:']").iter().filter_map(|a| a.value().attr("href")).collect();
    assert_eq!(mailto, ["mailto:redaction@example.org"]);
}
