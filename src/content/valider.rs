//! Checks that serde cannot express: non-empty texts, bounds, times, dates, URLs, references.

use std::collections::HashSet;

use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue};

use super::metier::Fourchette;
use super::metier::{Fiche, NatureTemoignage, NiveauEtudes, Provenance, Riasec, Salaire, minutes};
use super::probleme::{Probleme, Rapport};
use super::referentiel::{ITEMS_MAX, ITEMS_MIN_PAR_DOMAINE, Lettre, PeriodeRmmmg, QuizFile, rmmmg_de_l_annee};
use super::source::{Locator, Seg, Source};

/// Reports problems of one file at the position of the value concerned.
pub struct Checker<'a> {
    source: &'a Source,
    locator: Locator<'a>,
    rapport: &'a mut Rapport,
}

impl<'a> Checker<'a> {
    /// A checker for `source`, writing into `rapport`.
    pub fn new(source: &'a Source, rapport: &'a mut Rapport) -> Self {
        Checker { source, locator: source.locator(source.arbre()), rapport }
    }

    /// Reports `probleme` at the value `path`.
    pub fn err(&mut self, path: &[Seg<'_>], probleme: Probleme) {
        let pos = self.locator.at(path);
        self.rapport.push(&self.source.path, pos, probleme);
    }

    /// Reports `probleme` at `path`, or at `sinon` when the file does not hold `path`.
    pub fn err_ou(&mut self, path: &[Seg<'_>], sinon: &[Seg<'_>], probleme: Probleme) {
        let pos = self.locator.trouve(path).unwrap_or_else(|| self.locator.at(sinon));
        self.rapport.push(&self.source.path, pos, probleme);
    }

    /// Every string of the file must hold some text: an empty one is always a slip.
    pub fn textes_non_vides(&mut self) {
        let vides = self.textes_vides();
        self.signaler_vides(vides);
    }

    /// Deserializes the file into `T` (problems reported in French), then checks, if it
    /// succeeded, that every string holds text. The syntax tree is walked first and then moved
    /// into the value: a valid file is parsed once and never copied (the tree is read again only
    /// if a later problem must be located).
    pub fn deserialiser<T: DeserializeOwned>(&mut self) -> Option<T> {
        let vides = self.textes_vides();
        let value = self.source.parse_arbre(self.locator.prendre(), self.rapport)?;
        self.signaler_vides(vides);
        Some(value)
    }

    /// The empty strings of the file: field name and offset.
    fn textes_vides(&self) -> Vec<(String, usize)> {
        let mut vides = Vec::new();
        if let Some(doc) = self.locator.arbre() {
            collect_blank(doc, &mut Vec::new(), &mut vides);
        }
        vides
    }

    fn signaler_vides(&mut self, vides: Vec<(String, usize)>) {
        for (champ, offset) in vides {
            let pos = self.source.position(offset);
            self.rapport.push(&self.source.path, pos, Probleme::TexteVide { champ });
        }
    }

    /// A slug must be lowercase ASCII letters, digits and single inner hyphens.
    pub fn slug(&mut self, path: &[Seg<'_>], slug: &str) {
        if !est_slug(slug) {
            self.err(path, Probleme::SlugInvalide { slug: slug.to_string() });
        }
    }

    /// No value twice in one list.
    pub fn sans_doublon(&mut self, champ: &'static str, values: &[String]) {
        let mut seen = HashSet::new();
        for (i, v) in values.iter().enumerate() {
            if !seen.insert(v.as_str()) {
                self.err(&[Seg::Cle(champ), Seg::Index(i)], Probleme::Doublon { valeur: v.clone() });
            }
        }
    }

    /// A year between 1990 and 2100.
    pub fn annee(&mut self, path: &[Seg<'_>], annee: Option<u16>) {
        if let Some(a) = annee.filter(|a| !(1990..=2100).contains(a)) {
            self.err(path, Probleme::AnneeInvalide { valeur: a });
        }
    }

    /// An absolute http(s) URL without spaces.
    pub fn url(&mut self, path: &[Seg<'_>], url: &str) {
        if !est_url(url) {
            self.err(path, Probleme::UrlInvalide { valeur: url.to_string() });
        }
    }
}

fn collect_blank<'d>(table: &'d DeTable<'_>, chemin: &mut Vec<Seg<'d>>, out: &mut Vec<(String, usize)>) {
    for (k, v) in table {
        chemin.push(Seg::Cle(k.get_ref()));
        collect_blank_value(v.get_ref(), v.span().start, chemin, out);
        chemin.pop();
    }
}

// The field name is only spelled out for a blank value: most files have none.
fn collect_blank_value<'d>(
    value: &'d DeValue<'_>,
    offset: usize,
    chemin: &mut Vec<Seg<'d>>,
    out: &mut Vec<(String, usize)>,
) {
    match value {
        DeValue::String(s) if s.trim().is_empty() => out.push((nom_du_champ(chemin), offset)),
        DeValue::Table(t) => collect_blank(t, chemin, out),
        DeValue::Array(a) => {
            for (i, item) in a.iter().enumerate() {
                chemin.push(Seg::Index(i));
                collect_blank_value(item.get_ref(), item.span().start, chemin, out);
                chemin.pop();
            }
        }
        _ => {}
    }
}

/// `faq[2].question` for the path faq, 1, question (indexes counted from 1 for editors).
fn nom_du_champ(chemin: &[Seg<'_>]) -> String {
    let mut nom = String::new();
    for seg in chemin {
        match seg {
            Seg::Cle(k) if nom.is_empty() => nom.push_str(k),
            Seg::Cle(k) => {
                nom.push('.');
                nom.push_str(k);
            }
            Seg::Index(i) => nom.push_str(&format!("[{}]", i + 1)),
        }
    }
    nom
}

/// Whether `s` is a valid slug.
pub fn est_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

/// Whether `s` is an absolute http(s) URL with a host.
pub fn est_url(s: &str) -> bool {
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            host.contains('.') && !host.starts_with('.') && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

/// The criterion that a shortage list entails (and that needs one).
pub const CRITERE_PENURIE: &str = "metier-en-penurie";

/// What a profile may refer to.
pub struct References<'a> {
    /// Known sector slugs.
    pub secteurs: &'a [String],
    /// Known criterion slugs.
    pub criteres: &'a [String],
    /// Every job slug (file stems).
    pub metiers: &'a HashSet<String>,
    /// The legal minimum wage by period.
    pub rmmmg: &'a [PeriodeRmmmg],
    /// Today, to tell a fiche reviewed more than a year ago.
    pub aujourdhui: Jour,
}

/// A calendar day (year, month, day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Jour {
    /// Year.
    pub annee: u16,
    /// Month, 1–12.
    pub mois: u8,
    /// Day, 1–31.
    pub jour: u8,
}

impl Jour {
    /// Today (UTC), from the system clock.
    pub fn aujourdhui() -> Jour {
        let (annee, mois, jour) = super::nouveau::aujourd_hui();
        Jour { annee: annee as u16, mois: mois as u8, jour: jour as u8 }
    }

    /// Whole months from `self` to `plus_tard` (0 if `plus_tard` is earlier).
    pub fn mois_jusqua(self, plus_tard: Jour) -> u32 {
        let mois = (i32::from(plus_tard.annee) - i32::from(self.annee)) * 12 + i32::from(plus_tard.mois)
            - i32::from(self.mois)
            - i32::from(plus_tard.jour < self.jour);
        mois.max(0) as u32
    }
}

/// Checks one profile beyond its types.
pub fn metier(c: &mut Checker<'_>, m: &Fiche, refs: &References<'_>) {
    use Seg::{Cle, Index};
    if m.missions.is_empty() {
        c.err(&[Cle("missions")], Probleme::ListeVide { champ: "missions".into() });
    }
    if !refs.secteurs.contains(&m.secteur) {
        c.err(
            &[Cle("secteur")],
            Probleme::SecteurInconnu { secteur: m.secteur.clone(), connus: refs.secteurs.join(", ") },
        );
    }
    for (i, critere) in m.criteres.iter().enumerate() {
        if !refs.criteres.contains(critere) {
            let connus = refs.criteres.join(", ");
            c.err(&[Cle("criteres"), Index(i)], Probleme::CritereInconnu { critere: critere.clone(), connus });
        }
    }
    c.sans_doublon("criteres", &m.criteres);
    for (i, similaire) in m.similaires.iter().enumerate() {
        if *similaire == m.slug {
            c.err(&[Cle("similaires"), Index(i)], Probleme::SimilaireSoiMeme);
        } else if !refs.metiers.contains(similaire) {
            c.err(&[Cle("similaires"), Index(i)], Probleme::SimilaireInconnu { slug: similaire.clone() });
        }
    }
    c.sans_doublon("similaires", &m.similaires);
    for (lettre, valeur) in Riasec::LETTRES.iter().zip(m.riasec.valeurs()) {
        if !(1..=7).contains(&valeur) {
            let mut buf = [0u8; 4];
            let key: &str = lettre.encode_utf8(&mut buf);
            c.err(&[Cle("riasec"), Cle(key)], Probleme::RiasecHorsBornes { domaine: *lettre, valeur });
        }
    }
    date(c, &m.mis_a_jour);
    if let Some(d) = m.mis_a_jour.date {
        let relue = Jour { annee: d.year, mois: d.month, jour: d.day };
        let mois = relue.mois_jusqua(refs.aujourdhui);
        if mois >= 12 {
            c.err(&[Cle("mis_a_jour")], Probleme::FicheAncienne { date: m.mis_a_jour.to_string(), mois });
        }
    }
    c.annee(&[Cle("chiffres_annee")], m.chiffres_annee);
    if let Some(s) = &m.salaire {
        salaire(c, s, refs.rmmmg);
    }
    // Schools are optional for the other levels (employer-run training, courses that change every
    // year: better none than a doubtful one), never for studies in a haute école or a university.
    if matches!(m.niveau_etudes, NiveauEtudes::Bachelier | NiveauEtudes::Master)
        && m.formation.etablissements.is_empty()
    {
        let niveau = m.niveau_etudes.slug().to_string();
        let ecoles = [Cle("formation"), Cle("etablissements")];
        c.err_ou(&ecoles, &[Cle("niveau_etudes")], Probleme::SansEtablissement { niveau });
    }
    match m.codes.isco.as_deref() {
        None => c.err(&[Cle("codes")], Probleme::IscoManquant),
        Some(isco) if isco.len() != 4 || !isco.bytes().all(|b| b.is_ascii_digit()) => {
            c.err(&[Cle("codes"), Cle("isco")], Probleme::IscoInvalide { valeur: isco.to_string() });
        }
        Some(_) => {}
    }
    if let Some(t) = &m.temoignage {
        match t.nature {
            None => c.err(&[Cle("temoignage")], Probleme::TemoignageSansNature),
            Some(NatureTemoignage::Portrait) if t.employeur.is_some() => {
                c.err(&[Cle("temoignage"), Cle("employeur")], Probleme::PortraitAvecEmployeur);
            }
            Some(NatureTemoignage::Recueilli) => {
                if t.date.is_none() {
                    c.err(&[Cle("temoignage")], Probleme::RecueilliIncomplet { champ: "date".into() });
                }
                if t.consentement.is_none() {
                    c.err(&[Cle("temoignage")], Probleme::RecueilliIncomplet { champ: "consentement".into() });
                }
            }
            Some(NatureTemoignage::Portrait) => {}
        }
    }
    for (i, chiffre) in m.chiffres.iter().enumerate() {
        provenance(c, &[Cle("chiffres"), Index(i)], chiffre.provenance(), true);
    }
    for (i, fait) in m.faits.iter().enumerate() {
        provenance(c, &[Cle("faits"), Index(i)], fait.provenance(), fait.chiffre());
    }
    let critere = m.criteres.iter().position(|c| c == CRITERE_PENURIE);
    match (critere, m.penuries.is_empty()) {
        (Some(i), true) => c.err(&[Cle("criteres"), Index(i)], Probleme::PenurieSansListe { critere: true }),
        (None, false) => c.err(&[Cle("penuries")], Probleme::PenurieSansListe { critere: false }),
        _ => {}
    }
    for (i, penurie) in m.penuries.iter().enumerate() {
        let path = [Cle("penuries"), Index(i)];
        provenance(c, &path, Provenance::Source(penurie.reference()), true);
    }
    for (i, creneau) in m.journee.iter().enumerate() {
        let debut = minutes(&creneau.debut);
        let fin = minutes(&creneau.fin);
        if debut.is_none() {
            c.err(&[Cle("journee"), Index(i), Cle("debut")], Probleme::HeureInvalide { valeur: creneau.debut.clone() });
        }
        if fin.is_none() {
            c.err(&[Cle("journee"), Index(i), Cle("fin")], Probleme::HeureInvalide { valeur: creneau.fin.clone() });
        }
        if let (Some(d), Some(f)) = (debut, fin)
            && f <= d
        {
            let p = Probleme::CreneauInverse { debut: creneau.debut.clone(), fin: creneau.fin.clone() };
            c.err(&[Cle("journee"), Index(i), Cle("fin")], p);
        }
    }
    for (i, outils) in m.outils.iter().enumerate() {
        if outils.elements.is_empty() {
            c.err(&[Cle("outils"), Index(i), Cle("elements")], Probleme::ListeVide { champ: "outils.elements".into() });
        }
    }
    if let Some(uri) = &m.codes.esco_uri {
        c.url(&[Cle("codes"), Cle("esco_uri")], uri);
    }
}

/// A figure's source must name its publisher, a valid address and year; a figure with neither
/// source nor estimation is a warning when `chiffre` (it states a number).
fn provenance(c: &mut Checker<'_>, path: &[Seg<'_>], p: Provenance<'_>, chiffre: bool) {
    let champ = |nom: &'static str| [path, &[Seg::Cle(nom)]].concat();
    match p {
        Provenance::Source(r) => {
            if r.editeur.is_none() {
                c.err(&champ("source"), Probleme::SourceSansEditeur);
            }
            if let Some(url) = r.url {
                c.url(&champ("url"), url);
            }
            c.annee(&champ("annee"), r.annee);
        }
        Provenance::Estimation(_) => {}
        Provenance::Aucune if chiffre => c.err(path, Probleme::ChiffreSansProvenance),
        Provenance::Aucune => {}
    }
}

/// Whether a source and an estimation are both written (`provenance` keeps only the source).
fn source_et_estimation(source: &Option<String>, estimation: &Option<String>) -> bool {
    source.is_some() && estimation.is_some()
}

/// A figure that claims both a source and an estimation.
pub fn doubles_provenances(c: &mut Checker<'_>, m: &Fiche) {
    use Seg::{Cle, Index};
    if let Some(s) = &m.salaire
        && source_et_estimation(&s.source, &s.estimation)
    {
        c.err(&[Cle("salaire"), Cle("estimation")], Probleme::SourceEtEstimation);
    }
    for (i, x) in m.chiffres.iter().enumerate() {
        if source_et_estimation(&x.source, &x.estimation) {
            c.err(&[Cle("chiffres"), Index(i), Cle("estimation")], Probleme::SourceEtEstimation);
        }
    }
    for (i, x) in m.faits.iter().enumerate() {
        if source_et_estimation(&x.source, &x.estimation) {
            c.err(&[Cle("faits"), Index(i), Cle("estimation")], Probleme::SourceEtEstimation);
        }
    }
}

fn salaire(c: &mut Checker<'_>, s: &Salaire, rmmmg: &[PeriodeRmmmg]) {
    use Seg::Cle;
    if s.min > s.max {
        c.err(&[Cle("salaire"), Cle("max")], Probleme::SalaireMinMax { min: s.min, max: s.max });
    }
    for (champ, range) in [("debutant", s.debutant), ("confirme", s.confirme)] {
        let Some(Fourchette([bas, haut])) = range else {
            continue;
        };
        let path = [Cle("salaire"), Cle(champ)];
        let nom = format!("salaire.{champ}");
        if bas > haut {
            c.err(&path, Probleme::FourchetteInversee { champ: nom, bas, haut });
        } else if s.min <= s.max && (bas < s.min || haut > s.max) {
            c.err(&path, Probleme::FourchetteHorsBornes { champ: nom, bas, haut, min: s.min, max: s.max });
        }
    }
    match s.provenance() {
        Provenance::Aucune => c.err(&[Cle("salaire")], Probleme::SalaireSansProvenance),
        p => provenance(c, &[Cle("salaire")], p, true),
    }
    let Some(annee) = s.annee else {
        c.err(&[Cle("salaire")], Probleme::SalaireSansAnnee);
        return;
    };
    if s.motif_sous_minimum.is_none()
        && let Some(minimum) = rmmmg_de_l_annee(rmmmg, annee)
        && f64::from(s.depart()) < minimum
    {
        let champ = if s.debutant.is_some() { "debutant" } else { "min" };
        let minimum = crate::format::montant_exact(minimum);
        c.err(&[Cle("salaire"), Cle(champ)], Probleme::SalaireSousMinimum { depart: s.depart(), minimum, annee });
    }
}

/// A review date must be a plain, existing calendar date.
fn date(c: &mut Checker<'_>, d: &toml::value::Datetime) {
    let ok = d.time.is_none()
        && d.offset.is_none()
        && d.date.is_some_and(|date| {
            let bissextile = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
            let jours = match date.month {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if bissextile => 29,
                2 => 28,
                _ => 0,
            };
            (1..=jours).contains(&date.day) && (2000..=2100).contains(&date.year)
        });
    if !ok {
        c.err(&[Seg::Cle("mis_a_jour")], Probleme::DateInvalide { valeur: d.to_string() });
    }
}

/// Checks the orientation quiz: a five-label scale, enough items per area, not too many.
pub fn quiz(c: &mut Checker<'_>, q: &QuizFile) {
    use Seg::Cle;
    if q.echelle.libelles.len() != 5 {
        let p = Probleme::LongueurInvalide { trouve: q.echelle.libelles.len(), attendu: 5 };
        c.err(&[Cle("echelle"), Cle("libelles")], p);
    }
    for lettre in Lettre::TOUTES {
        let nombre = q.items.iter().filter(|i| i.domaine == lettre).count();
        if nombre < ITEMS_MIN_PAR_DOMAINE {
            c.err(
                &[Cle("items")],
                Probleme::ItemsInsuffisants { domaine: lettre.car(), nombre, minimum: ITEMS_MIN_PAR_DOMAINE },
            );
        }
    }
    if q.items.len() > ITEMS_MAX {
        c.err(
            &[Cle("items"), Seg::Index(ITEMS_MAX)],
            Probleme::TropDItems { nombre: q.items.len(), maximum: ITEMS_MAX },
        );
    }
}
