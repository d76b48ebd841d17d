//! The quiz forms (`templates/quiz.html`): the orientation quiz, and a job's compatibility quiz
//! (its self-assessment questions, then the same interest items).

use crate::quiz::{LienQuiz, Partie, Vue};
use askama::Template;

use super::RenderConfig;
use super::layout::Layout;
use super::libelles;
use crate::content::metier::QuestionAuto;
use crate::content::{Metier, NiveauEtudes, Site};
use crate::i18n::I18n;

/// Items shown per step of the form.
pub const ITEMS_PAR_ETAPE: usize = 6;

/// One question of a form.
pub struct Question<'a> {
    /// Field name (`q7`, `a2`).
    pub nom: String,
    /// Number shown.
    pub numero: usize,
    /// The question.
    pub texte: &'a str,
    /// Answer to pre-check, if known.
    pub valeur: Option<u8>,
}

impl Question<'_> {
    /// Whether the answer `v` is pre-checked.
    pub fn coche(&self, v: &u8) -> bool {
        self.valeur == Some(*v)
    }
}

/// A step of the form: a heading and its questions.
pub struct Etape<'a> {
    /// "Étape 2 sur 5 : …".
    pub titre: String,
    /// Its questions.
    pub questions: Vec<Question<'a>>,
}

/// A quiz form.
#[derive(Template)]
#[template(path = "quiz.html")]
pub struct QuizPage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// Page heading.
    pub titre: String,
    /// Introduction.
    pub intro: String,
    /// Where the answers go.
    pub action: String,
    /// The steps.
    pub etapes: Vec<Etape<'a>>,
    /// The five answer labels, with their values.
    pub echelle: Vec<(u8, &'a str)>,
    /// Study level options (orientation quiz only).
    pub niveaux: Vec<(&'static str, String, bool)>,
}

/// The orientation quiz, pre-filled with `reponses` when given (to change one's answers).
pub fn orientation(
    site: &Site,
    reponses: Option<&[u8]>,
    niveau: Option<NiveauEtudes>,
    i18n: &I18n,
    config: &RenderConfig,
) -> Result<String, askama::Error> {
    let titre = i18n.t("quiz-titre");
    let mut layout = Layout::rubrique(i18n, config, "/quiz", &titre, i18n.t("quiz-description"));
    layout.indexable = reponses.is_none();
    let etapes = etapes_interets(site, reponses, 0, i18n);
    let niveaux =
        NiveauEtudes::ALL.iter().map(|n| (n.slug(), i18n.t(libelles::filtre_niveau(*n)), niveau == Some(*n))).collect();
    let intro = i18n.t_args("quiz-intro", &[("nombre", site.items.len().into())]);
    let page = QuizPage {
        i18n,
        layout,
        titre,
        intro,
        action: format!("{}{}", config.quiz_url, LienQuiz::orientation(Vue::Resultat, None, None).chemin()),
        etapes,
        echelle: echelle(site),
        niveaux,
    };
    super::html(&page)
}

/// The compatibility quiz of `m`, with the interest items pre-filled from `reponses`.
pub fn metier(
    site: &Site,
    m: &Metier,
    auto: Option<&[u8]>,
    reponses: Option<&[u8]>,
    i18n: &I18n,
    config: &RenderConfig,
) -> Result<String, askama::Error> {
    let path = LienQuiz::metier(&m.slug, Vue::Formulaire, None, None).chemin();
    let titre = i18n.t_args("quiz-metier-titre", &[("metier", m.nom.clone().into())]);
    let fil = Layout::fil_du_metier(i18n, m, &i18n.t("quiz-metier-fil"));
    let mut layout = Layout::new(
        i18n,
        config,
        &path,
        &titre,
        i18n.t_args("quiz-metier-description", &[("metier", m.nom.clone().into())]),
        fil,
    );
    layout.indexable = auto.is_none() && reponses.is_none();
    let mut etapes = vec![Etape {
        titre: i18n.t_args("quiz-metier-etape-exigences", &[("metier", m.nom.clone().into())]),
        questions: m
            .auto_evaluation
            .iter()
            .enumerate()
            .map(|(i, q): (usize, &QuestionAuto)| Question {
                nom: Partie::Auto.champ(i + 1),
                numero: i + 1,
                texte: &q.question,
                valeur: auto.and_then(|a| a.get(i).copied()),
            })
            .collect(),
    }];
    etapes.extend(etapes_interets(site, reponses, m.auto_evaluation.len(), i18n));
    let intro = i18n.t_args(
        "quiz-metier-intro",
        &[("metier", m.nom.clone().into()), ("nombre", (m.auto_evaluation.len() + site.items.len()).into())],
    );
    let page = QuizPage {
        i18n,
        layout,
        titre,
        intro,
        action: format!("{}{}", config.quiz_url, LienQuiz::metier(&m.slug, Vue::Resultat, None, None).chemin()),
        etapes,
        echelle: echelle(site),
        niveaux: Vec::new(),
    };
    super::html(&page)
}

fn echelle(site: &Site) -> Vec<(u8, &str)> {
    site.echelle.libelles.iter().enumerate().map(|(i, l)| (i as u8, l.as_str())).collect()
}

/// The interest items in steps of [`ITEMS_PAR_ETAPE`], numbered after `decalage` questions.
fn etapes_interets<'a>(site: &'a Site, reponses: Option<&[u8]>, decalage: usize, i18n: &I18n) -> Vec<Etape<'a>> {
    let total = site.items.len().div_ceil(ITEMS_PAR_ETAPE);
    site.items
        .chunks(ITEMS_PAR_ETAPE)
        .enumerate()
        .map(|(e, items)| Etape {
            titre: i18n.t_args("quiz-etape", &[("numero", (e + 1).into()), ("total", total.into())]),
            questions: items
                .iter()
                .enumerate()
                .map(|(k, item)| {
                    let i = e * ITEMS_PAR_ETAPE + k;
                    Question {
                        nom: Partie::Interets.champ(i + 1),
                        numero: decalage + i + 1,
                        texte: &item.texte,
                        valeur: reponses.and_then(|r| r.get(i).copied()),
                    }
                })
                .collect(),
        })
        .collect()
}
