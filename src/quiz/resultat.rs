//! The results of the quizzes, as values: everything a result page says is decided here (the
//! profile, the code, the ranking grouped by band, why each job fits, what is folded or left out,
//! the requirement fit of a job's self-assessment, the leads that fit better); `render` only
//! writes it down.

#[cfg(test)]
use super::adequation::Moteurs;
use super::adequation::{Adequation, Bande, adequation, classement, valeurs};
use super::exigences::{Verdict, verdict};
use super::lien::{LienQuiz, Vue};
use super::scores::{Lecture, Profil, code, lecture, profil};
use crate::content::metier::QuestionAuto;
use crate::content::{Metier, NiveauEtudes, Site};

/// How many jobs of each band a result shows; the rest of a band is one link away (the band
/// opened, [`Resultat::ouverte`]).
pub const VISIBLES_PAR_BANDE: usize = 5;

/// How many jobs an opened band lists at most: with thousands of jobs, the rest of a band is a
/// long tail nobody reads, and the page must stay light.
pub const LISTES_PAR_BANDE: usize = 100;

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
    /// Its best jobs, shown: at most [`VISIBLES_PAR_BANDE`], or [`LISTES_PAR_BANDE`] when the
    /// band is opened.
    pub visibles: Vec<Correspondance<'a>>,
    /// How many more jobs the band holds, not shown.
    pub autres: usize,
    /// Whether this band is the opened one.
    pub ouverte: bool,
}

/// The result of the orientation quiz.
#[derive(Debug, Clone)]
pub struct Resultat<'a> {
    /// The answers.
    pub reponses: &'a [u8],
    /// The study level the ranking is limited to.
    pub niveau: Option<NiveauEtudes>,
    /// The band shown in full (up to [`LISTES_PAR_BANDE`]), when one is asked for.
    pub ouverte: Option<Bande>,
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
    /// `niveau`, the band `ouverte` shown in full.
    pub fn calculer(
        site: &'a Site,
        reponses: &'a [u8],
        niveau: Option<NiveauEtudes>,
        ouverte: Option<Bande>,
    ) -> Resultat<'a> {
        let profil = profil_de(site, reponses);
        let lecture = lecture(reponses, &profil);
        let groupes = if lecture == Lecture::Contraste {
            let candidats = site.metiers.iter().filter(|m| niveau.is_none_or(|n| m.niveau_etudes <= n));
            let personne = profil.scores;
            let limite = |bande| if ouverte == Some(bande) { LISTES_PAR_BANDE } else { VISIBLES_PAR_BANDE };
            groupes(classement(personne, candidats, limite), ouverte, |m| adequation(personne, valeurs(m)))
        } else {
            Vec::new()
        };
        Resultat { reponses, niveau, ouverte, code: code(profil.scores), profil, lecture, groupes }
    }

    /// The address of this result (to share it), every band showing its best jobs.
    pub fn lien(&self) -> LienQuiz<'a> {
        LienQuiz::orientation(Vue::Resultat, Some(self.reponses), self.niveau)
    }

    /// The address of this result with `bande` shown in full.
    pub fn ouvrir(&self, bande: Bande) -> LienQuiz<'a> {
        LienQuiz { bande: Some(bande), ..self.lien() }
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

/// A ranking ([`classement`]) as groups, empty bands left out; the fit of a job shown is
/// `adequation_de` it.
fn groupes<'a>(
    classement: [(Vec<(f64, &'a Metier)>, usize); 4],
    ouverte: Option<Bande>,
    adequation_de: impl Fn(&Metier) -> Option<Adequation>,
) -> Vec<Groupe<'a>> {
    Bande::TOUTES
        .into_iter()
        .zip(classement)
        .filter(|(_, (liste, autres))| !liste.is_empty() || *autres > 0)
        .map(|(bande, (liste, autres))| {
            let ouverte = ouverte == Some(bande);
            let mut groupe = Groupe { bande, visibles: Vec::with_capacity(liste.len()), autres, ouverte };
            for (_, metier) in liste {
                match adequation_de(metier) {
                    Some(a) => groupe.visibles.push(Correspondance::new(metier, a)),
                    None => groupe.autres += 1,
                }
            }
            groupe
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use super::*;
    use crate::content::metier::Sens;
    use crate::quiz::pearson;
    use crate::quiz::reponses::encode;

    /// The bundled catalogue.
    static SITE: LazyLock<Site> = LazyLock::new(|| {
        crate::content::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).expect("contenu livré")
    });

    /// Answers that favour two areas clearly (the items' own areas, read from the content).
    fn contrastees(site: &Site, fortes: [usize; 2]) -> Vec<u8> {
        site.items.iter().map(|i| if fortes.contains(&i.domaine.index()) { 4 } else { 0 }).collect()
    }

    fn fit(r: f64, moteurs: Vec<usize>) -> Adequation {
        Adequation { r, bande: Bande::de(r), moteurs: Moteurs::de(moteurs) }
    }

    #[test]
    fn each_reason_says_what_drives_the_fit() {
        assert_eq!(Raison::de(&fit(0.8, vec![])), Raison::Bande(Bande::TresCompatible));
        assert_eq!(Raison::de(&fit(0.2, vec![3])), Raison::Un(3));
        assert_eq!(Raison::de(&fit(0.5, vec![1, 4])), Raison::Deux(1, 4));
    }

    #[test]
    fn a_ranking_is_grouped_by_band_then_cut_the_opened_band_later() {
        let metiers: Vec<&Metier> = SITE.metiers.iter().collect();
        let n = metiers.len();
        assert!(n > LISTES_PAR_BANDE, "le catalogue livré a plus de {LISTES_PAR_BANDE} métiers");
        // Every job but two is very compatible, then one compatible and one with little in common.
        let mut fits: Vec<(&Metier, Adequation)> =
            metiers[..n - 2].iter().enumerate().map(|(i, m)| (*m, fit(0.99 - i as f64 * 1e-3, vec![]))).collect();
        fits.push((metiers[n - 2], fit(0.5, vec![2])));
        fits.push((metiers[n - 1], fit(-0.3, vec![])));
        // What `classement` gives for these fits, `ouverte` listed longer.
        let classement = |ouverte: Option<Bande>| {
            Bande::TOUTES.map(|bande| {
                let liste: Vec<(f64, &Metier)> =
                    fits.iter().filter(|(_, a)| a.bande == bande).map(|(m, a)| (a.r, *m)).collect();
                let garder = if ouverte == Some(bande) { LISTES_PAR_BANDE } else { VISIBLES_PAR_BANDE };
                let autres = liste.len().saturating_sub(garder);
                (liste.into_iter().take(garder).collect::<Vec<_>>(), autres)
            })
        };
        let fit_de = |m: &Metier| fits.iter().find(|(f, _)| std::ptr::eq(*f, m)).map(|(_, a)| a.clone());
        let g = groupes(classement(None), None, fit_de);
        assert_eq!(
            g.iter().map(|g| g.bande).collect::<Vec<_>>(),
            [Bande::TresCompatible, Bande::Compatible, Bande::Peu]
        );
        assert!(g.iter().all(|g| !g.ouverte));
        assert_eq!((g[0].visibles.len(), g[0].autres), (VISIBLES_PAR_BANDE, n - 2 - VISIBLES_PAR_BANDE));
        assert_eq!((g[1].visibles.len(), g[1].autres), (1, 0));
        assert_eq!(g[1].visibles[0].raison, Raison::Un(2));
        assert_eq!(g[2].visibles[0].raison, Raison::Bande(Bande::Peu));
        // Opened, the band lists more, in the order of the ranking; the others do not change.
        let ouverte = groupes(classement(Some(Bande::TresCompatible)), Some(Bande::TresCompatible), fit_de);
        assert!(ouverte[0].ouverte && !ouverte[1].ouverte);
        assert_eq!((ouverte[0].visibles.len(), ouverte[0].autres), (LISTES_PAR_BANDE, n - 2 - LISTES_PAR_BANDE));
        let listes: Vec<&str> = ouverte[0].visibles.iter().map(|c| c.metier.slug.as_str()).collect();
        let attendus: Vec<&str> = metiers[..LISTES_PAR_BANDE].iter().map(|m| m.slug.as_str()).collect();
        assert_eq!(listes, attendus);
        assert_eq!((ouverte[1].visibles.len(), ouverte[1].autres), (1, 0));
    }

    proptest::proptest! {
        /// Picking each band's best jobs gives what sorting the whole ranking would: the same
        /// jobs, in the same order (A–Z among equal fits), the same counts left out.
        #[test]
        fn each_band_keeps_its_best_jobs_as_a_full_sort_would(
            dixiemes in proptest::array::uniform6(0u8..=40),
            limites in proptest::array::uniform4(0usize..=140),
        ) {
            let personne = dixiemes.map(|d| f64::from(d) / 10.0);
            let mut tous: Vec<(f64, &Metier)> =
                SITE.metiers.iter().filter_map(|m| pearson(personne, valeurs(m)).map(|r| (r, m))).collect();
            tous.sort_by(|a, b| b.0.total_cmp(&a.0));
            let attendus = Bande::TOUTES.map(|bande| {
                let liste: Vec<(f64, &str)> =
                    tous.iter().filter(|(r, _)| Bande::de(*r) == bande).map(|(r, m)| (*r, m.slug.as_str())).collect();
                let garder = limites[bande as usize];
                (liste.iter().take(garder).copied().collect::<Vec<_>>(), liste.len().saturating_sub(garder))
            });
            let obtenus = classement(personne, SITE.metiers.iter(), |bande| limites[bande as usize])
                .map(|(liste, autres)| (liste.iter().map(|(r, m)| (*r, m.slug.as_str())).collect::<Vec<_>>(), autres));
            proptest::prop_assert_eq!(obtenus, attendus);
        }
    }

    #[test]
    fn a_clear_profile_ranks_every_job_once_best_first() {
        let reponses = contrastees(&SITE, [1, 5]);
        let r = Resultat::calculer(&SITE, &reponses, None, None);
        assert_eq!(r.lecture, Lecture::Contraste);
        assert_eq!(r.code[0], [1, 5], "les deux domaines choisis, à égalité");
        let tous: Vec<&Correspondance> = r.groupes.iter().flat_map(|g| &g.visibles).collect();
        let autres: usize = r.groupes.iter().map(|g| g.autres).sum();
        assert_eq!(tous.len() + autres, SITE.metiers.len());
        assert!(tous.windows(2).all(|w| w[0].adequation.r >= w[1].adequation.r));
        assert!(r.groupes.windows(2).all(|w| w[0].bande < w[1].bande));
        for c in &tous {
            assert_eq!(c.adequation.bande, Bande::de(c.adequation.r));
            assert_eq!(c.raison, Raison::de(&c.adequation));
        }
        // The best job is driven by what the person likes.
        let moteurs = match tous[0].raison {
            Raison::Deux(a, b) => vec![a, b],
            Raison::Un(a) => vec![a],
            Raison::Bande(_) => Vec::new(),
        };
        assert!(!moteurs.is_empty() && moteurs.iter().all(|d| [1, 5].contains(d)), "{moteurs:?}");
        assert_eq!(r.lien().url(), format!("/quiz/resultat?r={}", encode(&reponses)));
        assert_eq!(r.modifier().url(), format!("/quiz?r={}", encode(&reponses)));
        // Each band opened lists the same jobs first, then the next ones of its band.
        for g in &r.groupes {
            let ouvert = Resultat::calculer(&SITE, &reponses, None, Some(g.bande));
            let o = ouvert.groupes.iter().find(|o| o.bande == g.bande).unwrap();
            assert!(o.ouverte && o.visibles.len() == (g.visibles.len() + g.autres).min(LISTES_PAR_BANDE));
            assert!(o.visibles.iter().zip(&g.visibles).all(|(a, b)| a.metier.slug == b.metier.slug));
            assert!(o.visibles.iter().all(|c| c.adequation.bande == g.bande));
            assert_eq!(
                ouvert.ouvrir(g.bande).url(),
                format!("/quiz/resultat?r={}&bande={}", encode(&reponses), g.bande.cle())
            );
        }
    }

    #[test]
    fn a_study_level_keeps_only_jobs_open_at_it() {
        let reponses = contrastees(&SITE, [0, 3]);
        for niveau in NiveauEtudes::ALL {
            let r = Resultat::calculer(&SITE, &reponses, Some(niveau), None);
            let listes = r.groupes.iter().flat_map(|g| &g.visibles);
            assert!(listes.clone().all(|c| c.metier.niveau_etudes <= niveau));
            let ouverts = SITE.metiers.iter().filter(|m| m.niveau_etudes <= niveau).count();
            assert_eq!(listes.count() + r.groupes.iter().map(|g| g.autres).sum::<usize>(), ouverts);
            assert!(r.lien().url().ends_with(&format!("&niveau={}", niveau.slug())));
        }
    }

    #[test]
    fn identical_or_flat_answers_rank_nothing() {
        let memes = vec![3; SITE.items.len()];
        let r = Resultat::calculer(&SITE, &memes, None, None);
        assert_eq!(r.lecture, Lecture::Identiques);
        assert!(r.groupes.is_empty());
        // One answer apart: the areas stay too close to tell apart.
        let mut plates = vec![2; SITE.items.len()];
        plates[0] = 3;
        let r = Resultat::calculer(&SITE, &plates, None, None);
        assert_eq!(r.lecture, Lecture::Plat);
        assert!(r.groupes.is_empty());
    }

    #[test]
    fn a_job_result_reads_each_answer_and_keeps_the_leads_that_fit_better() {
        let m = SITE.metiers.iter().find(|m| m.auto_evaluation.len() >= 3).expect("un métier avec auto-évaluation");
        // Every answer at the favourable end but the first, at the other end; the rest neutral.
        let auto: Vec<u8> = m
            .auto_evaluation
            .iter()
            .enumerate()
            .map(|(i, q)| match (i, q.sens) {
                (0, Sens::Positif) | (1, Sens::Negatif) => 0,
                (0, Sens::Negatif) | (1, Sens::Positif) => 4,
                _ => 2,
            })
            .collect();
        let voisins: Vec<&Metier> = SITE.metiers.iter().filter(|o| o.slug != m.slug).collect();
        // Interests opposite to the job's strongest area: other jobs should fit better.
        let forte = crate::quiz::top(m.riasec.valeurs().map(f64::from), 1)[0];
        let reponses = contrastees(&SITE, [(forte + 3) % 6, (forte + 2) % 6]);
        let r = ResultatMetier::calculer(&SITE, m, &auto, &reponses, voisins.iter().copied());
        assert_eq!(r.vigilances.len(), 1);
        assert!(std::ptr::eq(r.vigilances[0].question, &m.auto_evaluation[0]));
        assert_eq!(r.atouts.len(), 1);
        assert!(std::ptr::eq(r.atouts[0].question, &m.auto_evaluation[1]));
        assert_eq!(r.neutres.len(), m.auto_evaluation.len() - 2);
        let f = r.adequation.as_ref().expect("un profil contrasté se lit");
        assert_eq!(r.raison, Some(Raison::de(f)));
        assert!(!r.pistes.is_empty());
        assert!(r.pistes.iter().all(|p| p.adequation.r > f.r));
        // In the order of the neighbours given.
        let rang = |p: &Correspondance| voisins.iter().position(|v| std::ptr::eq(*v, p.metier));
        assert!(r.pistes.windows(2).all(|w| rang(&w[0]) < rang(&w[1])));
        let (a, q) = (encode(&auto), encode(&reponses));
        assert_eq!(r.lien().url(), format!("/metiers/{}/quiz/resultat?a={a}&r={q}", m.slug));
        assert_eq!(r.orientation().url(), format!("/quiz/resultat?r={q}"));
        // Flat interests: nothing to say about them, no lead.
        let plates = vec![2; SITE.items.len()];
        let r = ResultatMetier::calculer(&SITE, m, &auto, &plates, voisins.iter().copied());
        assert!(r.adequation.is_none() && r.raison.is_none() && r.pistes.is_empty());
        assert_eq!(r.vigilances.len(), 1);
    }
}
