//! The error page (`templates/erreur.html`) for every 4xx and 5xx answer.

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use crate::i18n::I18n;

/// Which error the page explains: the reason it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MotifErreur {
    /// The request's input is wrong (400).
    RequeteInvalide,
    /// Nothing at this address (404).
    Introuvable,
    /// This address is only read, not sent to (405).
    MethodeNonAutorisee,
    /// A request body where none is expected (413).
    CorpsRefuse,
    /// Request headers too large (431).
    EnTetesTropGrands,
    /// Our fault (500).
    Interne,
    /// Too many requests at once; try again shortly (503).
    Surcharge,
}

impl MotifErreur {
    /// Every reason, for the tests of the messages.
    pub const TOUS: [MotifErreur; 7] = [
        MotifErreur::RequeteInvalide,
        MotifErreur::Introuvable,
        MotifErreur::MethodeNonAutorisee,
        MotifErreur::CorpsRefuse,
        MotifErreur::EnTetesTropGrands,
        MotifErreur::Interne,
        MotifErreur::Surcharge,
    ];

    /// The Fluent ids of its heading and of its explanation.
    pub fn messages(self) -> (&'static str, &'static str) {
        match self {
            MotifErreur::RequeteInvalide => ("erreur-400-titre", "erreur-400-explication"),
            MotifErreur::Introuvable => ("erreur-404-titre", "erreur-404-explication"),
            MotifErreur::MethodeNonAutorisee => ("erreur-405-titre", "erreur-405-explication"),
            MotifErreur::CorpsRefuse => ("erreur-413-titre", "erreur-413-explication"),
            MotifErreur::EnTetesTropGrands => ("erreur-431-titre", "erreur-431-explication"),
            MotifErreur::Interne => ("erreur-500-titre", "erreur-500-explication"),
            MotifErreur::Surcharge => ("erreur-503-titre", "erreur-503-explication"),
        }
    }
}

/// An error page.
#[derive(Template)]
#[template(path = "erreur.html")]
pub struct ErreurPage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// Heading.
    pub titre: String,
    /// Explanation.
    pub explication: String,
    /// What exactly was wrong (for 400), already in French.
    pub detail: Option<String>,
}

/// Renders the page for `motif`, with an optional precise detail.
pub fn render(
    motif: MotifErreur,
    detail: Option<String>,
    i18n: &I18n,
    config: &RenderConfig,
) -> Result<String, askama::Error> {
    let (titre, explication) = motif.messages();
    let titre = i18n.t(titre);
    let mut layout = Layout::new(i18n, config, "/", &titre, i18n.t(explication), Vec::new());
    layout.indexable = false;
    let page = ErreurPage { i18n, explication: i18n.t(explication), titre, detail, layout };
    super::html(&page)
}
