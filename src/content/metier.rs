//! A job profile, as an editor writes it in `content/metiers/{slug}.toml` ([`Fiche`]), and as the
//! site keeps it in memory ([`Metier`]).
//!
//! Field names are French and part of the public contract (DESIGN.md): they may be added to,
//! never renamed. Unknown fields are refused so that a typo cannot vanish silently.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One job profile: the whole file.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fiche {
    /// File stem: the job's URL segment. Not written by the editor.
    #[serde(skip_deserializing)]
    #[schemars(skip)]
    pub slug: String,
    /// Name of the job ("Architecte cloud").
    pub nom: String,
    /// One-sentence tagline under the title.
    pub accroche: String,
    /// Hero question that opens the page.
    pub question: String,
    /// Slug of the sector (see `secteurs.toml`).
    pub secteur: String,
    /// Slugs of criteria (see `criteres.toml`).
    #[serde(default)]
    pub criteres: Vec<String>,
    /// Slugs of similar jobs chosen by the editor.
    #[serde(default)]
    pub similaires: Vec<String>,
    /// Usual entry study level.
    pub niveau_etudes: NiveauEtudes,
    /// Other names people search for.
    #[serde(default)]
    pub autres_noms: Vec<String>,
    /// Holland interest profile of the job.
    pub riasec: Riasec,
    /// Date of the last editorial review.
    #[schemars(with = "Date")]
    #[serde(serialize_with = "date_texte")]
    pub mis_a_jour: toml::value::Datetime,
    /// Year the figures of `chiffres` describe.
    #[serde(default)]
    pub chiffres_annee: Option<u16>,
    /// Occupation codes in public classifications.
    #[serde(default)]
    pub codes: Codes,
    /// Introduction text (paragraphs separated by a blank line).
    pub introduction: String,
    /// Daily missions.
    pub missions: Vec<String>,
    /// Kinds of employers and places of work.
    #[serde(default)]
    pub lieux_travail: Vec<String>,
    /// Regions where the jobs are.
    #[serde(default)]
    pub zones_emploi: Vec<String>,
    /// Good sides of the job.
    #[serde(default)]
    pub avantages: Vec<String>,
    /// Hard sides of the job.
    #[serde(default)]
    pub inconvenients: Vec<String>,
    /// Advice to get there.
    #[serde(default)]
    pub conseils: Vec<String>,
    /// The four key facts.
    pub essentiel: Essentiel,
    /// Salary, when known.
    #[serde(default)]
    pub salaire: Option<Salaire>,
    /// Training path and schools.
    #[serde(default)]
    pub formation: Formation,
    /// A professional's testimony.
    #[serde(default)]
    pub temoignage: Option<Temoignage>,
    /// "Le métier en chiffres".
    #[serde(default)]
    pub chiffres: Vec<Chiffre>,
    /// Tools by category.
    #[serde(default)]
    pub outils: Vec<Outils>,
    /// A typical day, as time slots.
    #[serde(default)]
    pub journee: Vec<Creneau>,
    /// Notable facts about the job in Belgium.
    #[serde(default)]
    pub faits: Vec<Fait>,
    /// Self-assessment questions (they feed the job quiz).
    #[serde(default)]
    pub auto_evaluation: Vec<QuestionAuto>,
    /// Frequently asked questions.
    #[serde(default)]
    pub faq: Vec<Faq>,
    /// The regional shortage lists that name this job.
    #[serde(default)]
    pub penuries: Vec<Penurie>,
}

/// Where in a fiche a document is cited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Citation {
    /// The salary table.
    Salaire,
    /// "Le métier en chiffres".
    Chiffres,
    /// The notable facts.
    Faits,
    /// The shortage lists.
    Penuries,
}

impl Citation {
    /// Every section, in page order.
    pub const ALL: [Citation; 4] = [Citation::Salaire, Citation::Chiffres, Citation::Faits, Citation::Penuries];

    /// The section's name in the code.
    pub fn slug(self) -> &'static str {
        match self {
            Citation::Salaire => "salaire",
            Citation::Chiffres => "chiffres",
            Citation::Faits => "faits",
            Citation::Penuries => "penuries",
        }
    }
}

impl Fiche {
    /// Every document the fiche cites, with the section that cites it, in page order.
    pub fn citations(&self) -> Vec<(Citation, Reference<'_>)> {
        fn source(p: Provenance<'_>) -> Option<Reference<'_>> {
            match p {
                Provenance::Source(r) => Some(r),
                _ => None,
            }
        }
        let salaire = self.salaire.iter().filter_map(|s| source(s.provenance())).map(|r| (Citation::Salaire, r));
        let chiffres = self.chiffres.iter().filter_map(|c| source(c.provenance())).map(|r| (Citation::Chiffres, r));
        let faits = self.faits.iter().filter_map(|f| source(f.provenance())).map(|r| (Citation::Faits, r));
        let penuries = self.penuries.iter().map(|p| (Citation::Penuries, p.reference()));
        salaire.chain(chiffres).chain(faits).chain(penuries).collect()
    }

    /// Every document the fiche cites.
    pub fn references(&self) -> impl Iterator<Item = Reference<'_>> {
        self.citations().into_iter().map(|(_, r)| r)
    }
}

/// A job as the site keeps it: what lists, search, comparisons and quizzes read, kept as values,
/// and the whole file kept compressed, read again only to write the job's own pages. A catalogue of
/// thousands of fiches then holds a fraction of its texts in memory.
#[derive(Debug, Clone)]
pub struct Metier {
    /// File stem: the job's URL segment.
    pub slug: String,
    /// See [`Fiche::nom`].
    pub nom: String,
    /// See [`Fiche::accroche`].
    pub accroche: String,
    /// See [`Fiche::secteur`].
    pub secteur: String,
    /// See [`Fiche::criteres`].
    pub criteres: Vec<String>,
    /// See [`Fiche::similaires`].
    pub similaires: Vec<String>,
    /// See [`Fiche::niveau_etudes`].
    pub niveau_etudes: NiveauEtudes,
    /// See [`Fiche::autres_noms`].
    pub autres_noms: Vec<String>,
    /// See [`Fiche::riasec`].
    pub riasec: Riasec,
    /// See [`Fiche::mis_a_jour`].
    pub mis_a_jour: toml::value::Datetime,
    /// See [`Fiche::codes`].
    pub codes: Codes,
    /// See [`Fiche::salaire`].
    pub salaire: Option<Salaire>,
    /// See [`Fiche::auto_evaluation`].
    pub auto_evaluation: Vec<QuestionAuto>,
    /// See [`Fiche::penuries`].
    pub penuries: Vec<Penurie>,
    /// How the figures of "le métier en chiffres" and the facts that state a number are backed.
    pub appuis_des_chiffres: Compte,
    /// See [`Fiche::citations`].
    citations: Vec<(Citation, Arc<Document>)>,
    /// The file's text, compressed with zstd.
    texte: Box<[u8]>,
    /// Its length in bytes, uncompressed (`None`: kept plain).
    longueur: Option<usize>,
}

/// Counts of sourced, estimated and unsupported figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Compte {
    /// With a cited document.
    pub sources: usize,
    /// With the editors' explained estimate.
    pub estimations: usize,
    /// With neither.
    pub aucune: usize,
}

impl Compte {
    /// Counts one more figure, backed as `p` says.
    pub fn ajouter(&mut self, p: Provenance<'_>) {
        match p {
            Provenance::Source(_) => self.sources += 1,
            Provenance::Estimation(_) => self.estimations += 1,
            Provenance::Aucune => self.aucune += 1,
        }
    }

    /// All figures counted.
    pub fn total(&self) -> usize {
        self.sources + self.estimations + self.aucune
    }
}

impl std::ops::AddAssign for Compte {
    fn add_assign(&mut self, autre: Compte) {
        self.sources += autre.sources;
        self.estimations += autre.estimations;
        self.aucune += autre.aucune;
    }
}

/// A cited document, kept once however many fiches cite it (see [`Reference`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Document {
    titre: String,
    editeur: Option<String>,
    annee: Option<u16>,
    url: Option<String>,
}

/// The documents cited by the fiches of one loading, each kept once: a catalogue of thousands of
/// fiches cites a few hundred documents.
#[derive(Debug, Default)]
pub struct Documents(Mutex<HashSet<Arc<Document>>>);

impl Documents {
    /// The kept copy of `r`.
    fn garder(&self, r: Reference<'_>) -> Arc<Document> {
        let document = Document {
            titre: r.titre.to_string(),
            editeur: r.editeur.map(str::to_string),
            annee: r.annee,
            url: r.url.map(str::to_string),
        };
        // A poisoned lock only means another loading thread panicked; the set is still whole.
        let mut gardes = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(garde) = gardes.get(&document) {
            return Arc::clone(garde);
        }
        let garde = Arc::new(document);
        gardes.insert(Arc::clone(&garde));
        garde
    }
}

/// Why a kept fiche could not be read again (its memory was damaged: it was valid when loaded).
#[derive(Debug, thiserror::Error)]
#[error("fiche {slug} : {detail}")]
pub struct FicheError {
    /// The job.
    pub slug: String,
    /// What failed.
    pub detail: String,
}

/// zstd's fastest level: the fiches are compressed at every start, and read back once per page.
const NIVEAU_ZSTD: i32 = 1;

/// `texte` compressed, in an allocation of its exact size.
fn compresser(texte: &[u8]) -> Option<Box<[u8]>> {
    thread_local! {
        // One compression context and one output buffer per loading thread, reused for every file.
        static OUTILS: std::cell::RefCell<Option<(zstd::bulk::Compressor<'static>, Vec<u8>)>> =
            const { std::cell::RefCell::new(None) };
    }
    OUTILS.with_borrow_mut(|outils| {
        if outils.is_none() {
            *outils = Some((zstd::bulk::Compressor::new(NIVEAU_ZSTD).ok()?, Vec::new()));
        }
        let (compresseur, tampon) = outils.as_mut()?;
        tampon.clear();
        tampon.reserve(zstd::zstd_safe::compress_bound(texte.len()));
        let n = compresseur.compress_to_buffer(texte, tampon).ok()?;
        Some(Box::from(&tampon[..n]))
    })
}

impl Metier {
    /// Keeps what the catalogue reads of `fiche`, and `texte`, the file it was read from, compressed;
    /// the documents it cites are kept in `documents`.
    pub fn de(fiche: Fiche, texte: &str, documents: &Documents) -> Metier {
        let citations = fiche.citations().into_iter().map(|(ou, r)| (ou, documents.garder(r))).collect();
        let mut appuis_des_chiffres = Compte::default();
        fiche.chiffres.iter().for_each(|c| appuis_des_chiffres.ajouter(c.provenance()));
        fiche.faits.iter().filter(|f| f.chiffre()).for_each(|f| appuis_des_chiffres.ajouter(f.provenance()));
        let (texte, longueur) = match compresser(texte.as_bytes()) {
            Some(compresse) => (compresse, Some(texte.len())),
            // Compressing text held in memory cannot fail; kept plain if it ever did.
            None => (Box::from(texte.as_bytes()), None),
        };
        Metier {
            slug: fiche.slug,
            nom: fiche.nom,
            accroche: fiche.accroche,
            secteur: fiche.secteur,
            criteres: fiche.criteres,
            similaires: fiche.similaires,
            niveau_etudes: fiche.niveau_etudes,
            autres_noms: fiche.autres_noms,
            riasec: fiche.riasec,
            mis_a_jour: fiche.mis_a_jour,
            codes: fiche.codes,
            salaire: fiche.salaire,
            auto_evaluation: fiche.auto_evaluation,
            penuries: fiche.penuries,
            appuis_des_chiffres,
            citations,
            texte,
            longueur,
        }
    }

    /// The whole fiche, read again from its kept text.
    pub fn fiche(&self) -> Result<Fiche, FicheError> {
        let erreur = |detail: String| FicheError { slug: self.slug.clone(), detail };
        let octets = match self.longueur {
            None => std::borrow::Cow::Borrowed(&self.texte[..]),
            Some(longueur) => std::borrow::Cow::Owned(
                zstd::bulk::decompress(&self.texte, longueur).map_err(|e| erreur(e.to_string()))?,
            ),
        };
        let texte = std::str::from_utf8(&octets).map_err(|e| erreur(e.to_string()))?;
        let mut fiche: Fiche = toml::from_str(texte).map_err(|e| erreur(e.to_string()))?;
        fiche.slug.clone_from(&self.slug);
        Ok(fiche)
    }

    /// Every document the fiche cites, with the section that cites it, in page order.
    pub fn citations(&self) -> impl Iterator<Item = (Citation, Reference<'_>)> {
        self.citations.iter().map(|(ou, d)| {
            let reference =
                Reference { titre: &d.titre, editeur: d.editeur.as_deref(), annee: d.annee, url: d.url.as_deref() };
            (*ou, reference)
        })
    }

    /// Every document the fiche cites.
    pub fn references(&self) -> impl Iterator<Item = Reference<'_>> {
        self.citations().map(|(_, r)| r)
    }
}

/// How a TOML date looks in the JSON Schema (editors' tools check it as a `date` string).
#[derive(JsonSchema)]
#[schemars(transparent)]
#[allow(dead_code)]
struct Date(#[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))] String);

/// Entry study level, from none to a master's degree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NiveauEtudes {
    /// No secondary-school certificate required.
    SansCess,
    /// Secondary-school certificate (CESS).
    Cess,
    /// Qualifying secondary education or vocational training.
    Qualifiant,
    /// Bachelor's degree.
    Bachelier,
    /// Master's degree.
    Master,
}

impl NiveauEtudes {
    /// Every level, from the lowest.
    pub const ALL: [NiveauEtudes; 5] = [
        NiveauEtudes::SansCess,
        NiveauEtudes::Cess,
        NiveauEtudes::Qualifiant,
        NiveauEtudes::Bachelier,
        NiveauEtudes::Master,
    ];

    /// The value an editor writes.
    pub fn slug(self) -> &'static str {
        match self {
            NiveauEtudes::SansCess => "sans-cess",
            NiveauEtudes::Cess => "cess",
            NiveauEtudes::Qualifiant => "qualifiant",
            NiveauEtudes::Bachelier => "bachelier",
            NiveauEtudes::Master => "master",
        }
    }
}

/// Holland (RIASEC) interest profile: six numbers from 1 to 7.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(non_snake_case)]
pub struct Riasec {
    /// Réaliste.
    #[schemars(range(min = 1, max = 7))]
    pub R: u8,
    /// Investigateur.
    #[schemars(range(min = 1, max = 7))]
    pub I: u8,
    /// Artistique.
    #[schemars(range(min = 1, max = 7))]
    pub A: u8,
    /// Social.
    #[schemars(range(min = 1, max = 7))]
    pub S: u8,
    /// Entreprenant.
    #[schemars(range(min = 1, max = 7))]
    pub E: u8,
    /// Conventionnel.
    #[schemars(range(min = 1, max = 7))]
    pub C: u8,
}

impl Riasec {
    /// The six areas' letters, in the model's order.
    pub const LETTRES: [char; 6] = ['R', 'I', 'A', 'S', 'E', 'C'];

    /// The six values in R, I, A, S, E, C order.
    pub fn valeurs(&self) -> [u8; 6] {
        [self.R, self.I, self.A, self.S, self.E, self.C]
    }
}

/// Codes of the job in public classifications.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Codes {
    /// ISCO-08 (four digits).
    pub isco: Option<String>,
    /// ESCO occupation code.
    pub esco: Option<String>,
    /// ESCO concept URI.
    pub esco_uri: Option<String>,
    /// O*NET-SOC code.
    pub onet: Option<String>,
    /// French ROME code.
    pub rome: Option<String>,
}

impl Codes {
    /// Whether at least one code is known.
    pub fn any(&self) -> bool {
        self.isco.is_some()
            || self.esco.is_some()
            || self.esco_uri.is_some()
            || self.onet.is_some()
            || self.rome.is_some()
    }
}

/// The four key facts at the top of the page.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Essentiel {
    /// Studies.
    pub etudes: String,
    /// Key qualities.
    pub qualites: String,
    /// Working conditions.
    pub conditions: String,
}

/// Gross monthly salary in euros, full time.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Salaire {
    /// Lowest usual salary.
    pub min: u32,
    /// Highest usual salary.
    pub max: u32,
    /// Range for a beginner.
    pub debutant: Option<Fourchette>,
    /// Range for an experienced person.
    pub confirme: Option<Fourchette>,
    /// Usual benefits on top of the salary.
    #[serde(default)]
    pub avantages: Vec<String>,
    /// Year the amounts apply to (required).
    pub annee: Option<u16>,
    /// Title of the document the amounts come from.
    pub source: Option<String>,
    /// Who publishes that document.
    pub editeur: Option<String>,
    /// Address of that document.
    pub url: Option<String>,
    /// How the editors estimated the amounts, when no document gives them.
    pub estimation: Option<String>,
    /// Why a starting salary may sit below the legal minimum (student job, apprenticeship…).
    pub motif_sous_minimum: Option<String>,
}

impl Salaire {
    /// Where the amounts come from.
    pub fn provenance(&self) -> Provenance<'_> {
        Provenance::de(&self.source, &self.editeur, self.annee, &self.url, &self.estimation)
    }

    /// The lowest full-time starting salary: the beginner range's low end, else `min`.
    pub fn depart(&self) -> u32 {
        self.debutant.map_or(self.min, |Fourchette([bas, _])| bas)
    }
}

/// Where a figure comes from, as the editor wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provenance<'a> {
    /// A document the editors read.
    Source(Reference<'a>),
    /// The editors' estimate, with how it was made.
    Estimation(&'a str),
    /// Neither (a warning for figures, an error for salaries).
    Aucune,
}

/// A cited document: title, publisher, year, address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reference<'a> {
    /// Title of the document.
    pub titre: &'a str,
    /// Publisher.
    pub editeur: Option<&'a str>,
    /// Year of the figures.
    pub annee: Option<u16>,
    /// Address.
    pub url: Option<&'a str>,
}

impl<'a> Provenance<'a> {
    fn de(
        source: &'a Option<String>,
        editeur: &'a Option<String>,
        annee: Option<u16>,
        url: &'a Option<String>,
        estimation: &'a Option<String>,
    ) -> Self {
        match (source, estimation) {
            (Some(titre), _) => {
                Provenance::Source(Reference { titre, editeur: editeur.as_deref(), annee, url: url.as_deref() })
            }
            (None, Some(e)) => Provenance::Estimation(e),
            (None, None) => Provenance::Aucune,
        }
    }
}

/// A salary range written `[low, high]`; exactly two numbers (a third must not vanish).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Fourchette(pub [u32; 2]);

impl<'de> Deserialize<'de> for Fourchette {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let values = Vec::<u32>::deserialize(d)?;
        match values[..] {
            [bas, haut] => Ok(Fourchette([bas, haut])),
            _ => Err(serde::de::Error::invalid_length(values.len(), &"an array of length 2")),
        }
    }
}

/// Training path.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Formation {
    /// Steps, in order.
    #[serde(default)]
    pub etapes: Vec<String>,
    /// Schools and training centres.
    #[serde(default)]
    pub etablissements: Vec<String>,
}

/// A professional's testimony, or a portrait composed by the editors.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Temoignage {
    /// Whether a real person said it (`recueilli`) or the editors composed it (`portrait`).
    pub nature: Option<NatureTemoignage>,
    /// What they say.
    pub citation: String,
    /// First name.
    pub auteur: String,
    /// Their position, described in general words.
    pub role: String,
    /// Their employer: only for a collected testimony whose author agreed to name it.
    pub employeur: Option<String>,
    /// Date of the interview (collected testimonies).
    #[schemars(with = "Option<Date>")]
    #[serde(default, serialize_with = "date_texte_option")]
    pub date: Option<toml::value::Datetime>,
    /// How the person agreed to publication (collected testimonies).
    pub consentement: Option<String>,
}

/// What a testimony is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum NatureTemoignage {
    /// Said by a real person, interviewed on a date, who agreed to publication.
    Recueilli,
    /// Composed by the editors from public accounts; nobody said these exact words.
    Portrait,
}

/// A regional shortage list that names the job.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Penurie {
    /// Which region's list.
    pub region: Region,
    /// Shortage of candidates, or recruitment that is merely difficult.
    pub statut: StatutPenurie,
    /// The function's name as the list writes it.
    pub intitule: String,
    /// Title of the list.
    pub source: String,
    /// Who publishes it.
    pub editeur: String,
    /// Year of the list.
    pub annee: u16,
    /// Address of the list.
    pub url: Option<String>,
}

impl Penurie {
    /// The list, as a cited document.
    pub fn reference(&self) -> Reference<'_> {
        Reference {
            titre: &self.source,
            editeur: Some(&self.editeur),
            annee: Some(self.annee),
            url: self.url.as_deref(),
        }
    }
}

/// A Belgian region with its public employment service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Region {
    /// Wallonia (Le Forem).
    Wallonie,
    /// Brussels-Capital (Actiris).
    Bruxelles,
    /// Flanders (VDAB).
    Flandre,
}

impl Region {
    /// Every region, in display order.
    pub const ALL: [Region; 3] = [Region::Wallonie, Region::Bruxelles, Region::Flandre];

    /// The value an editor writes.
    pub fn slug(self) -> &'static str {
        match self {
            Region::Wallonie => "wallonie",
            Region::Bruxelles => "bruxelles",
            Region::Flandre => "flandre",
        }
    }
}

/// How hard a listed function is to fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum StatutPenurie {
    /// Too few candidates (the Forem's "métier en pénurie").
    Penurie,
    /// Recruitment takes longer than usual (the Forem's and Actiris's "fonction critique").
    Critique,
    /// On the list, status not stated: the Forem's umbrella "métier en tension de recrutement"
    /// as a press release reports it, or a VDAB "knelpuntberoep".
    Tension,
}

impl StatutPenurie {
    /// Every status.
    pub const ALL: [StatutPenurie; 3] = [StatutPenurie::Penurie, StatutPenurie::Critique, StatutPenurie::Tension];

    /// The value an editor writes.
    pub fn slug(self) -> &'static str {
        match self {
            StatutPenurie::Penurie => "penurie",
            StatutPenurie::Critique => "critique",
            StatutPenurie::Tension => "tension",
        }
    }
}

/// One labelled figure.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Chiffre {
    /// What the figure measures.
    pub libelle: String,
    /// The figure, as text ("Environ 5 000").
    pub valeur: String,
    /// Title of the document it comes from.
    pub source: Option<String>,
    /// Who publishes that document.
    pub editeur: Option<String>,
    /// Year of the figure.
    pub annee: Option<u16>,
    /// Address of that document.
    pub url: Option<String>,
    /// How the editors estimated it, when no document gives it.
    pub estimation: Option<String>,
}

impl Chiffre {
    /// Where the figure comes from.
    pub fn provenance(&self) -> Provenance<'_> {
        Provenance::de(&self.source, &self.editeur, self.annee, &self.url, &self.estimation)
    }
}

/// Tools of one category.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outils {
    /// Category name.
    pub categorie: String,
    /// The tools.
    pub elements: Vec<String>,
}

/// One time slot of a typical day.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Creneau {
    /// Start, "HH:MM".
    #[schemars(regex(pattern = r"^([01]\d|2[0-3]):[0-5]\d$"))]
    pub debut: String,
    /// End, "HH:MM".
    #[schemars(regex(pattern = r"^([01]\d|2[0-3]):[0-5]\d$"))]
    pub fin: String,
    /// What happens.
    pub activite: String,
}

/// A notable fact.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fait {
    /// Short title.
    pub titre: String,
    /// The fact.
    pub texte: String,
    /// Title of the document it comes from (required when the text holds a number).
    pub source: Option<String>,
    /// Who publishes that document.
    pub editeur: Option<String>,
    /// Year of the fact.
    pub annee: Option<u16>,
    /// Address of that document.
    pub url: Option<String>,
    /// How the editors estimated the figure it gives, when no document gives it.
    pub estimation: Option<String>,
}

impl Fait {
    /// Where the fact comes from.
    pub fn provenance(&self) -> Provenance<'_> {
        Provenance::de(&self.source, &self.editeur, self.annee, &self.url, &self.estimation)
    }

    /// Whether the text states a number (then it needs a source or an estimation).
    pub fn chiffre(&self) -> bool {
        self.texte.bytes().any(|b| b.is_ascii_digit())
    }
}

/// Which answer of a self-assessment question suits the job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Sens {
    /// Agreeing is favourable.
    Positif,
    /// Agreeing is a warning sign.
    Negatif,
}

/// A self-assessment question.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionAuto {
    /// The question.
    pub question: String,
    /// Which end of the scale is favourable.
    pub sens: Sens,
    /// Advice for someone whose answer is unfavourable.
    pub conseil: String,
}

/// A frequently asked question.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    /// The question.
    pub question: String,
    /// The answer.
    pub reponse: String,
}

/// A TOML date written as plain text ("2025-11-20") in JSON.
fn date_texte<S: serde::Serializer>(d: &toml::value::Datetime, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(d)
}

/// An optional TOML date written as plain text in JSON.
fn date_texte_option<S: serde::Serializer>(d: &Option<toml::value::Datetime>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

/// Parses "HH:MM" into minutes since midnight.
pub fn minutes(heure: &str) -> Option<u16> {
    let (h, m) = heure.split_once(':')?;
    let two_digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !two_digits(h) || !two_digits(m) {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::{Fiche, minutes};

    fn contenu_livre() -> crate::content::Site {
        crate::content::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap()
    }

    /// What a job's page is written from is the fiche as its file says, word for word.
    #[test]
    fn a_kept_fiche_reads_back_as_its_file() {
        let dossier = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/metiers");
        for m in &contenu_livre().metiers {
            let texte = std::fs::read_to_string(dossier.join(format!("{}.toml", m.slug))).unwrap();
            let mut lue: Fiche = toml::from_str(&texte).unwrap();
            lue.slug.clone_from(&m.slug);
            let gardee = m.fiche().unwrap();
            assert_eq!(serde_json::to_value(&gardee).unwrap(), serde_json::to_value(&lue).unwrap(), "{}", m.slug);
            assert_eq!(m.nom, gardee.nom);
            assert_eq!(m.citations().count(), gardee.citations().len(), "{}", m.slug);
        }
    }

    /// A document cited by many fiches is kept once.
    #[test]
    fn a_document_cited_twice_is_kept_once() {
        let site = contenu_livre();
        let mut gardes: std::collections::HashMap<super::Reference<'_>, *const u8> = std::collections::HashMap::new();
        let mut partages = 0;
        for r in site.metiers.iter().flat_map(|m| m.references()) {
            match gardes.get(&r) {
                Some(&titre) => {
                    assert_eq!(titre, r.titre.as_ptr(), "{r:?} gardé deux fois");
                    partages += 1;
                }
                None => {
                    gardes.insert(r, r.titre.as_ptr());
                }
            }
        }
        assert!(partages > 100, "{partages} citations partagées seulement");
    }

    #[test]
    fn parses_times() {
        assert_eq!(minutes("08:30"), Some(510));
        assert_eq!(minutes("23:59"), Some(1439));
        for bad in ["8:30", "24:00", "12:60", "12h30", "", "ab:cd", "+1:00"] {
            assert_eq!(minutes(bad), None, "{bad}");
        }
    }
}
