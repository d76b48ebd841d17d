//! A job quiz's result (`templates/quiz_metier_resultat.html`): interest fit and requirement fit, shown
//! apart, then next steps. The result is computed by [`quiz::ResultatMetier`]; this only writes it.
//!
//! [`quiz::ResultatMetier`]: crate::quiz::ResultatMetier

use askama::Template;

use super::layout::Layout;
use super::libelles;
use super::quiz_resultat::{raison_en_mots, scores_en_mots};
use super::{RenderConfig, graphiques};
use crate::content::{Metier, Site};
use crate::i18n::I18n;
use crate::quiz::{LienQuiz, ReponseLue, ResultatMetier, Vue};

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
#[template(path = "quiz_metier_resultat.html")]
pub struct ResultatMetierPage<'a> {
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

/// Renders `resultat`.
pub fn render<'a>(
    resultat: &ResultatMetier<'a>,
    site: &'a Site,
    i18n: &I18n,
    config: &RenderConfig,
) -> Result<String, askama::Error> {
    let m = resultat.metier;
    let path = LienQuiz::metier(&m.slug, Vue::Resultat, None, None).chemin();
    let titre = i18n.t_args("quiz-metier-resultat-titre", &[("metier", m.nom.clone().into())]);
    let fil = Layout::fil_du_metier(i18n, m, &i18n.t("quiz-metier-fil-resultat"));
    let mut layout = Layout::new(i18n, config, &path, &titre, i18n.t("quiz-resultat-description"), fil);
    layout.variante_de(config, &LienQuiz::metier(&m.slug, Vue::Formulaire, None, None).chemin());
    let domaines = site.domaines.tous();
    let scores = resultat.profil.scores;
    let lues = |liste: &[ReponseLue<'a>]| -> Vec<Reponse<'a>> {
        liste
            .iter()
            .map(|l| Reponse {
                question: &l.question.question,
                reponse: site.echelle.libelles.get(usize::from(l.reponse)).map_or("", String::as_str),
                conseil: &l.question.conseil,
            })
            .collect()
    };
    let alternative = format!(
        "{} {}",
        scores_en_mots(&scores, &domaines, i18n),
        i18n.t_args("quiz-metier-superposition", &[("metier", m.nom.clone().into())])
    );
    let job = m.riasec.valeurs().map(f32::from);
    let svg = graphiques::riasec_svg(
        &[(job, "forme-2"), (scores.map(|s| (s / 4.0 * 7.0) as f32), "forme-1")],
        domaines.map(|d| d.nom.clone()),
        &alternative,
        i18n,
    )?;
    let page = ResultatMetierPage {
        i18n,
        layout,
        m,
        bande: resultat.adequation.as_ref().map(|f| f.bande.cle()),
        bande_titre: match &resultat.adequation {
            Some(f) => i18n.t(libelles::bande_metier(f.bande)),
            None => i18n.t("quiz-metier-bande-illisible"),
        },
        pourquoi: resultat.raison.map(|r| raison_en_mots(r, &domaines, i18n)).unwrap_or_default(),
        svg,
        atouts: lues(&resultat.atouts),
        vigilances: lues(&resultat.vigilances),
        neutres: lues(&resultat.neutres),
        pistes: resultat
            .pistes
            .iter()
            .map(|p| Piste {
                metier: p.metier,
                bande: i18n.t(libelles::bande(p.adequation.bande)),
                quiz: resultat.quiz_de(p.metier).url(),
            })
            .collect(),
        orientation: resultat.orientation().url(),
        modifier: resultat.modifier().url(),
        lien: format!("{}{}", config.public_url, resultat.lien().url()),
    };
    super::html(&page)
}
