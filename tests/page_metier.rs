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
            "sources",
        ]
    );
    // The table of contents links to exactly the sections shown.
    let sommaire: Vec<String> = select(&html, ".sommaire a")
        .iter()
        .map(|a| a.value().attr("href").unwrap().trim_start_matches('#').to_string())
        .collect();
    assert_eq!(sommaire, ids);
}

/// Text as the page shows it (French typography applied).
fn typo(s: &str) -> String {
    guide_metiers::render::typographie::texte(s)
}

/// The bundled profile, as the page must show it.
fn fiche() -> guide_metiers::content::Fiche {
    let site = guide_metiers::content::load(&common::repo("content")).unwrap();
    site.metier("architecte-cloud").unwrap().fiche().unwrap()
}

#[tokio::test]
async fn every_list_of_the_profile_is_shown_whole() {
    let html = page().await;
    let m = fiche();
    assert_eq!(text(&html, "h1"), "Architecte cloud");
    assert_eq!(count(&html, "#essentiel .fait-cle"), 4);
    assert_eq!(count(&html, "#chiffres .chiffre"), m.chiffres.len());
    assert_eq!(count(&html, "#missions li"), m.missions.len());
    assert_eq!(count(&html, "#outils .outil"), m.outils.len());
    assert_eq!(count(&html, "#outils .etiquettes li"), m.outils.iter().map(|o| o.elements.len()).sum::<usize>());
    assert_eq!(count(&html, "#journee .creneau"), m.journee.len());
    assert_eq!(count(&html, "#faits .fait"), m.faits.len());
    assert_eq!(count(&html, "#temoignage blockquote"), 1);
    assert_eq!(count(&html, "#formation .etapes li"), m.formation.etapes.len());
    assert_eq!(count(&html, "#lieux li"), m.lieux_travail.len());
    assert_eq!(count(&html, "#avantages .pour li"), m.avantages.len());
    assert_eq!(count(&html, "#avantages .contre li"), m.inconvenients.len());
    assert_eq!(count(&html, "#conseils li"), m.conseils.len());
    assert_eq!(count(&html, "#auto-evaluation .question"), m.auto_evaluation.len());
    assert_eq!(count(&html, "#faq .faq-item"), m.faq.len());
    let se_former = select(&html, "#se-former ul");
    assert_eq!(se_former.len(), 2);
    let li = scraper::Selector::parse("li").unwrap();
    assert_eq!(se_former[0].select(&li).count(), m.formation.etablissements.len());
    assert_eq!(se_former[1].select(&li).count(), m.zones_emploi.len());
    assert_eq!(count(&html, "#interets .riasec-valeurs dd"), 6);
    // The reference page's depth is kept: not a stub.
    assert!(m.missions.len() >= 8 && m.faq.len() >= 6 && m.outils.len() >= 6, "fiche appauvrie");
}

#[tokio::test]
async fn facts_sources_and_the_portrait_are_shown_as_what_they_are() {
    let html = page().await;
    let m = fiche();
    let t = m.temoignage.as_ref().unwrap();
    let legende = text(&html, "#temoignage figcaption");
    assert!(legende.contains(&t.auteur) && legende.contains(&t.role), "{legende}");
    assert!(text(&html, ".temoignage-nature").starts_with("Portrait composé par la rédaction"));
    // Each figure says where it comes from: a linked source or the editors' estimate.
    let provenances = select(&html, "#chiffres .provenance");
    assert_eq!(provenances.len(), m.chiffres.len());
    for (p, c) in provenances.iter().zip(&m.chiffres) {
        let vu = squash(&p.text().collect::<String>());
        match (&c.source, &c.estimation) {
            (Some(titre), _) => assert!(vu.starts_with("Source :") && vu.contains(&squash(&typo(titre))), "{vu}"),
            (None, Some(e)) => {
                assert!(vu.starts_with("Estimation de la rédaction :") && vu.contains(&squash(&typo(e))), "{vu}")
            }
            (None, None) => panic!("{} sans provenance", c.libelle),
        }
    }
    // The Google datacentre is in Hainaut, not in Brussels.
    assert!(text(&html, "#chiffres").contains("Saint-Ghislain"));
    let ecoles = text(&html, "#se-former");
    for ecole in &m.formation.etablissements {
        let nom = ecole.split(" (").next().unwrap();
        assert!(ecoles.contains(nom), "{ecole}");
    }
    let creneaux: Vec<String> =
        select(&html, "#journee time").iter().map(|t| t.value().attr("datetime").unwrap().to_string()).collect();
    assert_eq!(creneaux[..2], ["08:30", "10:00"]);
    assert_eq!(text(&html, "#journee .creneau-heures"), "8 h 30 – 10 h 00");
}

#[tokio::test]
async fn salary_is_formatted_the_french_way_drawn_and_its_provenance_given() {
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
    // No published scale gives these amounts: the page says how the editors estimated them.
    let estimation = fiche().salaire.unwrap().estimation.unwrap();
    assert!(text(&html, "#essentiel figcaption").contains("Estimation de la rédaction (2025)"));
    assert!(text(&html, "#essentiel .provenance").contains(&squash(&typo(&estimation))));
    // The FAQ repeats the amounts of the salary table.
    assert!(squash(&text(&html, "#faq")).contains("3 800 et 4 800"));
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

/// A fiche that names no school says why, in the training section, instead of leaving a hole.
#[tokio::test]
async fn a_fiche_without_a_confirmed_school_says_so() {
    let site = guide_metiers::content::load(&common::repo("content")).unwrap();
    let app = bundled();
    let mut vues = 0;
    for metier in &site.metiers {
        let m = metier.fiche().unwrap();
        let html = app.get(&format!("/metiers/{}", m.slug)).await.html();
        let section = squash(&text(&html, "#se-former"));
        let explique = section.contains("n’a pas pu confirmer un établissement");
        assert_eq!(explique, m.formation.etablissements.is_empty(), "{}", m.slug);
        for e in &m.formation.etablissements {
            assert!(
                select(&html, "#se-former li")
                    .iter()
                    .any(|li| squash(&li.text().collect::<String>()).contains(&squash(e).replace('\'', "’"))),
                "{} : {e}",
                m.slug
            );
        }
        vues += usize::from(explique);
    }
    assert!(vues > 0, "au moins une fiche sans établissement confirmé");
}
