//! Pure scoring for the quizzes (no I/O, unit-tested): answers → area scores → the person's
//! code → a fit with each job, and the requirement fit of a job's self-assessment; gathered into
//! the results the pages show ([`Resultat`], [`ResultatMetier`]).
//!
//! The method is the one the "comment fonctionne le quiz" page explains: each answer is 0–4,
//! an area's score is the mean of its items, the fit with a job is the Pearson correlation
//! between the person's six scores and the job's six RIASEC values, shown as a band.

pub mod adequation;
pub mod exigences;
pub mod lien;
pub mod reponses;
pub mod resultat;
pub mod scores;

pub use adequation::{Adequation, Bande, BandeError, Moteurs, adequation, classement, pearson};
pub use exigences::{Verdict, favorable, verdict};
pub use lien::{LienQuiz, Partie, Vue};
pub use reponses::{FormulaireError, ReponsesError, parse_reponses};
pub use resultat::{
    Correspondance, Groupe, LISTES_PAR_BANDE, Raison, ReponseLue, Resultat, ResultatMetier, VISIBLES_PAR_BANDE,
};
pub use scores::{Lecture, Profil, code, items_par_domaine, lecture, moyenne, profil, top};

/// Highest answer on the 0–4 scale.
pub const MAX_REPONSE: u8 = 4;
/// The neutral answer, "je ne sais pas".
pub const NEUTRE: u8 = 2;
