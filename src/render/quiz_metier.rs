//! A job quiz's result (`templates/quiz_metier.html`): interest fit and requirement fit, shown
//! apart, then next steps.

use crate::quiz::{LienQuiz, Vue};
use askama::Template;

use super::layout::Layout;
use super::quiz_resultat::{pourquoi, scores_en_mots};
use super::{RenderConfig, graphiques};
use crate::catalogue::similaires;
use crate::content::{Metier, Site};
use crate::i18n::I18n;
use crate::quiz::{self, Verdict};

/// One self-assessment answer, read for the job.
pub struct Reponse<'a> {
    /// The question.
    pub question: &'a str,
    /// The answer given, in words.
    pub reponse: &'a str,
    /// The editor's advice (shown for points of attention).
    pub conseil: &'a str,
}

/// A similar job that fits better.
pub struct Piste<'a> {
    /// The job.
    pub metier: &'a Metier,
    /// Its band, in words.
    pub bande: String,
    /// Its quiz, pre-filled.
    pub quiz: String,
}

/// The job quiz result.
#[derive(Template)]
#[template(path = "quiz_metier.html")]
pub struct QuizMetierPage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// The job.
    pub m: &'a Metier,
    /// Interest fit band key, or `None` when the profile is too flat to say.
    pub bande: Option<&'static str>,
    /// Interest fit band, in words.
    pub bande_titre: String,
    /// What drives it.
    pub pourquoi: String,
    /// Person's profile over the job's (SVG).
    pub svg: String,
    /// Strengths.
    pub atouts: Vec<Reponse<'a>>,
    /// Points of attention, with advice.
    pub vigilances: Vec<Reponse<'a>>,
    /// Answers without a clear lean.
    pub neutres: Vec<Reponse<'a>>,
    /// Similar jobs that fit better.
    pub pistes: Vec<Piste<'a>>,
    /// The orientation result of the same interest answers.
    pub orientation: String,
    /// Link to change the answers.
    pub modifier: String,
    /// Shareable link.
    pub lien: String,
}

/// Renders the result of `auto` (self-assessment answers) and `reponses` (interest items) for `m`.
pub fn render(
    site: &Site,
    m: &Metier,
    auto: &[u8],
    reponses: &[u8],
    i18n: &I18n,
    config: &RenderConfig,
) -> Result<String, askama::Error> {
    let path = LienQuiz::metier(&m.slug, Vue::Resultat, None, None).chemin();
    let titre = i18n.t_args("quiz-metier-resultat-titre", &[("metier", m.nom.clone().into())]);
    let fil = Layout::fil(
        i18n,
        &[
            (&i18n.t("commun-nav-metiers"), Some("/metiers")),
            (&m.nom, Some(&format!("/metiers/{}", m.slug))),
            (&i18n.t("quiz-metier-fil-resultat"), None),
        ],
    );
    let mut layout = Layout::new(i18n, config, &path, &titre, i18n.t("quiz-resultat-description"), fil);
    layout.variante_de(config, &LienQuiz::metier(&m.slug, Vue::Formulaire, None, None).chemin());
    let domaines = site.domaines.tous();
    let lettres: Vec<_> = site.items.iter().map(|i| i.domaine).collect();
    let profil = quiz::profil(&lettres, reponses);
    let lisible = quiz::lecture(reponses, &profil) == quiz::Lecture::Contraste;
    let job = m.riasec.valeurs().map(f64::from);
    let fit = quiz::adequation(profil.scores, job).filter(|_| lisible);

    let mut atouts = Vec::new();
    let mut vigilances = Vec::new();
    let mut neutres = Vec::new();
    for (q, &v) in m.auto_evaluation.iter().zip(auto) {
        let lu =
            Reponse { question: &q.question, reponse: &site.echelle.libelles[usize::from(v)], conseil: &q.conseil };
        match quiz::verdict(q.sens, v) {
            Verdict::Atout => atouts.push(lu),
            Verdict::Vigilance => vigilances.push(lu),
            Verdict::Neutre => neutres.push(lu),
        }
    }
    let pistes = match &fit {
        Some(f) => similaires::similaires(site, m)
            .into_iter()
            .filter_map(|s| {
                let autre = quiz::adequation(profil.scores, s.metier.riasec.valeurs().map(f64::from))?;
                (autre.r > f.r).then(|| Piste {
                    metier: s.metier,
                    bande: i18n.t(&format!("quiz-bande-{}", autre.bande.cle())),
                    quiz: LienQuiz::metier(&s.metier.slug, Vue::Formulaire, None, Some(reponses)).url(),
                })
            })
            .collect(),
        None => Vec::new(),
    };
    let alternative = format!(
        "{} {}",
        scores_en_mots(&profil.scores, &domaines, i18n),
        i18n.t_args("quiz-metier-superposition", &[("metier", m.nom.clone().into())])
    );
    let svg = graphiques::riasec_svg(
        &[(job.map(|v| v as f32), "forme-2"), (profil.scores.map(|s| (s / 4.0 * 7.0) as f32), "forme-1")],
        domaines.map(|d| d.nom.clone()),
        &alternative,
        i18n,
    )?;
    let page = QuizMetierPage {
        i18n,
        layout,
        m,
        bande: fit.as_ref().map(|f| f.bande.cle()),
        bande_titre: match &fit {
            Some(f) => i18n.t(&format!("quiz-metier-bande-{}", f.bande.cle())),
            None => i18n.t("quiz-metier-bande-illisible"),
        },
        pourquoi: fit.as_ref().map(|f| pourquoi(f, &domaines, i18n)).unwrap_or_default(),
        svg,
        atouts,
        vigilances,
        neutres,
        pistes,
        orientation: LienQuiz::orientation(Vue::Resultat, Some(reponses), None).url(),
        modifier: LienQuiz::metier(&m.slug, Vue::Formulaire, Some(auto), Some(reponses)).url(),
        lien: format!(
            "{}{}",
            config.public_url,
            LienQuiz::metier(&m.slug, Vue::Resultat, Some(auto), Some(reponses)).url()
        ),
    };
    super::html(&page)
}
