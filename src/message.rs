//! What the program tells people when something is wrong — a visitor's request, an editor's
//! content, the arguments of a command: one shape for all of them, a Fluent id and its arguments
//! ([`Message`]), put in French by [`crate::i18n::I18n::message`].
//!
//! Every error type shown to people implements [`MessageUtilisateur`] and gives an example of each
//! of its variants, so that a test formats every message the program can show with the real
//! French messages, and fails on a missing id or a missing or unused argument.

/// A message not yet in French: a Fluent id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The Fluent id (`recherche-erreur-secteur`).
    pub id: &'static str,
    /// Its arguments, by name.
    pub args: Vec<(&'static str, Argument)>,
}

/// The value of an argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Argument {
    /// A text, written as it is.
    Texte(String),
    /// A number: the message may choose its plural form by it (a text never selects `[one]`).
    Nombre(i64),
}

impl Message {
    /// The message `id`, without arguments.
    pub fn new(id: &'static str) -> Message {
        Message { id, args: Vec::new() }
    }

    /// The same message with the argument `nom`.
    pub fn avec(mut self, nom: &'static str, valeur: impl Into<Argument>) -> Message {
        self.args.push((nom, valeur.into()));
        self
    }
}

impl From<String> for Argument {
    fn from(texte: String) -> Argument {
        Argument::Texte(texte)
    }
}

impl From<&str> for Argument {
    fn from(texte: &str) -> Argument {
        Argument::Texte(texte.to_string())
    }
}

impl From<usize> for Argument {
    fn from(n: usize) -> Argument {
        Argument::Nombre(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Argument {
    fn from(n: u32) -> Argument {
        Argument::Nombre(i64::from(n))
    }
}

impl From<u8> for Argument {
    fn from(n: u8) -> Argument {
        Argument::Nombre(i64::from(n))
    }
}

/// An error shown to people, in French, from `locales/fr/`.
pub trait MessageUtilisateur {
    /// What to tell them.
    fn message(&self) -> Message;

    /// A value of every variant (and of every way a variant is told), for the tests of the
    /// messages.
    fn tous_les_exemples() -> Vec<Self>
    where
        Self: Sized;
}
