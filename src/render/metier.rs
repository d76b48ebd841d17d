//! The job page (`templates/metier.html`): every section of a profile, in the reference order.

use askama::Template;

use super::graphiques;
use super::layout::Layout;
use super::libelles;
use super::provenance::ProvenanceVue;
use super::{RenderConfig, jsonld};
use crate::catalogue::similaires::{self, Raison};
use crate::content::metier::{Chiffre, Creneau, Fait, Fourchette, NatureTemoignage, Penurie, Region};
use crate::content::{Critere, Fiche, Metier, Riasec, Secteur, Site};
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
    /// Where the amounts come from.
    pub provenance: ProvenanceVue,
    /// Why a starting salary may sit under the legal minimum.
    pub motif: Option<String>,
    /// The drawn chart (SVG markup).
    pub svg: String,
}

/// A regional shortage list naming the job, ready to show.
pub struct PenurieVue<'a> {
    /// "Wallonie (Le Forem)".
    pub region: String,
    /// "Métier en pénurie" or "Fonction critique".
    pub statut: String,
    /// The function's name on the list.
    pub intitule: &'a str,
    /// The list.
    pub provenance: ProvenanceVue,
}

/// A similar job ready to show.
pub struct SimilaireVue<'a> {
    /// The job.
    pub metier: &'a Metier,
    /// Why it is listed, in one line.
    pub raison: String,
    /// Link to compare both jobs.
    pub comparer: String,
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
    pub m: &'a Fiche,
    /// Its sector.
    pub secteur: &'a Secteur,
    /// Its criteria.
    pub criteres: Vec<&'a Critere>,
    /// Similar jobs, with why and a comparison link.
    pub similaires: Vec<SimilaireVue<'a>>,
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
    /// Figures with where each comes from.
    pub chiffres: Vec<(&'a Chiffre, ProvenanceVue)>,
    /// Facts, with where each comes from when it says.
    pub faits: Vec<(&'a Fait, Option<ProvenanceVue>)>,
    /// The shortage lists naming the job.
    pub penuries: Vec<PenurieVue<'a>>,
    /// How the testimony came about ("Portrait composé par la rédaction…").
    pub temoignage_nature: Option<String>,
    /// Every document the page cites, once each.
    pub sources: Vec<ProvenanceVue>,
    /// Interest profile values.
    pub domaines: Vec<DomaineVue<'a>>,
    /// Interest hexagon (SVG markup).
    pub riasec: String,
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

/// Renders the page of `metier`, whose whole fiche is `m`.
pub fn render(
    site: &Site,
    metier: &Metier,
    m: &Fiche,
    i18n: &I18n,
    config: &RenderConfig,
) -> Result<String, askama::Error> {
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
    layout.json = Some(format!("{path}.json"));
    layout.jsonld.insert(0, jsonld::occupation(m, i18n, &layout.canonical));
    layout.jsonld.extend(jsonld::faq(m));

    let noms = site.domaines.tous();
    let domaines: Vec<DomaineVue> = Riasec::LETTRES
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
    let riasec = graphiques::riasec_svg(
        &[(m.riasec.valeurs().map(f32::from), "forme-1")],
        noms.map(|d| d.nom.clone()),
        &riasec_alternative,
        i18n,
    )?;

    let page = MetierPage {
        i18n,
        secteur,
        criteres: m.criteres.iter().filter_map(|c| site.critere(c)).collect(),
        similaires: similaires::similaires(site, metier)
            .into_iter()
            .map(|s| SimilaireVue {
                raison: raison(&s.raisons, site, i18n),
                comparer: format!("/comparer?m={},{}", m.slug, s.metier.slug),
                metier: s.metier,
            })
            .collect(),
        niveau: i18n.t(libelles::niveau(m.niveau_etudes)),
        introduction: m.introduction.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect(),
        chiffres_titre: match m.chiffres_annee {
            Some(annee) => i18n.t_args("metier-chiffres-titre-annee", &[("annee", annee.to_string().into())]),
            None => i18n.t("metier-chiffres-titre"),
        },
        journee: m.journee.iter().map(creneau).collect(),
        salaire: m.salaire.as_ref().map(|s| salaire(s, i18n)).transpose()?,
        chiffres: m.chiffres.iter().map(|c| (c, ProvenanceVue::de(c.provenance(), i18n))).collect(),
        faits: m
            .faits
            .iter()
            .map(|f| {
                let montree = f.chiffre() || !matches!(f.provenance(), crate::content::metier::Provenance::Aucune);
                (f, montree.then(|| ProvenanceVue::de(f.provenance(), i18n)))
            })
            .collect(),
        penuries: penuries(&m.penuries, i18n),
        temoignage_nature: m.temoignage.as_ref().map(|t| match (t.nature, &t.date) {
            (Some(NatureTemoignage::Recueilli), Some(d)) => {
                i18n.t_args("metier-temoignage-recueilli", &[("date", date_longue(d, i18n).into())])
            }
            _ => i18n.t("metier-temoignage-portrait"),
        }),
        sources: sources(m, i18n),
        domaines,
        riasec,
        mis_a_jour: date_longue(&m.mis_a_jour, i18n),
        mis_a_jour_iso: m.mis_a_jour.to_string(),
        sommaire: sommaire(m, site, i18n),
        layout,
        m,
    };
    super::html(&page)
}

/// One line that says why a job is listed as similar.
fn raison(raisons: &[Raison], site: &Site, i18n: &I18n) -> String {
    raisons
        .iter()
        .map(|r| match r {
            Raison::MemeSecteur => i18n.t("metier-similaire-secteur"),
            Raison::ProfilProche(lettres) if lettres.is_empty() => i18n.t("metier-similaire-interets"),
            Raison::ProfilProche(lettres) => {
                let domaines = site.domaines.tous();
                let noms: Vec<&str> = lettres
                    .iter()
                    .filter_map(|l| Riasec::LETTRES.iter().position(|x| x == l))
                    .map(|i| domaines[i].nom.as_str())
                    .collect();
                i18n.t_args("metier-similaire-interets-domaines", &[("domaines", noms.join(", ").into())])
            }
            Raison::CriteresCommuns(slugs) => {
                let noms: Vec<&str> = slugs.iter().filter_map(|s| site.critere(s)).map(|c| c.nom.as_str()).collect();
                i18n.t_args("metier-similaire-criteres", &[("criteres", noms.join(", ").into())])
            }
            Raison::ChoixRedaction => i18n.t("metier-similaire-redaction"),
            Raison::AutrePiste => i18n.t("metier-similaire-autre"),
        })
        .collect::<Vec<_>>()
        .join(" · ")
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

fn salaire(s: &crate::content::metier::Salaire, i18n: &I18n) -> Result<SalaireVue, askama::Error> {
    let mut rangees = vec![(i18n.t("metier-salaire-fourchette"), [s.min, s.max], "barre-fourchette")];
    if let Some(d) = s.debutant {
        rangees.push((i18n.t("metier-salaire-debutant"), d.0, "barre-debutant"));
    }
    if let Some(c) = s.confirme {
        rangees.push((i18n.t("metier-salaire-confirme"), c.0, "barre-confirme"));
    }
    let source = match s.provenance() {
        crate::content::metier::Provenance::Source(r) => i18n.t_args(
            "metier-salaire-legende-source",
            &[
                ("source", r.titre.to_string().into()),
                ("annee", s.annee.map_or(String::new(), |a| a.to_string()).into()),
            ],
        ),
        _ => i18n.t_args(
            "metier-salaire-legende-estimation",
            &[("annee", s.annee.map_or(String::new(), |a| a.to_string()).into())],
        ),
    };
    let legende = format!("{} {source}", i18n.t("metier-salaire-legende"));
    Ok(SalaireVue {
        svg: graphiques::salaire_svg(rangees, &legende, i18n)?,
        fourchette: format::fourchette_euros(s.min, s.max),
        debutant: s.debutant.map(|Fourchette([a, b])| format::fourchette_euros(a, b)),
        confirme: s.confirme.map(|Fourchette([a, b])| format::fourchette_euros(a, b)),
        avantages: (!s.avantages.is_empty()).then(|| s.avantages.join(", ")),
        provenance: ProvenanceVue::de(s.provenance(), i18n),
        motif: s.motif_sous_minimum.clone(),
    })
}

/// The shortage lists, Wallonia first.
fn penuries<'a>(liste: &'a [Penurie], i18n: &I18n) -> Vec<PenurieVue<'a>> {
    let mut liste: Vec<&Penurie> = liste.iter().collect();
    liste.sort_by_key(|p| (p.region, p.statut));
    liste
        .into_iter()
        .map(|p| PenurieVue {
            region: region(p.region, i18n),
            statut: i18n.t(libelles::statut_penurie(p.statut)),
            intitule: &p.intitule,
            provenance: ProvenanceVue::source(&p.reference(), i18n),
        })
        .collect()
}

/// "Wallonie (Le Forem)".
pub fn region(r: Region, i18n: &I18n) -> String {
    i18n.t(libelles::region(r))
}

/// Every document the fiche cites, once each, in page order.
fn sources(m: &Fiche, i18n: &I18n) -> Vec<ProvenanceVue> {
    let mut vues: Vec<ProvenanceVue> = Vec::new();
    let mut vus: Vec<(&str, Option<&str>)> = Vec::new();
    for r in m.references() {
        let cle = (r.url.unwrap_or(r.titre), r.editeur);
        if !vus.contains(&cle) {
            vus.push(cle);
            vues.push(ProvenanceVue::source(&r, i18n));
        }
    }
    vues
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

/// Anchors of the page's sections, in page order, each with the Fluent id of its label.
pub const SECTIONS: [(&str, &str); 21] = [
    ("essentiel", "metier-section-essentiel"),
    ("introduction", "metier-section-introduction"),
    ("chiffres", "metier-section-chiffres"),
    ("missions", "metier-section-missions"),
    ("outils", "metier-section-outils"),
    ("journee", "metier-section-journee"),
    ("faits", "metier-section-faits"),
    ("penuries", "metier-section-penuries"),
    ("temoignage", "metier-section-temoignage"),
    ("formation", "metier-section-formation"),
    ("lieux", "metier-section-lieux"),
    ("avantages", "metier-section-avantages"),
    ("conseils", "metier-section-conseils"),
    ("auto-evaluation", "metier-section-auto-evaluation"),
    ("faq", "metier-section-faq"),
    ("se-former", "metier-section-se-former"),
    ("similaires", "metier-section-similaires"),
    ("criteres", "metier-section-criteres"),
    ("interets", "metier-section-interets"),
    ("codes", "metier-section-codes"),
    ("sources", "metier-section-sources"),
];

/// The sections shown for `m`, in page order, with their table-of-contents labels.
fn sommaire(m: &Fiche, site: &Site, i18n: &I18n) -> Vec<(&'static str, String)> {
    let shown: [bool; 21] = [
        true,
        true,
        !m.chiffres.is_empty(),
        true,
        !m.outils.is_empty(),
        !m.journee.is_empty(),
        !m.faits.is_empty(),
        !m.penuries.is_empty(),
        m.temoignage.is_some(),
        !m.formation.etapes.is_empty(),
        !m.lieux_travail.is_empty(),
        !m.avantages.is_empty() || !m.inconvenients.is_empty(),
        !m.conseils.is_empty(),
        !m.auto_evaluation.is_empty(),
        !m.faq.is_empty(),
        !m.formation.etablissements.is_empty() || !m.zones_emploi.is_empty(),
        site.metiers.len() > 1,
        !m.criteres.is_empty(),
        true,
        m.codes.any(),
        m.references().next().is_some(),
    ];
    SECTIONS
        .into_iter()
        .zip(shown)
        .filter(|(_, shown)| *shown)
        .map(|((ancre, libelle), _)| (ancre, i18n.t(libelle)))
        .collect()
}
