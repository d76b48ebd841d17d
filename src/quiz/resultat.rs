//! The results of the quizzes, as values: everything a result page says is decided here (the
//! profile, the code, the ranking grouped by band, why each job fits, what is folded or left out,
//! the requirement fit of a job's self-assessment, the leads that fit better); `render` only
//! writes it down.

use super::adequation::{Adequation, Bande, adequation, classement};
use super::exigences::{Verdict, verdict};
use super::lien::{LienQuiz, Vue};
use super::scores::{Lecture, Profil, code, lecture, profil};
use crate::content::metier::QuestionAuto;
use crate::content::{Metier, NiveauEtudes, Site};

/// How many jobs of a band are shown before the rest is folded.
pub const VISIBLES_PAR_BANDE: usize = 5;

/// How many jobs of a band a result lists at most, folded ones included: with thousands of jobs,
/// the rest of a band is a long tail nobody reads, and the page must stay light.
pub const LISTES_PAR_BANDE: usize = 50;

/// Why a job fits, as its one line says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Raison {
    /// No shared strength: the band alone says it.
    Bande(Bande),
    /// One area, high for both, drives the fit (its index, R-I-A-S-E-C order).
    Un(usize),
    /// Two areas drive it, the stronger first.
    Deux(usize, usize),
}

impl Raison {
    /// The reason of a fit.
    pub fn de(a: &Adequation) -> Raison {
        match a.moteurs.as_slice() {
            [] => Raison::Bande(a.bande),
            [i] => Raison::Un(*i),
            [i, j, ..] => Raison::Deux(*i, *j),
        }
    }
}

/// A job with its fit, and why.
#[derive(Debug, Clone)]
pub struct Correspondance<'a> {
    /// The job.
    pub metier: &'a Metier,
    /// The fit.
    pub adequation: Adequation,
    /// Why it fits.
    pub raison: Raison,
}

impl<'a> Correspondance<'a> {
    fn new(metier: &'a Metier, adequation: Adequation) -> Self {
        Correspondance { metier, raison: Raison::de(&adequation), adequation }
    }
}

/// The jobs of one band of a ranking.
#[derive(Debug, Clone)]
pub struct Groupe<'a> {
    /// The band.
    pub bande: Bande,
    /// Its best jobs, shown (at most [`VISIBLES_PAR_BANDE`]).
    pub visibles: Vec<Correspondance<'a>>,
    /// The next ones, folded (with the visible ones, at most [`LISTES_PAR_BANDE`]).
    pub replies: Vec<Correspondance<'a>>,
    /// How many more jobs the band holds, not listed.
    pub non_listes: usize,
}

/// The result of the orientation quiz.
#[derive(Debug, Clone)]
pub struct Resultat<'a> {
    /// The answers.
    pub reponses: &'a [u8],
    /// The study level the ranking is limited to.
    pub niveau: Option<NiveauEtudes>,
    /// The interest profile.
    pub profil: Profil,
    /// The person's code (groups of tied areas, see [`code`]).
    pub code: Vec<Vec<usize>>,
    /// How the answers read.
    pub lecture: Lecture,
    /// The ranking, best band first, empty bands left out; empty when the profile cannot be
    /// ranked honestly (not [`Lecture::Contraste`]).
    pub groupes: Vec<Groupe<'a>>,
}

impl<'a> Resultat<'a> {
    /// The result of `reponses` (one per item of `site`), the ranking limited to jobs open at
    /// `niveau`.
    pub fn calculer(site: &'a Site, reponses: &'a [u8], niveau: Option<NiveauEtudes>) -> Resultat<'a> {
        let profil = profil_de(site, reponses);
        let lecture = lecture(reponses, &profil);
        let groupes = if lecture == Lecture::Contraste {
            let candidats = site.metiers.iter().filter(|m| niveau.is_none_or(|n| m.niveau_etudes <= n));
            groupes(classement(profil.scores, candidats))
        } else {
            Vec::new()
        };
        Resultat { reponses, niveau, code: code(profil.scores), profil, lecture, groupes }
    }

    /// The address of this result (to share it).
    pub fn lien(&self) -> LienQuiz<'a> {
        LienQuiz::orientation(Vue::Resultat, Some(self.reponses), self.niveau)
    }

    /// The form pre-filled with these answers (to change them).
    pub fn modifier(&self) -> LienQuiz<'a> {
        LienQuiz::orientation(Vue::Formulaire, Some(self.reponses), None)
    }

    /// The quiz of a job, pre-filled with these interest answers.
    pub fn quiz_de(&self, metier: &'a Metier) -> LienQuiz<'a> {
        LienQuiz::metier(&metier.slug, Vue::Formulaire, None, Some(self.reponses))
    }
}

/// The profile of answers to the items of `site`.
fn profil_de(site: &Site, reponses: &[u8]) -> Profil {
    let lettres: Vec<_> = site.items.iter().map(|i| i.domaine).collect();
    profil(&lettres, reponses)
}

/// A ranking (best first) grouped by band, each band cut and folded.
fn groupes(classement: Vec<(&Metier, Adequation)>) -> Vec<Groupe<'_>> {
    let mut groupes: Vec<Groupe<'_>> = Vec::new();
    for (metier, a) in classement {
        // The ranking is sorted by fit, so each band's jobs come together.
        if groupes.last().is_none_or(|g| g.bande != a.bande) {
            groupes.push(Groupe { bande: a.bande, visibles: Vec::new(), replies: Vec::new(), non_listes: 0 });
        }
        let Some(g) = groupes.last_mut() else { continue };
        if g.visibles.len() < VISIBLES_PAR_BANDE {
            g.visibles.push(Correspondance::new(metier, a));
        } else if g.visibles.len() + g.replies.len() < LISTES_PAR_BANDE {
            g.replies.push(Correspondance::new(metier, a));
        } else {
            g.non_listes += 1;
        }
    }
    groupes
}

/// One self-assessment answer, read for the job.
#[derive(Debug, Clone)]
pub struct ReponseLue<'a> {
    /// The question.
    pub question: &'a QuestionAuto,
    /// The answer given, 0–4.
    pub reponse: u8,
}

/// The result of a job's quiz: the interest fit and the requirement fit, apart.
#[derive(Debug, Clone)]
pub struct ResultatMetier<'a> {
    /// The job.
    pub metier: &'a Metier,
    /// The self-assessment answers.
    pub auto: &'a [u8],
    /// The interest answers.
    pub reponses: &'a [u8],
    /// The interest profile.
    pub profil: Profil,
    /// The interest fit with the job; `None` when the profile cannot be read honestly.
    pub adequation: Option<Adequation>,
    /// Why it fits, when it can be said.
    pub raison: Option<Raison>,
    /// Strengths.
    pub atouts: Vec<ReponseLue<'a>>,
    /// Points of attention (the editor's advice applies).
    pub vigilances: Vec<ReponseLue<'a>>,
    /// Answers without a clear lean.
    pub neutres: Vec<ReponseLue<'a>>,
    /// Among `voisins`, the jobs that fit better, in their order.
    pub pistes: Vec<Correspondance<'a>>,
}

impl<'a> ResultatMetier<'a> {
    /// The result of `auto` (self-assessment) and `reponses` (interest items of `site`) for
    /// `metier`; the leads are taken from `voisins` (its similar jobs).
    pub fn calculer(
        site: &Site,
        metier: &'a Metier,
        auto: &'a [u8],
        reponses: &'a [u8],
        voisins: impl IntoIterator<Item = &'a Metier>,
    ) -> ResultatMetier<'a> {
        let profil = profil_de(site, reponses);
        let lisible = lecture(reponses, &profil) == Lecture::Contraste;
        let valeurs = |m: &Metier| m.riasec.valeurs().map(f64::from);
        let fit = adequation(profil.scores, valeurs(metier)).filter(|_| lisible);
        let (mut atouts, mut vigilances, mut neutres) = (Vec::new(), Vec::new(), Vec::new());
        for (question, &reponse) in metier.auto_evaluation.iter().zip(auto) {
            let lue = ReponseLue { question, reponse };
            match verdict(question.sens, reponse) {
                Verdict::Atout => atouts.push(lue),
                Verdict::Vigilance => vigilances.push(lue),
                Verdict::Neutre => neutres.push(lue),
            }
        }
        let pistes = match &fit {
            Some(f) => voisins
                .into_iter()
                .filter_map(|v| adequation(profil.scores, valeurs(v)).filter(|a| a.r > f.r).map(|a| (v, a)))
                .map(|(v, a)| Correspondance::new(v, a))
                .collect(),
            None => Vec::new(),
        };
        ResultatMetier {
            metier,
            auto,
            reponses,
            profil,
            raison: fit.as_ref().map(Raison::de),
            adequation: fit,
            atouts,
            vigilances,
            neutres,
            pistes,
        }
    }

    /// The address of this result (to share it).
    pub fn lien(&self) -> LienQuiz<'a> {
        LienQuiz::metier(&self.metier.slug, Vue::Resultat, Some(self.auto), Some(self.reponses))
    }

    /// The form pre-filled with these answers (to change them).
    pub fn modifier(&self) -> LienQuiz<'a> {
        LienQuiz::metier(&self.metier.slug, Vue::Formulaire, Some(self.auto), Some(self.reponses))
    }

    /// The orientation result of the same interest answers.
    pub fn orientation(&self) -> LienQuiz<'a> {
        LienQuiz::orientation(Vue::Resultat, Some(self.reponses), None)
    }

    /// The quiz of a lead, pre-filled with these interest answers.
    pub fn quiz_de(&self, piste: &'a Metier) -> LienQuiz<'a> {
        LienQuiz::metier(&piste.slug, Vue::Formulaire, None, Some(self.reponses))
    }
}
