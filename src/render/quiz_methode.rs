//! "Comment fonctionne le quiz" (`templates/quiz_methode.html`): the method, in plain French.

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use crate::content::{Domaine, Site};
use crate::i18n::I18n;

/// The method page.
#[derive(Template)]
#[template(path = "quiz_methode.html")]
pub struct MethodePage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// The six areas, with their letter.
    pub domaines: Vec<(char, &'a Domaine)>,
    /// "30 questions".
    pub nombre: String,
}

/// Renders `/quiz/methode`.
pub fn render(site: &Site, i18n: &I18n, config: &RenderConfig) -> Result<String, askama::Error> {
    let titre = i18n.t("quiz-methode-titre");
    let fil = Layout::fil(i18n, &[(&i18n.t("quiz-titre"), Some("/quiz")), (&titre, None)]);
    let layout = Layout::new(i18n, config, "/quiz/methode", &titre, i18n.t("quiz-methode-description"), fil);
    let domaines = crate::content::Riasec::LETTRES.into_iter().zip(site.domaines.tous()).collect();
    let nombre = i18n.t_args("quiz-methode-nombre", &[("nombre", site.items.len().into())]);
    super::html(&MethodePage { i18n, layout, domaines, nombre })
}
