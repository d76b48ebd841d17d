//! The compact answer string of result URLs: one digit 0–4 per question (`r=40312…`).

use super::MAX_REPONSE;

/// Longest answer string looked at before refusing it (far above any real quiz).
pub const LONGUEUR_MAX: usize = 200;

/// What is wrong with an answer string; each has a `quiz-erreur-*` message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReponsesError {
    /// No answers at all.
    Absentes,
    /// Absurdly long.
    TropLongues,
    /// Not the number of questions.
    MauvaiseLongueur { trouve: usize, attendu: usize },
    /// A character that is not a digit, at this 1-based position.
    Caractere { position: usize },
    /// A digit above 4, at this 1-based position.
    HorsEchelle { position: usize, valeur: u8 },
}

/// Parses `text` as exactly `attendu` answers.
pub fn parse_reponses(text: &str, attendu: usize) -> Result<Vec<u8>, ReponsesError> {
    if text.is_empty() {
        return Err(ReponsesError::Absentes);
    }
    if text.len() > LONGUEUR_MAX {
        return Err(ReponsesError::TropLongues);
    }
    let mut out = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let Some(d) = c.to_digit(10) else { return Err(ReponsesError::Caractere { position: i + 1 }) };
        let d = d as u8;
        if d > MAX_REPONSE {
            return Err(ReponsesError::HorsEchelle { position: i + 1, valeur: d });
        }
        out.push(d);
    }
    if out.len() != attendu {
        return Err(ReponsesError::MauvaiseLongueur { trouve: out.len(), attendu });
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
        assert_eq!(parse_reponses(&encode(&r), 5).unwrap(), r);
    }

    #[test]
    fn every_kind_of_bad_input_is_named() {
        assert_eq!(parse_reponses("", 3), Err(ReponsesError::Absentes));
        assert_eq!(parse_reponses("0123", 3), Err(ReponsesError::MauvaiseLongueur { trouve: 4, attendu: 3 }));
        assert_eq!(parse_reponses("01", 3), Err(ReponsesError::MauvaiseLongueur { trouve: 2, attendu: 3 }));
        assert_eq!(parse_reponses("0a2", 3), Err(ReponsesError::Caractere { position: 2 }));
        assert_eq!(parse_reponses("-12", 3), Err(ReponsesError::Caractere { position: 1 }));
        assert_eq!(parse_reponses("019", 3), Err(ReponsesError::HorsEchelle { position: 3, valeur: 9 }));
        assert_eq!(parse_reponses(&"1".repeat(10_000), 30), Err(ReponsesError::TropLongues));
        assert_eq!(parse_reponses("1é2", 3), Err(ReponsesError::Caractere { position: 2 }));
    }
}
