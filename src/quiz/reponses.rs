//! The compact answer string of result URLs: one digit 0–4 per question (`r=40312…`), and what
//! can be wrong with the answers received.

use super::{MAX_REPONSE, Partie};
use crate::message::{Message, MessageUtilisateur};

/// Longest answer string looked at before refusing it (far above any real quiz).
pub const LONGUEUR_MAX: usize = 200;

/// What is wrong with an answer string; each has a `quiz-erreur-*` message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReponsesError {
    /// No answers at all.
    Absentes,
    /// Absurdly long.
    TropLongues,
    /// Not the number of questions of `partie`.
    MauvaiseLongueur { trouve: usize, attendu: usize, partie: Partie },
    /// A character that is not a digit, at this 1-based position of the answers of `partie`.
    Caractere { position: usize, partie: Partie },
    /// A digit above 4, at this 1-based position of the answers of `partie`.
    HorsEchelle { position: usize, valeur: u8, partie: Partie },
}

/// How a part is named in the messages (a Fluent selector).
fn cle_message(partie: Partie) -> &'static str {
    match partie {
        Partie::Auto => "auto",
        Partie::Interets => "interets",
    }
}

impl MessageUtilisateur for ReponsesError {
    fn message(&self) -> Message {
        match *self {
            ReponsesError::Absentes => Message::new("quiz-erreur-absentes"),
            ReponsesError::TropLongues => Message::new("quiz-erreur-trop-longues"),
            ReponsesError::MauvaiseLongueur { trouve, attendu, partie } => Message::new("quiz-erreur-longueur")
                .avec("trouve", trouve.to_string())
                .avec("attendu", attendu.to_string())
                .avec("partie", cle_message(partie)),
            ReponsesError::Caractere { position, partie } => Message::new("quiz-erreur-caractere")
                .avec("position", position.to_string())
                .avec("partie", cle_message(partie)),
            ReponsesError::HorsEchelle { position, valeur, partie } => Message::new("quiz-erreur-hors-echelle")
                .avec("position", position.to_string())
                .avec("valeur", valeur.to_string())
                .avec("partie", cle_message(partie)),
        }
    }

    fn tous_les_exemples() -> Vec<ReponsesError> {
        let mut exemples = vec![ReponsesError::Absentes, ReponsesError::TropLongues];
        for partie in [Partie::Auto, Partie::Interets] {
            exemples.extend([
                ReponsesError::MauvaiseLongueur { trouve: 2, attendu: 3, partie },
                ReponsesError::Caractere { position: 2, partie },
                ReponsesError::HorsEchelle { position: 2, valeur: 9, partie },
            ]);
        }
        exemples
    }
}

/// A submitted quiz form that cannot be read: the questions left without an answer, numbered as
/// the form shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormulaireError {
    /// The numbers of the questions without an answer.
    pub manquantes: Vec<usize>,
}

impl MessageUtilisateur for FormulaireError {
    fn message(&self) -> Message {
        let liste = self.manquantes.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
        // `nombre` goes as a number: as text, it would never select the singular ("à la question").
        Message::new("quiz-erreur-manquantes").avec("questions", liste).avec("nombre", self.manquantes.len())
    }

    fn tous_les_exemples() -> Vec<FormulaireError> {
        vec![FormulaireError { manquantes: vec![3] }, FormulaireError { manquantes: vec![1, 4] }]
    }
}

/// Parses `text` as exactly `attendu` answers of `partie`.
pub fn parse_reponses(text: &str, attendu: usize, partie: Partie) -> Result<Vec<u8>, ReponsesError> {
    if text.is_empty() {
        return Err(ReponsesError::Absentes);
    }
    if text.len() > LONGUEUR_MAX {
        return Err(ReponsesError::TropLongues);
    }
    let mut out = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let Some(d) = c.to_digit(10) else { return Err(ReponsesError::Caractere { position: i + 1, partie }) };
        let d = d as u8;
        if d > MAX_REPONSE {
            return Err(ReponsesError::HorsEchelle { position: i + 1, valeur: d, partie });
        }
        out.push(d);
    }
    if out.len() != attendu {
        return Err(ReponsesError::MauvaiseLongueur { trouve: out.len(), attendu, partie });
    }
    Ok(out)
}

/// The answer string of `reponses`.
pub fn encode(reponses: &[u8]) -> String {
    let mut out = String::with_capacity(reponses.len());
    encoder_dans(reponses, &mut out);
    out
}

/// Appends the answer string of `reponses` to `out`.
pub fn encoder_dans(reponses: &[u8], out: &mut String) {
    out.extend(reponses.iter().map(|r| char::from(b'0' + r)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let r = [4, 0, 3, 1, 2];
        assert_eq!(parse_reponses(&encode(&r), 5, Partie::Interets).unwrap(), r);
    }

    #[test]
    fn every_kind_of_bad_input_is_named() {
        use ReponsesError::*;
        let (lire, partie) = (|texte: &str, n| parse_reponses(texte, n, Partie::Auto), Partie::Auto);
        assert_eq!(lire("", 3), Err(Absentes));
        assert_eq!(lire("0123", 3), Err(MauvaiseLongueur { trouve: 4, attendu: 3, partie }));
        assert_eq!(lire("01", 3), Err(MauvaiseLongueur { trouve: 2, attendu: 3, partie }));
        assert_eq!(lire("0a2", 3), Err(Caractere { position: 2, partie }));
        assert_eq!(lire("-12", 3), Err(Caractere { position: 1, partie }));
        assert_eq!(lire("019", 3), Err(HorsEchelle { position: 3, valeur: 9, partie }));
        assert_eq!(lire(&"1".repeat(10_000), 30), Err(TropLongues));
        assert_eq!(lire("1é2", 3), Err(Caractere { position: 2, partie }));
    }
}
