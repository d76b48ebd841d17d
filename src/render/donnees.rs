//! Machine-readable views: a profile as JSON (open data), the sitemap and robots.txt.

use serde::Serialize;

use super::RenderConfig;
use crate::content::{Fiche, Metier};

/// Media type of the JSON profiles.
pub const JSON: &str = "application/json; charset=utf-8";
/// Media type of the sitemap.
pub const XML: &str = "application/xml; charset=utf-8";
/// Media type of robots.txt.
pub const TEXTE: &str = "text/plain; charset=utf-8";

#[derive(Serialize)]
struct Profil<'a> {
    /// Address of the human-readable page.
    url: String,
    #[serde(flatten)]
    metier: &'a Fiche,
}

/// The profile as published at `/metiers/{slug}.json`.
pub fn profil_json(m: &Fiche, config: &RenderConfig) -> String {
    let profil = Profil { url: format!("{}/metiers/{}", config.public_url, m.slug), metier: m };
    serde_json::to_string_pretty(&profil).expect("a profile serializes") + "\n"
}

/// `sitemap.xml`: every indexable page, with the review date of job pages.
pub fn sitemap(indexables: &[(String, Option<&Metier>)], config: &RenderConfig) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (path, metier) in indexables {
        xml.push_str("  <url><loc>");
        xml.push_str(&escape_xml(&format!("{}{path}", config.public_url)));
        xml.push_str("</loc>");
        if let Some(m) = metier {
            xml.push_str(&format!("<lastmod>{}</lastmod>", m.mis_a_jour));
        }
        xml.push_str("</url>\n");
    }
    xml + "</urlset>\n"
}

/// `robots.txt`: everything may be crawled; the sitemap says where.
pub fn robots(config: &RenderConfig) -> String {
    format!(
        "User-agent: *\nAllow: /\nDisallow: /comparer?\nDisallow: /metiers?\n\nSitemap: {}/sitemap.xml\n",
        config.public_url
    )
}

fn escape_xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}
