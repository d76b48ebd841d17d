//! The banner shown on every page while a reload has failed (`templates/partials/banniere.html`);
//! [`crate::representation`] places it on the pages it serves.

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
