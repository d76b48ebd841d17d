//! The job page (`templates/metier.html`): every section of a profile, in the reference order.

use askama::Template;

use super::graphiques::{self, RiasecGraphique, SalaireGraphique};
use super::layout::Layout;
use super::{RenderConfig, jsonld};
use crate::content::metier::{Creneau, Fourchette};
use crate::content::{Critere, Metier, Secteur, Site};
use crate::format;
use crate::i18n::I18n;

/// A time slot ready to show.
pub struct CreneauVue<'a> {
    /// "08:30" for the `datetime` attribute.
    pub debut_iso: &'a str,
    /// "8 h 30".
    pub debut: String,
    /// "10:00".
    pub fin_iso: &'a str,
    /// "10 h 00".
    pub fin: String,
    /// What happens.
    pub activite: &'a str,
}

/// The salary block ready to show.
pub struct SalaireVue {
    /// "4 000 – 8 500 €".
    pub fourchette: String,
    /// Beginner range, formatted.
    pub debutant: Option<String>,
    /// Experienced range, formatted.
    pub confirme: Option<String>,
    /// Benefits, joined.
    pub avantages: Option<String>,
    /// Source line, or the estimate notice.
    pub source: String,
    /// Whether the figures are unsourced estimates.
    pub estimation: bool,
    /// The drawn chart.
    pub graphique: SalaireGraphique,
    /// Text alternative of the chart.
    pub alternative: String,
}

/// One area of the interest profile.
pub struct DomaineVue<'a> {
    /// Area letter.
    pub lettre: char,
    /// Area name.
    pub nom: &'a str,
    /// Value 1–7.
    pub valeur: u8,
}

/// The job page.
#[derive(Template)]
#[template(path = "metier.html")]
pub struct MetierPage<'a> {
    /// Messages.
    pub i18n: &'a I18n,
    /// Head and frame.
    pub layout: Layout,
    /// The profile.
    pub m: &'a Metier,
    /// Its sector.
    pub secteur: &'a Secteur,
    /// Its criteria.
    pub criteres: Vec<&'a Critere>,
    /// Similar jobs that exist.
    pub similaires: Vec<&'a Metier>,
    /// Study level label.
    pub niveau: String,
    /// Introduction paragraphs.
    pub introduction: Vec<&'a str>,
    /// Heading of "le métier en chiffres", with its year.
    pub chiffres_titre: String,
    /// Typical day.
    pub journee: Vec<CreneauVue<'a>>,
    /// Salary, when known.
    pub salaire: Option<SalaireVue>,
    /// Interest profile values.
    pub domaines: Vec<DomaineVue<'a>>,
    /// Interest hexagon.
    pub riasec: RiasecGraphique,
    /// Text alternative of the hexagon.
    pub riasec_alternative: String,
    /// Review date, long form.
    pub mis_a_jour: String,
    /// Review date, ISO form.
    pub mis_a_jour_iso: String,
    /// Table of contents: `(anchor, label)` of the sections shown.
    pub sommaire: Vec<(&'static str, String)>,
}

impl MetierPage<'_> {
    /// Whether the table of contents lists this section (so the section is shown).
    pub fn montre(&self, ancre: &str) -> bool {
        self.sommaire.iter().any(|(a, _)| *a == ancre)
    }
}

/// Renders the page of `m`.
pub fn render(site: &Site, m: &Metier, i18n: &I18n, config: &RenderConfig) -> Result<String, askama::Error> {
    let path = format!("/metiers/{}", m.slug);
    let secteur = site.secteur(&m.secteur).expect("sector checked at load time");
    let fil = Layout::fil(
        i18n,
        &[
            (&i18n.t("commun-nav-metiers"), Some("/metiers")),
            (&secteur.nom, Some(&format!("/secteurs/{}", secteur.slug))),
            (&m.nom, None),
        ],
    );
    let mut layout = Layout::new(i18n, config, &path, &m.nom, m.accroche.clone(), fil);
    layout.og_type = "article";
    layout.jsonld.insert(0, jsonld::occupation(m, i18n, &layout.canonical));
    layout.jsonld.extend(jsonld::faq(m));

    let noms = site.domaines.tous();
    let domaines: Vec<DomaineVue> = crate::content::Riasec::LETTRES
        .iter()
        .zip(m.riasec.valeurs())
        .zip(noms)
        .map(|((lettre, valeur), d)| DomaineVue { lettre: *lettre, nom: &d.nom, valeur })
        .collect();
    let riasec_alternative = i18n.t_args(
        "metier-riasec-alternative",
        &[(
            "valeurs",
            domaines.iter().map(|d| format!("{} {}/7", d.nom, d.valeur)).collect::<Vec<_>>().join(", ").into(),
        )],
    );
    let riasec = graphiques::riasec(m.riasec.valeurs().map(f32::from), 7.0, noms.map(|d| d.nom.clone()));

    let page = MetierPage {
        i18n,
        secteur,
        criteres: m.criteres.iter().filter_map(|c| site.critere(c)).collect(),
        similaires: m.similaires.iter().filter_map(|s| site.metier(s)).collect(),
        niveau: i18n.t(&m.niveau_etudes.fluent_id()),
        introduction: m.introduction.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect(),
        chiffres_titre: match m.chiffres_annee {
            Some(annee) => i18n.t_args("metier-chiffres-titre-annee", &[("annee", annee.to_string().into())]),
            None => i18n.t("metier-chiffres-titre"),
        },
        journee: m.journee.iter().map(creneau).collect(),
        salaire: m.salaire.as_ref().map(|s| salaire(s, i18n)),
        domaines,
        riasec,
        riasec_alternative,
        mis_a_jour: date_longue(&m.mis_a_jour, i18n),
        mis_a_jour_iso: m.mis_a_jour.to_string(),
        sommaire: sommaire(m, site, i18n),
        layout,
        m,
    };
    super::html(&page)
}

fn creneau(c: &Creneau) -> CreneauVue<'_> {
    CreneauVue {
        debut_iso: &c.debut,
        debut: format::heure(&c.debut),
        fin_iso: &c.fin,
        fin: format::heure(&c.fin),
        activite: &c.activite,
    }
}

fn salaire(s: &crate::content::metier::Salaire, i18n: &I18n) -> SalaireVue {
    let mut rangees = vec![(i18n.t("metier-salaire-fourchette"), [s.min, s.max], "barre-fourchette")];
    if let Some(d) = s.debutant {
        rangees.push((i18n.t("metier-salaire-debutant"), d.0, "barre-debutant"));
    }
    if let Some(c) = s.confirme {
        rangees.push((i18n.t("metier-salaire-confirme"), c.0, "barre-confirme"));
    }
    let alternative = rangees
        .iter()
        .map(|(nom, [a, b], _)| format!("{nom} : {}", format::fourchette_euros(*a, *b)))
        .collect::<Vec<_>>()
        .join(" ; ");
    let source = match (&s.source, s.annee) {
        (Some(src), Some(annee)) => i18n.t_args(
            "metier-salaire-source-annee",
            &[("source", src.clone().into()), ("annee", annee.to_string().into())],
        ),
        (Some(src), None) => i18n.t_args("metier-salaire-source", &[("source", src.clone().into())]),
        (None, _) => i18n.t("metier-salaire-estimation"),
    };
    SalaireVue {
        fourchette: format::fourchette_euros(s.min, s.max),
        debutant: s.debutant.map(|Fourchette([a, b])| format::fourchette_euros(a, b)),
        confirme: s.confirme.map(|Fourchette([a, b])| format::fourchette_euros(a, b)),
        avantages: (!s.avantages.is_empty()).then(|| s.avantages.join(", ")),
        estimation: s.source.is_none(),
        source,
        graphique: graphiques::salaire(rangees),
        alternative: i18n.t_args("metier-salaire-alternative", &[("valeurs", alternative.into())]),
    }
}

/// "20 novembre 2025".
pub fn date_longue(d: &toml::value::Datetime, i18n: &I18n) -> String {
    match d.date {
        Some(date) => i18n.t_args(
            "commun-date",
            &[
                ("jour", date.day.to_string().into()),
                ("mois", date.month.into()),
                ("annee", date.year.to_string().into()),
            ],
        ),
        None => d.to_string(),
    }
}

/// Anchors of the page's sections, in page order; each has a label `metier-section-{anchor}`.
pub const SECTIONS: [&str; 19] = [
    "essentiel",
    "introduction",
    "chiffres",
    "missions",
    "outils",
    "journee",
    "faits",
    "temoignage",
    "formation",
    "lieux",
    "avantages",
    "conseils",
    "auto-evaluation",
    "faq",
    "se-former",
    "similaires",
    "criteres",
    "interets",
    "codes",
];

/// The sections shown for `m`, in page order, with their table-of-contents labels.
fn sommaire(m: &Metier, site: &Site, i18n: &I18n) -> Vec<(&'static str, String)> {
    let shown: [bool; 19] = [
        true,
        true,
        !m.chiffres.is_empty(),
        true,
        !m.outils.is_empty(),
        !m.journee.is_empty(),
        !m.faits.is_empty(),
        m.temoignage.is_some(),
        !m.formation.etapes.is_empty(),
        !m.lieux_travail.is_empty(),
        !m.avantages.is_empty() || !m.inconvenients.is_empty(),
        !m.conseils.is_empty(),
        !m.auto_evaluation.is_empty(),
        !m.faq.is_empty(),
        !m.formation.etablissements.is_empty() || !m.zones_emploi.is_empty(),
        m.similaires.iter().any(|s| site.metier(s).is_some()),
        !m.criteres.is_empty(),
        true,
        m.codes.any(),
    ];
    SECTIONS
        .into_iter()
        .zip(shown)
        .filter(|(_, shown)| *shown)
        .map(|(ancre, _)| (ancre, i18n.t(&format!("metier-section-{ancre}"))))
        .collect()
}
