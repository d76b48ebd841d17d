//! The orientation quiz's result (`templates/quiz_resultat.html`): the person's profile and code,
//! then the jobs grouped by fit, each with why.

use crate::quiz::{LienQuiz, Vue};
use askama::Template;

use super::layout::Layout;
use super::{RenderConfig, graphiques};
use crate::content::{Domaine, Metier, NiveauEtudes, Site};
use crate::format;
use crate::i18n::I18n;
use crate::quiz::{self, Adequation, Bande, Lecture};

/// One area of the person's profile.
pub struct ScoreVue<'a> {
    /// The area.
    pub domaine: &'a Domaine,
    /// Letter.
    pub lettre: char,
    /// "3,4".
    pub score: String,
}

/// A job in the ranking.
pub struct MetierVue<'a> {
    /// The job.
    pub metier: &'a Metier,
    /// Why it fits, in one line.
    pub pourquoi: String,
    /// Its quiz, pre-filled with these answers.
    pub quiz: String,
}

/// A band of the ranking.
pub struct BandeVue<'a> {
    /// CSS and anchor key.
    pub cle: &'static str,
    /// "Très compatibles".
    pub titre: String,
    /// Its best jobs, shown.
    pub metiers: Vec<MetierVue<'a>>,
    /// The rest of the band, folded (`<details>`, no script).
    pub autres: Vec<MetierVue<'a>>,
    /// "12 autres métiers de cette catégorie".
    pub autres_titre: String,
    /// "… et 1 200 métiers de plus dans cette catégorie", when the band is cut.
    pub non_listes: Option<String>,
}

/// How many jobs of a band are shown before the rest is folded.
pub const VISIBLES_PAR_BANDE: usize = 5;

/// How many jobs of a band the page lists at most, folded ones included: with thousands of jobs,
/// the rest of a band is a long tail nobody reads, and the page must stay light.
pub const LISTES_PAR_BANDE: usize = 100;

/// The result page.
#[derive(Template)]
#[template(path = "quiz_resultat.html")]
pub struct ResultatPage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// The six scores, in R-I-A-S-E-C order.
    pub scores: Vec<ScoreVue<'a>>,
    /// The person's hexagon (SVG).
    pub svg: String,
    /// The code, in words ("Investigateur, Entreprenant, puis Conventionnel et Social à égalité").
    pub code: String,
    /// The code's areas, to explain them.
    pub code_domaines: Vec<&'a Domaine>,
    /// How the answers read.
    pub lecture: &'static str,
    /// The ranking (empty when the profile cannot be ranked).
    pub bandes: Vec<BandeVue<'a>>,
    /// Shareable link of this result.
    pub lien: String,
    /// Link to change the answers.
    pub modifier: String,
    /// The answers, for the study-level form.
    pub r: String,
    /// Study level options.
    pub niveaux: Vec<(&'static str, String, bool)>,
    /// Note when a study level filter is on.
    pub filtre: Option<String>,
}

/// Renders the result of `reponses`, optionally limited to jobs open at `niveau`.
pub fn render(
    site: &Site,
    reponses: &[u8],
    niveau: Option<NiveauEtudes>,
    i18n: &I18n,
    config: &RenderConfig,
) -> Result<String, askama::Error> {
    let titre = i18n.t("quiz-resultat-titre");
    let fil = Layout::fil(i18n, &[(&i18n.t("quiz-titre"), Some("/quiz")), (&titre, None)]);
    let mut layout = Layout::new(i18n, config, "/quiz/resultat", &titre, i18n.t("quiz-resultat-description"), fil);
    layout.variante_de(config, "/quiz");
    let lettres: Vec<_> = site.items.iter().map(|i| i.domaine).collect();
    let profil = quiz::profil(&lettres, reponses);
    let domaines = site.domaines.tous();
    let r = quiz::reponses::encode(reponses);

    let groupes = quiz::code(profil.scores);
    let code = code_en_mots(&groupes, &domaines, i18n);
    let code_domaines = groupes.iter().flatten().map(|&i| domaines[i]).collect();
    let lecture = quiz::lecture(reponses, &profil);
    let bandes = if lecture == Lecture::Contraste {
        let candidats = site.metiers.iter().filter(|m| niveau.is_none_or(|n| m.niveau_etudes <= n));
        bandes(quiz::classement(profil.scores, candidats), reponses, &domaines, i18n)
    } else {
        Vec::new()
    };
    let alternative = scores_en_mots(&profil.scores, &domaines, i18n);
    // The hexagon is drawn on the jobs' 1–7 scale: the 0–4 scores are stretched to it.
    let svg = graphiques::riasec_svg(
        &[(profil.scores.map(|s| (s / 4.0 * 7.0) as f32), "forme-1")],
        domaines.map(|d| d.nom.clone()),
        &alternative,
        i18n,
    )?;
    let lien = format!("{}{}", config.public_url, LienQuiz::orientation(Vue::Resultat, Some(reponses), niveau).url());
    let page = ResultatPage {
        i18n,
        layout,
        scores: (0..6)
            .map(|i| ScoreVue {
                domaine: domaines[i],
                lettre: crate::content::Riasec::LETTRES[i],
                score: format::decimal(profil.scores[i]),
            })
            .collect(),
        svg,
        code,
        code_domaines,
        lecture: match lecture {
            Lecture::Identiques => "identiques",
            Lecture::Plat => "plat",
            Lecture::Contraste => "contraste",
        },
        bandes,
        lien,
        modifier: LienQuiz::orientation(Vue::Formulaire, Some(reponses), None).url(),
        niveaux: NiveauEtudes::ALL
            .iter()
            .map(|n| (n.slug(), i18n.t(&format!("metiers-niveau-{}", n.slug())), niveau == Some(*n)))
            .collect(),
        filtre: niveau.map(|n| i18n.t(&format!("metiers-niveau-{}", n.slug()))),
        r,
    };
    super::html(&page)
}

/// "Investigateur 3,4 sur 4, …" for the chart's text alternative.
pub fn scores_en_mots(scores: &[f64; 6], domaines: &[&Domaine; 6], i18n: &I18n) -> String {
    let valeurs = (0..6)
        .map(|i| {
            i18n.t_args(
                "quiz-score",
                &[("domaine", domaines[i].nom.clone().into()), ("score", format::decimal(scores[i]).into())],
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    i18n.t_args("quiz-scores-alternative", &[("valeurs", valeurs.into())])
}

/// The code's groups in words: ties are said as ties.
fn code_en_mots(groupes: &[Vec<usize>], domaines: &[&Domaine; 6], i18n: &I18n) -> String {
    groupes
        .iter()
        .map(|g| {
            let noms: Vec<String> = g.iter().map(|&i| domaines[i].nom.clone()).collect();
            if noms.len() == 1 {
                noms[0].clone()
            } else {
                i18n.t_args("quiz-code-egalite", &[("domaines", noms.join(", ").into())])
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// One line saying what drives a fit.
pub fn pourquoi(a: &Adequation, domaines: &[&Domaine; 6], i18n: &I18n) -> String {
    match a.moteurs.as_slice() {
        [] => i18n.t(&format!("quiz-pourquoi-{}", a.bande.cle())),
        [i] => i18n.t_args("quiz-pourquoi-un", &[("domaine", domaines[*i].nom.clone().into())]),
        [i, j, ..] => i18n.t_args(
            "quiz-pourquoi-deux",
            &[("premier", domaines[*i].nom.clone().into()), ("second", domaines[*j].nom.clone().into())],
        ),
    }
}

fn bandes<'a>(
    classement: Vec<(&'a Metier, Adequation)>,
    reponses: &[u8],
    domaines: &[&Domaine; 6],
    i18n: &I18n,
) -> Vec<BandeVue<'a>> {
    Bande::TOUTES
        .iter()
        .map(|b| {
            let mut metiers: Vec<MetierVue<'a>> = classement
                .iter()
                .filter(|(_, a)| a.bande == *b)
                .map(|(m, a)| MetierVue {
                    metier: m,
                    pourquoi: pourquoi(a, domaines, i18n),
                    quiz: LienQuiz::metier(&m.slug, Vue::Formulaire, None, Some(reponses)).url(),
                })
                .collect();
            let non_listes = metiers.len().saturating_sub(LISTES_PAR_BANDE);
            metiers.truncate(LISTES_PAR_BANDE);
            let autres = metiers.split_off(VISIBLES_PAR_BANDE.min(metiers.len()));
            BandeVue {
                cle: b.cle(),
                titre: i18n.t(&format!("quiz-bande-{}", b.cle())),
                autres_titre: i18n.t_args("quiz-bande-autres", &[("nombre", autres.len().into())]),
                non_listes: (non_listes > 0)
                    .then(|| i18n.t_args("quiz-bande-non-listes", &[("nombre", non_listes.into())])),
                metiers,
                autres,
            }
        })
        .filter(|b| !b.metiers.is_empty())
        .collect()
}
