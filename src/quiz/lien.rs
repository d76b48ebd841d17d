//! The addresses of the quizzes and their answers: the one place that knows their format — the
//! paths, the form fields (`q1…qn` for the interests, `a1…ak` for a job's self-assessment) and the
//! compact codes of a result (`r=40312…`, `a=…`, `niveau=`). Forms, handlers and links all build
//! and read addresses through it.

use super::adequation::Bande;
use super::reponses::encoder_dans;
use crate::content::NiveauEtudes;

/// Which part of a quiz answers belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Partie {
    /// The job's self-assessment.
    Auto,
    /// The interest items.
    Interets,
}

impl Partie {
    /// The form field of its question `i` (from 1): `a3`, `q12`.
    pub fn champ(self, i: usize) -> String {
        format!("{}{i}", self.prefixe_du_champ())
    }

    /// The letter its form fields start with.
    pub fn prefixe_du_champ(self) -> char {
        match self {
            Partie::Auto => 'a',
            Partie::Interets => 'q',
        }
    }

    /// The parameter of its compact answers in a result address.
    pub fn code(self) -> &'static str {
        match self {
            Partie::Auto => "a",
            Partie::Interets => "r",
        }
    }
}

/// The form or the result of a quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Vue {
    /// The questions (pre-filled when answers are given).
    Formulaire,
    /// The result of the answers.
    Resultat,
}

/// A quiz page with its answers: the orientation quiz (`metier = None`) or a job's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LienQuiz<'a> {
    /// The job's slug, for a job's quiz.
    pub metier: Option<&'a str>,
    /// Form or result.
    pub vue: Vue,
    /// The self-assessment answers (a job's quiz).
    pub auto: Option<&'a [u8]>,
    /// The interest answers.
    pub interets: Option<&'a [u8]>,
    /// The study level filter (orientation result).
    pub niveau: Option<NiveauEtudes>,
    /// The band shown in full (orientation result).
    pub bande: Option<Bande>,
}

impl<'a> LienQuiz<'a> {
    /// The orientation quiz's `vue` for `interets`.
    pub fn orientation(vue: Vue, interets: Option<&'a [u8]>, niveau: Option<NiveauEtudes>) -> Self {
        LienQuiz { metier: None, vue, auto: None, interets, niveau, bande: None }
    }

    /// The quiz of the job `slug`.
    pub fn metier(slug: &'a str, vue: Vue, auto: Option<&'a [u8]>, interets: Option<&'a [u8]>) -> Self {
        LienQuiz { metier: Some(slug), vue, auto, interets, niveau: None, bande: None }
    }

    /// The path, without answers.
    pub fn chemin(&self) -> String {
        let mut out = String::with_capacity(64);
        self.ecrire_chemin(&mut out);
        out
    }

    fn ecrire_chemin(&self, out: &mut String) {
        match self.metier {
            Some(slug) => {
                out.push_str("/metiers/");
                out.push_str(slug);
                out.push_str("/quiz");
            }
            None => out.push_str("/quiz"),
        }
        if self.vue == Vue::Resultat {
            out.push_str("/resultat");
        }
    }

    /// The whole address: path, then `a=`, `r=`, `niveau=` and `bande=` when given. It is also the key under
    /// which a computed page is kept: two requests with the same address get the same page.
    pub fn url(&self) -> String {
        let mut out = String::with_capacity(128);
        self.ecrire(&mut out);
        out
    }

    /// Appends [`url`](Self::url) to `out` (a page writes many without allocating for each).
    pub fn ecrire(&self, out: &mut String) {
        self.ecrire_chemin(out);
        let mut separateur = '?';
        let mut parametre = |out: &mut String, nom: &str, valeur: &mut dyn FnMut(&mut String)| {
            out.push(separateur);
            out.push_str(nom);
            out.push('=');
            valeur(out);
            separateur = '&';
        };
        if let Some(a) = self.auto {
            parametre(out, Partie::Auto.code(), &mut |out| encoder_dans(a, out));
        }
        if let Some(r) = self.interets {
            parametre(out, Partie::Interets.code(), &mut |out| encoder_dans(r, out));
        }
        if let Some(n) = self.niveau {
            parametre(out, "niveau", &mut |out| out.push_str(n.slug()));
        }
        if let Some(b) = self.bande {
            parametre(out, "bande", &mut |out| out.push_str(b.cle()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_quiz_address_has_one_form() {
        let r = [2, 4, 0];
        assert_eq!(LienQuiz::orientation(Vue::Formulaire, None, None).url(), "/quiz");
        assert_eq!(LienQuiz::orientation(Vue::Formulaire, Some(&r), None).url(), "/quiz?r=240");
        assert_eq!(
            LienQuiz::orientation(Vue::Resultat, Some(&r), Some(NiveauEtudes::Master)).url(),
            "/quiz/resultat?r=240&niveau=master"
        );
        let ouverte =
            LienQuiz { bande: Some(Bande::Partiellement), ..LienQuiz::orientation(Vue::Resultat, Some(&r), None) };
        assert_eq!(ouverte.url(), "/quiz/resultat?r=240&bande=partiellement");
        assert_eq!(
            LienQuiz::metier("infirmier", Vue::Resultat, Some(&[1, 3]), Some(&r)).url(),
            "/metiers/infirmier/quiz/resultat?a=13&r=240"
        );
        assert_eq!(
            LienQuiz::metier("infirmier", Vue::Formulaire, None, Some(&r)).url(),
            "/metiers/infirmier/quiz?r=240"
        );
        assert_eq!(Partie::Interets.champ(12), "q12");
        assert_eq!(Partie::Auto.champ(1), "a1");
    }
}
