//! The error page (`templates/erreur.html`) for every 4xx and 5xx answer.

use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use crate::i18n::I18n;

/// Which error the page explains; each has `erreur-{code}-*` messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeErreur {
    /// 400: the request's input is wrong.
    RequeteInvalide,
    /// 404: nothing at this address.
    Introuvable,
    /// 405: this address is only read, not sent to.
    MethodeNonAutorisee,
    /// 413: a request body where none is expected.
    CorpsRefuse,
    /// 431: request headers too large.
    EnTetesTropGrands,
    /// 500: our fault.
    Interne,
    /// 503: too many requests at once; try again shortly.
    Surcharge,
}

impl TypeErreur {
    /// Every kind, for the tests of the messages.
    pub const TOUS: [TypeErreur; 7] = [
        TypeErreur::RequeteInvalide,
        TypeErreur::Introuvable,
        TypeErreur::MethodeNonAutorisee,
        TypeErreur::CorpsRefuse,
        TypeErreur::EnTetesTropGrands,
        TypeErreur::Interne,
        TypeErreur::Surcharge,
    ];

    /// HTTP status code.
    pub fn code(self) -> u16 {
        match self {
            TypeErreur::RequeteInvalide => 400,
            TypeErreur::Introuvable => 404,
            TypeErreur::MethodeNonAutorisee => 405,
            TypeErreur::CorpsRefuse => 413,
            TypeErreur::EnTetesTropGrands => 431,
            TypeErreur::Interne => 500,
            TypeErreur::Surcharge => 503,
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

/// Renders the page for `genre`, with an optional precise detail.
pub fn render(
    genre: TypeErreur,
    detail: Option<String>,
    i18n: &I18n,
    config: &RenderConfig,
) -> Result<String, askama::Error> {
    let code = genre.code();
    let titre = i18n.t(&format!("erreur-{code}-titre"));
    let mut layout = Layout::new(i18n, config, "/", &titre, i18n.t(&format!("erreur-{code}-explication")), Vec::new());
    layout.indexable = false;
    let page = ErreurPage { i18n, explication: i18n.t(&format!("erreur-{code}-explication")), titre, detail, layout };
    super::html(&page)
}
