//! Structured data (schema.org JSON-LD) for search engines: occupations, FAQs, breadcrumbs.

use serde_json::{Value, json};

use super::RenderConfig;
use super::layout::Miette;
use crate::content::Fiche;
use crate::i18n::I18n;

/// JSON text that is safe inside `<script type="application/ld+json">`: `<`, `>` and `&` are
/// escaped so that no content can close the script element.
pub fn script_safe(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// `BreadcrumbList` for a trail whose last step is the current page.
pub fn breadcrumbs(config: &RenderConfig, fil: &[Miette]) -> String {
    let items: Vec<Value> = fil
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let mut item = json!({ "@type": "ListItem", "position": i + 1, "name": m.nom });
            if let Some(url) = &m.url {
                item["item"] = json!(format!("{}{}", config.public_url, url));
            }
            item
        })
        .collect();
    script_safe(&json!({ "@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items }))
}

/// `Occupation` with its estimated monthly salary in Belgium.
pub fn occupation(m: &Fiche, i18n: &I18n, canonical: &str) -> String {
    let mut occ = json!({
        "@context": "https://schema.org",
        "@type": "Occupation",
        "name": m.nom,
        "description": m.accroche,
        "url": canonical,
        "educationRequirements": m.essentiel.etudes,
        "qualifications": m.essentiel.qualites,
        "responsibilities": m.missions,
        "occupationLocation": { "@type": "Country", "name": i18n.t("commun-pays") },
        "dateModified": m.mis_a_jour.to_string(),
    });
    if !m.autres_noms.is_empty() {
        occ["alternateName"] = json!(m.autres_noms);
    }
    let mut categories = Vec::new();
    if let Some(isco) = &m.codes.isco {
        categories.push(json!({ "@type": "CategoryCode", "codeValue": isco, "inCodeSet": "ISCO-08" }));
    }
    if let Some(onet) = &m.codes.onet {
        categories.push(json!({ "@type": "CategoryCode", "codeValue": onet, "inCodeSet": "O*NET-SOC" }));
    }
    if !categories.is_empty() {
        occ["occupationalCategory"] = json!(categories);
    }
    if let Some(s) = &m.salaire {
        // The editors give usual ranges, not percentiles: their bounds are published as the
        // 10th and 90th percentiles, the convention search engines read for a usual range.
        let distribution = |name: String, [low, high]: [u32; 2]| {
            json!({
                "@type": "MonetaryAmountDistribution",
                "name": name,
                "currency": "EUR",
                "duration": "P1M",
                "percentile10": low,
                "percentile90": high,
            })
        };
        let mut salaires = vec![distribution(i18n.t("metier-salaire-fourchette"), [s.min, s.max])];
        if let Some(d) = s.debutant {
            salaires.push(distribution(i18n.t("metier-salaire-debutant"), d.0));
        }
        if let Some(c) = s.confirme {
            salaires.push(distribution(i18n.t("metier-salaire-confirme"), c.0));
        }
        occ["estimatedSalary"] = json!(salaires);
    }
    script_safe(&occ)
}

/// `FAQPage` from the job's questions.
pub fn faq(m: &Fiche) -> Option<String> {
    if m.faq.is_empty() {
        return None;
    }
    let questions: Vec<Value> = m
        .faq
        .iter()
        .map(|f| {
            json!({
                "@type": "Question",
                "name": f.question,
                "acceptedAnswer": { "@type": "Answer", "text": f.reponse },
            })
        })
        .collect();
    Some(script_safe(&json!({ "@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_safe_json_cannot_close_the_script_element() {
        let text = script_safe(&json!({ "a": "</script><script>alert(1)</script>&" }));
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["a"], "</script><script>alert(1)</script>&");
    }
}
