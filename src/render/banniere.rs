//! The banner shown on every page while a reload has failed (`templates/partials/banniere.html`).

use askama::Template;

use crate::i18n::I18n;

/// Error banner.
#[derive(Template)]
#[template(path = "partials/banniere.html")]
pub struct Banniere<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// The report, one problem per line (the last line sums up).
    pub lignes: &'a [String],
}

/// Renders the banner for a failed reload.
pub fn render(i18n: &I18n, lignes: &[String]) -> Result<String, askama::Error> {
    super::html(&Banniere { i18n, lignes })
}

/// `html` with `banniere` placed at the top of the page body.
pub fn inject(html: &str, banniere: &str) -> String {
    match html.find("<header class=\"entete\"") {
        Some(at) => format!("{}{banniere}{}", &html[..at], &html[at..]),
        None => html.to_string(),
    }
}
