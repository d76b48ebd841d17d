//! What every page shares: head metadata, breadcrumbs, assets (`templates/base.html`).

use super::RenderConfig;
use super::jsonld;
use crate::content::Metier;
use crate::i18n::I18n;

/// One step of the breadcrumb trail.
#[derive(Debug, Clone)]
pub struct Miette {
    /// Visible name.
    pub nom: String,
    /// URL path; `None` for the current page.
    pub url: Option<String>,
}

/// Head and frame of a page.
#[derive(Debug, Clone)]
pub struct Layout {
    /// `<title>` content.
    pub titre: String,
    /// Meta description.
    pub description: String,
    /// Absolute canonical URL.
    pub canonical: String,
    /// Open Graph type.
    pub og_type: &'static str,
    /// JSON-LD blocks, already safe to put inside `<script>`.
    pub jsonld: Vec<String>,
    /// Breadcrumb trail (empty on the home page).
    pub fil: Vec<Miette>,
    /// Stylesheet URL.
    pub css_url: String,
    /// Favicon URL.
    pub favicon_url: String,
    /// Whether search engines should index the page.
    pub indexable: bool,
    /// URL of the same content as JSON, when there is one.
    pub json: Option<String>,
}

impl Layout {
    /// A layout for the page at `path`; `fil` lists the ancestors then the page itself.
    pub fn new(
        i18n: &I18n,
        config: &RenderConfig,
        path: &str,
        titre: &str,
        description: String,
        fil: Vec<Miette>,
    ) -> Layout {
        let canonical = format!("{}{}", config.public_url, path);
        let mut jsonld = Vec::new();
        if !fil.is_empty() {
            jsonld.push(jsonld::breadcrumbs(config, &fil));
        }
        Layout {
            titre: i18n.t_args("commun-titre-page", &[("page", titre.to_string().into())]),
            description,
            canonical,
            og_type: "website",
            jsonld,
            fil,
            css_url: config.css_url.clone(),
            favicon_url: config.favicon_url.clone(),
            indexable: true,
            json: None,
        }
    }

    /// A layout for a section of the site at `path`, right under the home page (the trail is
    /// `Accueil › titre`).
    pub fn rubrique(i18n: &I18n, config: &RenderConfig, path: &str, titre: &str, description: String) -> Layout {
        let fil = Layout::fil(i18n, &[(titre, None)]);
        Layout::new(i18n, config, path, titre, description, fil)
    }

    /// Marks the page as a variant of the page at `path` (a quiz result of its quiz): search
    /// engines may read it but are pointed to that page, which gathers all its variants.
    pub fn variante_de(&mut self, config: &RenderConfig, path: &str) {
        self.canonical = format!("{}{}", config.public_url, path);
        self.indexable = true;
    }

    /// A trail that starts at the home page: `Accueil › …steps`.
    pub fn fil(i18n: &I18n, steps: &[(&str, Option<&str>)]) -> Vec<Miette> {
        std::iter::once(Miette { nom: i18n.t("commun-accueil"), url: Some("/".into()) })
            .chain(steps.iter().map(|(nom, url)| Miette { nom: nom.to_string(), url: url.map(str::to_string) }))
            .collect()
    }

    /// The trail of a page about job `m` that is not its fiche (its quiz, its result):
    /// `Accueil › Métiers › {m} › page`.
    pub fn fil_du_metier(i18n: &I18n, m: &Metier, page: &str) -> Vec<Miette> {
        let fiche = format!("/metiers/{}", m.slug);
        Layout::fil(i18n, &[(&i18n.t("commun-nav-metiers"), Some("/metiers")), (&m.nom, Some(&fiche)), (page, None)])
    }
}
