//! What a page assembled from pieces repeats, as its renderer knows it: which ranges of the page
//! are a text it wrote before (a piece of the card template, a job's name written twice, the
//! answers in each card's link). The served form uses it to compress the page without searching
//! those ranges (`representation::assemblee`); the page's text is the same with or without it.

use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

use super::TROU;

/// A range of a page and the name of its text: `(start, end, name)`.
pub type Plage = (u32, u32, u32);

/// Ranges of a page, each with the name of its text: `(start, end, name)`, in the order of the
/// page, not overlapping. Two ranges of the same name have the same bytes.
#[derive(Debug, Default, Clone)]
pub struct Repetitions {
    morceaux: Vec<Plage>,
}

impl Repetitions {
    /// No range yet, room for `n`.
    pub fn avec_capacite(n: usize) -> Repetitions {
        Repetitions { morceaux: Vec::with_capacity(n) }
    }

    /// Bytes `debut..fin` of the page are the text named `nom`.
    pub fn noter(&mut self, debut: usize, fin: usize, nom: u32) {
        if fin > debut
            && let (Ok(debut), Ok(fin)) = (u32::try_from(debut), u32::try_from(fin))
        {
            self.morceaux.push((debut, fin, nom));
        }
    }

    /// Appends `texte`, named `nom`, to the page `out` and notes its range.
    pub fn ecrire(&mut self, out: &mut String, texte: &str, nom: u32) {
        let debut = out.len();
        out.push_str(texte);
        self.noter(debut, out.len(), nom);
    }

    /// The ranges, in the order of the page.
    pub fn morceaux(&self) -> &[Plage] {
        &self.morceaux
    }
}

/// Names of texts: the same text always gets the same small number.
#[derive(Debug, Default)]
pub struct Noms(HashMap<String, u32>);

impl Noms {
    /// The name of `texte`.
    pub fn de(&mut self, texte: &str) -> u32 {
        if let Some(&nom) = self.0.get(texte) {
            return nom;
        }
        let nom = self.0.len() as u32;
        self.0.insert(texte.to_owned(), nom);
        nom
    }

    /// Every text, at the place of its name.
    pub fn textes(self) -> Vec<String> {
        let mut textes = vec![String::new(); self.0.len()];
        for (texte, nom) in self.0 {
            textes[nom as usize] = texte;
        }
        textes
    }
}

/// Shortest text worth a name when a template writes it ([`Connus`]).
const LONGUEUR_CONNUE: usize = 8;

/// Hashes an address (keys of [`Connus`]): one multiplication, not SipHash, for the hundred or so
/// texts a template writes per page.
#[derive(Default)]
pub struct HachageAdresse(u64);

impl Hasher for HachageAdresse {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, octets: &[u8]) {
        for &o in octets {
            self.0 = (self.0 << 8 | u64::from(o)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29);
    }
}

/// The texts a template writes unchanged from one page to the next — its own text, and texts
/// made once per snapshot — known by their address, each with its name. A page rendered through
/// an [`Assembleur`] notes them in its repetitions as it writes them.
#[derive(Debug, Default)]
pub struct Connus(HashMap<usize, (String, u32), BuildHasherDefault<HachageAdresse>>);

impl Connus {
    /// The name of `texte` when it is a known text: at a known address, with the same bytes (an
    /// address once used by another text never names the wrong one).
    pub fn nom(&self, texte: &str) -> Option<u32> {
        self.0.get(&(texte.as_ptr() as usize)).filter(|(connu, _)| connu == texte).map(|&(_, nom)| nom)
    }
}

/// Learns the [`Connus`] of a template: the texts it writes at the same address with the same
/// bytes more than once over a few pages rendered through it.
#[derive(Debug, Default)]
pub struct Apprentissage(HashMap<(usize, String), usize>);

impl fmt::Write for Apprentissage {
    fn write_str(&mut self, texte: &str) -> fmt::Result {
        if texte.len() >= LONGUEUR_CONNUE && texte != TROU {
            *self.0.entry((texte.as_ptr() as usize, texte.to_owned())).or_default() += 1;
        }
        Ok(())
    }
}

impl Apprentissage {
    /// The texts written more than once, named in `noms`.
    pub fn connus(self, noms: &mut Noms) -> Connus {
        let connus = self
            .0
            .into_iter()
            .filter(|&(_, fois)| fois >= 2)
            .map(|((adresse, texte), _)| {
                let nom = noms.de(&texte);
                (adresse, (texte, nom))
            })
            .collect();
        Connus(connus)
    }
}

/// Writes a template into a page (`fmt::Write`): the [`Connus`] texts are noted in its
/// repetitions, and each [`TROU`] is filled by `trou`.
pub struct Assembleur<'a, F> {
    /// The page.
    pub out: &'a mut String,
    /// Its repeated parts.
    pub repetitions: &'a mut Repetitions,
    /// The template's known texts.
    pub connus: &'a Connus,
    /// Fills a hole.
    pub trou: F,
}

impl<F: FnMut(&mut String, &mut Repetitions)> fmt::Write for Assembleur<'_, F> {
    fn write_str(&mut self, texte: &str) -> fmt::Result {
        if texte == TROU {
            (self.trou)(self.out, self.repetitions);
        } else if let Some(nom) = self.connus.nom(texte) {
            self.repetitions.ecrire(self.out, texte, nom);
        } else {
            self.out.push_str(texte);
        }
        Ok(())
    }
}

/// A text rendered once, cut into the parts that other texts share: the pieces of its template
/// between its variables, and each variable.
#[derive(Debug, Default)]
pub struct Morceau {
    texte: String,
    /// End of each part in `texte`, and the part's name.
    parties: Box<[(u32, u32)]>,
}

impl Morceau {
    /// `texte`, cut before and after each place where one of `variables` is written.
    pub fn new(texte: String, variables: &[&str], noms: &mut Noms) -> Morceau {
        let mut parties = Vec::new();
        let mut debut = 0;
        let mut couper = |fin: usize, parties: &mut Vec<(u32, u32)>, debut: &mut usize| {
            if fin > *debut {
                parties.push((fin as u32, noms.de(&texte[*debut..fin])));
                *debut = fin;
            }
        };
        loop {
            // The earliest variable from here (the longest, when two start at the same place).
            let prochaine = variables
                .iter()
                .filter(|v| !v.is_empty())
                .filter_map(|v| texte[debut..].find(*v).map(|i| (debut + i, v.len())))
                .min_by_key(|&(i, longueur)| (i, std::cmp::Reverse(longueur)));
            let Some((i, longueur)) = prochaine else { break };
            couper(i, &mut parties, &mut debut);
            couper(i + longueur, &mut parties, &mut debut);
        }
        couper(texte.len(), &mut parties, &mut debut);
        Morceau { texte, parties: parties.into_boxed_slice() }
    }

    /// Appends the text to `out` and notes its parts in `repetitions`.
    pub fn ecrire(&self, out: &mut String, repetitions: &mut Repetitions) {
        let base = out.len();
        out.push_str(&self.texte);
        let mut debut = base;
        for &(fin, nom) in self.parties.iter() {
            let fin = base + fin as usize;
            repetitions.noter(debut, fin, nom);
            debut = fin;
        }
    }

    /// The text.
    pub fn texte(&self) -> &str {
        &self.texte
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_cut_around_its_variables_and_shared_parts_share_a_name() {
        let mut noms = Noms::default();
        let a = Morceau::new("<a href=\"/metiers/macon\">Maçon</a>".into(), &["macon", "Maçon"], &mut noms);
        let b = Morceau::new("<a href=\"/metiers/pilote\">Pilote</a>".into(), &["pilote", "Pilote"], &mut noms);
        let mut out = String::from("début ");
        let mut repetitions = Repetitions::default();
        a.ecrire(&mut out, &mut repetitions);
        b.ecrire(&mut out, &mut repetitions);
        let parties: Vec<(&str, u32)> =
            repetitions.morceaux().iter().map(|&(d, f, n)| (&out[d as usize..f as usize], n)).collect();
        assert_eq!(parties.len(), 10);
        assert_eq!(parties[0].0, "<a href=\"/metiers/");
        assert_eq!(parties[1].0, "macon");
        assert_eq!(parties[0].1, parties[5].1, "même morceau de gabarit, même nom");
        assert_eq!(parties[4].1, parties[9].1);
        assert_ne!(parties[1].1, parties[6].1);
        assert_eq!(out, format!("début {}{}", a.texte(), b.texte()));
    }

    #[test]
    fn a_template_names_the_texts_it_wrote_unchanged_while_learning_and_only_those() {
        use std::fmt::Write;
        let constant = String::from("<section class=\"profil\">");
        let court = "<p>";
        let mut apprentissage = Apprentissage::default();
        for variable in ["première page", "seconde page"] {
            for texte in [constant.as_str(), court, variable, TROU] {
                apprentissage.write_str(texte).unwrap();
            }
        }
        let mut noms = Noms::default();
        let connus = apprentissage.connus(&mut noms);
        assert!(connus.nom(&constant).is_some(), "écrit deux fois à la même adresse");
        assert_eq!(connus.nom(court), None, "trop court pour un nom");
        assert_eq!(connus.nom("première page"), None, "écrit une seule fois");
        assert_eq!(connus.nom(&constant.clone()), None, "les mêmes octets ailleurs : pas reconnus sans les lire");
        let mut out = String::from("début ");
        let mut repetitions = Repetitions::default();
        let mut trous = 0;
        let mut assembleur = Assembleur {
            out: &mut out,
            repetitions: &mut repetitions,
            connus: &connus,
            trou: |out: &mut String, _: &mut Repetitions| {
                trous += 1;
                out.push_str("[carte]");
            },
        };
        for texte in [constant.as_str(), TROU, "libre", constant.as_str()] {
            assembleur.write_str(texte).unwrap();
        }
        assert_eq!(trous, 1);
        assert_eq!(out, format!("début {constant}[carte]libre{constant}"));
        let nom = connus.nom(&constant).unwrap();
        let debut = "début ".len() as u32;
        let second = debut + (constant.len() + "[carte]libre".len()) as u32;
        let fin = |d: u32| d + constant.len() as u32;
        assert_eq!(repetitions.morceaux(), [(debut, fin(debut), nom), (second, fin(second), nom)]);
    }
}
