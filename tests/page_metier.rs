//! The job page of the bundled "Architecte cloud" profile: every section, its items, its metadata.

mod common;

use common::{AppExt, URL, bundled, select, squash, text};
use scraper::Html;

async fn page() -> Html {
    let r = bundled().get("/metiers/architecte-cloud").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
    r.html()
}

fn count(html: &Html, css: &str) -> usize {
    select(html, css).len()
}

#[tokio::test]
async fn head_has_language_title_description_canonical_and_open_graph() {
    let html = page().await;
    assert_eq!(select(&html, "html")[0].value().attr("lang"), Some("fr-BE"));
    assert!(text(&html, "title").starts_with("Architecte cloud"));
    let meta = |css: &str| select(&html, css)[0].value().attr("content").unwrap().to_string();
    assert!(meta("meta[name=description]").len() > 40);
    let canonical = select(&html, "link[rel=canonical]")[0].value().attr("href").unwrap();
    assert_eq!(canonical, format!("{URL}/metiers/architecte-cloud"));
    assert_eq!(meta("meta[property='og:url']"), canonical);
    assert_eq!(meta("meta[property='og:type']"), "article");
    assert!(meta("meta[property='og:title']").starts_with("Architecte cloud"));
    assert_eq!(meta("meta[property='og:locale']"), "fr_BE");
    assert_eq!(count(&html, "link[rel=icon]"), 1);
}

#[tokio::test]
async fn sections_follow_the_reference_order() {
    let html = page().await;
    let ids: Vec<&str> =
        select(&html, "article.metier > section[id]").iter().map(|s| s.value().id().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "essentiel",
            "introduction",
            "chiffres",
            "missions",
            "outils",
            "journee",
            "faits",
            "temoignage",
            "formation",
            "lieux",
            "avantages",
            "conseils",
            "auto-evaluation",
            "faq",
            "se-former",
            "similaires",
            "criteres",
            "interets",
            "codes",
        ]
    );
    // The table of contents links to exactly the sections shown.
    let sommaire: Vec<String> = select(&html, ".sommaire a")
        .iter()
        .map(|a| a.value().attr("href").unwrap().trim_start_matches('#').to_string())
        .collect();
    assert_eq!(sommaire, ids);
}

#[tokio::test]
async fn every_list_of_the_reference_page_is_complete() {
    let html = page().await;
    assert_eq!(text(&html, "h1"), "Architecte cloud");
    assert_eq!(count(&html, "#essentiel .fait-cle"), 4);
    assert_eq!(count(&html, "#chiffres .chiffre"), 6);
    assert_eq!(count(&html, "#missions li"), 10);
    assert_eq!(count(&html, "#outils .outil"), 8);
    assert_eq!(count(&html, "#outils .etiquettes li"), 28);
    assert_eq!(count(&html, "#journee .creneau"), 5);
    assert_eq!(count(&html, "#faits .fait"), 5);
    assert_eq!(count(&html, "#temoignage blockquote"), 1);
    assert_eq!(count(&html, "#formation .etapes li"), 7);
    assert_eq!(count(&html, "#lieux li"), 7);
    assert_eq!(count(&html, "#avantages .pour li"), 8);
    assert_eq!(count(&html, "#avantages .contre li"), 8);
    assert_eq!(count(&html, "#conseils li"), 8);
    assert_eq!(count(&html, "#auto-evaluation .question"), 6);
    assert_eq!(count(&html, "#faq .faq-item"), 8);
    let se_former = select(&html, "#se-former ul");
    assert_eq!(se_former.len(), 2);
    assert_eq!(se_former[0].select(&scraper::Selector::parse("li").unwrap()).count(), 8);
    assert_eq!(se_former[1].select(&scraper::Selector::parse("li").unwrap()).count(), 7);
    assert_eq!(count(&html, "#interets .riasec-valeurs dd"), 6);
}

#[tokio::test]
async fn facts_of_the_reference_page_are_shown() {
    let html = page().await;
    let temoignage = text(&html, "#temoignage figcaption");
    assert!(temoignage.contains("Sophie") && temoignage.contains("Euroclear"), "{temoignage}");
    let chiffres = text(&html, "#chiffres");
    for fait in ["5 000", "95 %", "38 ans", "15 %"] {
        assert!(chiffres.contains(fait), "{fait} absent de {chiffres}");
    }
    assert!(text(&html, "#chiffres h2").contains("2025"));
    // No source in the reference: every figure says it is an estimate.
    assert_eq!(count(&html, "#chiffres .chiffre-source"), 6);
    let ecoles = text(&html, "#se-former");
    for ecole in ["UCLouvain", "ULB", "ULiège", "UNamur", "Léonard de Vinci", "EPHEC", "HEPL", "HELHa"] {
        assert!(ecoles.contains(ecole), "{ecole}");
    }
    let creneaux: Vec<String> =
        select(&html, "#journee time").iter().map(|t| t.value().attr("datetime").unwrap().to_string()).collect();
    assert_eq!(creneaux[..2], ["08:30", "10:00"]);
    assert_eq!(text(&html, "#journee .creneau-heures"), "8 h 30 – 10 h 00");
}

#[tokio::test]
async fn salary_is_formatted_the_french_way_and_drawn() {
    let r = bundled().get("/metiers/architecte-cloud").await;
    // Thousands use a narrow no-break space; the euro sign and the dash are held by no-break spaces.
    assert!(r.body.contains("3\u{202F}800\u{A0}–\u{A0}8\u{202F}500\u{A0}€"));
    assert!(r.body.contains("3\u{202F}800\u{A0}–\u{A0}4\u{202F}800\u{A0}€"));
    assert!(r.body.contains("5\u{202F}500\u{A0}–\u{A0}8\u{202F}500\u{A0}€"));
    let html = r.html();
    let salaire = text(&html, "#essentiel");
    assert!(salaire.contains("3 800 – 8 500 € brut par mois"), "{salaire}");
    assert!(salaire.contains("voiture de société"));
    let svg = select(&html, "#essentiel svg[role=img]");
    assert_eq!(svg.len(), 1);
    assert_eq!(count(&html, "#essentiel svg rect"), 3);
    let desc = text(&html, "#essentiel svg desc");
    assert!(desc.contains("Débutant : 3 800 – 4 800 €"), "{desc}");
    // The reference gives no source: the figures are labelled as an estimate.
    assert!(text(&html, "#essentiel figcaption").contains("Estimation"));
    // The FAQ keeps the range usually quoted for the profession.
    assert!(squash(&text(&html, "#faq")).contains("4 000"));
}

#[tokio::test]
async fn interest_profile_is_drawn_with_a_text_alternative() {
    let html = page().await;
    let svg = select(&html, "#interets svg[role=img]");
    assert_eq!(svg.len(), 1);
    assert_eq!(count(&html, "#interets svg text.etiquette"), 6);
    let desc = text(&html, "#interets svg desc");
    assert!(desc.contains("Investigateur 7/7"), "{desc}");
}

#[tokio::test]
async fn criteria_and_sector_link_to_their_pages() {
    let r = bundled();
    let html = r.get("/metiers/architecte-cloud").await.html();
    let liens: Vec<String> =
        select(&html, "#criteres a").iter().map(|a| a.value().attr("href").unwrap().to_string()).collect();
    assert!(!liens.is_empty());
    for lien in liens.iter().chain(std::iter::once(&"/secteurs/informatique".to_string())) {
        let page = r.get(lien).await;
        assert_eq!(page.status, 200, "{lien}");
        assert!(page.body.contains("/metiers/architecte-cloud"), "{lien} ne liste pas le métier");
    }
}

#[tokio::test]
async fn json_ld_describes_occupation_faq_and_breadcrumbs() {
    let html = page().await;
    let blocs: Vec<serde_json::Value> = select(&html, "script[type='application/ld+json']")
        .iter()
        .map(|s| serde_json::from_str(&s.inner_html()).expect("JSON-LD valide"))
        .collect();
    let of_type = |t: &str| blocs.iter().find(|b| b["@type"] == t).unwrap_or_else(|| panic!("pas de {t}")).clone();

    let occupation = of_type("Occupation");
    assert_eq!(occupation["name"], "Architecte cloud");
    assert_eq!(occupation["occupationLocation"]["name"], "Belgique");
    let salaires = occupation["estimatedSalary"].as_array().unwrap();
    assert_eq!(salaires.len(), 3);
    for s in salaires {
        assert_eq!(s["@type"], "MonetaryAmountDistribution");
        assert_eq!(s["currency"], "EUR");
        assert_eq!(s["duration"], "P1M");
    }
    assert_eq!((salaires[0]["percentile10"].as_u64(), salaires[0]["percentile90"].as_u64()), (Some(3800), Some(8500)));
    assert_eq!(occupation["responsibilities"].as_array().unwrap().len(), 10);

    let faq = of_type("FAQPage");
    assert_eq!(faq["mainEntity"].as_array().unwrap().len(), 8);
    assert_eq!(faq["mainEntity"][0]["@type"], "Question");
    assert!(faq["mainEntity"][0]["acceptedAnswer"]["text"].as_str().unwrap().len() > 50);

    let fil = of_type("BreadcrumbList");
    let items = fil["itemListElement"].as_array().unwrap();
    assert_eq!(items.len(), 4);
    assert_eq!(items[0]["item"], format!("{URL}/"));
    assert_eq!(items[3]["name"], "Architecte cloud");
    // The visible breadcrumb says the same.
    assert_eq!(count(&html, ".fil-ariane li"), 4);
}

#[tokio::test]
async fn review_date_is_written_in_french() {
    let html = page().await;
    let date = select(&html, ".mis-a-jour time")[0];
    let iso = date.value().attr("datetime").unwrap();
    assert_eq!(iso.len(), 10);
    let mois = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let month: usize = iso[5..7].parse().unwrap();
    assert!(squash(&date.text().collect::<String>()).contains(mois[month - 1]));
}
