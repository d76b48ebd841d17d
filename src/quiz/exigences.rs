//! The requirement fit of a job quiz: how each self-assessment answer reads for this job.

use crate::content::metier::Sens;

use super::{MAX_REPONSE, NEUTRE};

/// How favourable an answer is for the job, 0–4: the answer itself when agreeing is favourable,
/// its mirror when agreeing is a warning sign.
pub fn favorable(sens: Sens, reponse: u8) -> u8 {
    match sens {
        Sens::Positif => reponse,
        Sens::Negatif => MAX_REPONSE - reponse,
    }
}

/// What one answer means for the job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// A strength (favourable 3 or 4).
    Atout,
    /// "Je ne sais pas" or lukewarm: nothing to conclude.
    Neutre,
    /// A point of attention (favourable 0 or 1): the editor's advice applies.
    Vigilance,
}

/// The verdict of one answer.
pub fn verdict(sens: Sens, reponse: u8) -> Verdict {
    match favorable(sens, reponse) {
        f if f > NEUTRE => Verdict::Atout,
        f if f < NEUTRE => Verdict::Vigilance,
        _ => Verdict::Neutre,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_questions_are_mirrored() {
        assert_eq!(favorable(Sens::Positif, 4), 4);
        assert_eq!(favorable(Sens::Negatif, 4), 0);
        assert_eq!(favorable(Sens::Negatif, 1), 3);
    }

    #[test]
    fn verdicts() {
        assert_eq!(verdict(Sens::Positif, 4), Verdict::Atout);
        assert_eq!(verdict(Sens::Positif, 3), Verdict::Atout);
        assert_eq!(verdict(Sens::Positif, 2), Verdict::Neutre);
        assert_eq!(verdict(Sens::Positif, 1), Verdict::Vigilance);
        assert_eq!(verdict(Sens::Negatif, 0), Verdict::Atout);
        assert_eq!(verdict(Sens::Negatif, 2), Verdict::Neutre);
        assert_eq!(verdict(Sens::Negatif, 4), Verdict::Vigilance);
    }
}
