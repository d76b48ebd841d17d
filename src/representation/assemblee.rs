//! gzip for a page assembled from pieces it repeats: a page of quiz results is a hundred job cards
//! cut from the same template, so most of its bytes are copies of bytes a few hundred places back.
//!
//! A general compressor finds those copies by looking at every byte (zlib-rs at its quickest level:
//! 61 µs for a 55 KB page of results). The renderer already knows them: when it writes a text it
//! wrote before (a piece of the card template, a job's name for the second time, the answers in
//! each card's link), it notes the range ([`crate::render::repetitions`]), and the copy becomes one
//! DEFLATE match without its bytes being searched. A text written for the first time is copied
//! already coded, as the [`Dictionnaire`] made it with the snapshot; only what is between the noted
//! ranges is searched, with a greedy single-probe matcher like zlib's quickest level. The Huffman
//! codes are the dictionary's, counted on example pages, so that nothing is counted per page.
//! Measured (`examples/banc_quiz.rs`, 133 jobs, same run): 41 µs a page, 9.2 KB, against 61 µs and
//! 9.4 KB for zlib-rs at level 1.
//!
//! No crate exposes a DEFLATE encoder that takes its matches from the caller at this speed:
//! libflate accepts a caller's LZ77 stage, but its Huffman stage alone took 310 µs for such a page.
//! The format is RFC 1951 (DEFLATE) inside RFC 1952 (gzip): any decoder reads the result, and the
//! tests decode it with flate2.

use std::cell::RefCell;

use crate::render::repetitions::Plage;

/// Longest match DEFLATE can say.
const LONGUEUR_MAX: usize = 258;
/// Shortest match DEFLATE can say.
const LONGUEUR_MIN: usize = 3;
/// How far back a match may look.
const FENETRE: usize = 32 * 1024;
/// Longest Huffman code of the literals, lengths and distances.
const BITS_MAX: u8 = 15;
/// Longest Huffman code of the code lengths.
const BITS_MAX_LONGUEURS: u8 = 7;
/// Size (log2) of the matcher's table of recent positions.
const BITS_TABLE: u32 = 12;

/// A literal byte (< 256), or a match: bit 31 set, length − 3 in bits 16–24, distance − 1 below.
type Jeton = u32;
const MATCH: u32 = 1 << 31;

fn jeton_match(longueur: usize, distance: usize) -> Jeton {
    MATCH | ((longueur - LONGUEUR_MIN) as u32) << 16 | (distance - 1) as u32
}

/// The length symbol (257–285), its extra bits and their count, for a match of `longueur`.
const fn symbole_longueur(longueur: usize) -> (u16, u16, u8) {
    const BASES: [u16; 29] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ];
    const EXTRAS: [u8; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    let mut i = 28;
    while BASES[i] as usize > longueur {
        i -= 1;
    }
    (257 + i as u16, (longueur - BASES[i] as usize) as u16, EXTRAS[i])
}

/// The distance symbol (0–29), its extra bits and their count.
const fn symbole_distance(distance: usize) -> (u16, u16, u8) {
    if distance <= 4 {
        return ((distance - 1) as u16, 0, 0);
    }
    // Distances 2^k + 1 … 2^(k+1) share two symbols of k − 1 extra bits.
    let d = distance - 1;
    let k = usize::BITS - 1 - d.leading_zeros();
    let extra = k - 1;
    let moitie = (d >> extra) & 1;
    ((2 * k as usize + moitie) as u16, (d & ((1 << extra) - 1)) as u16, extra as u8)
}

/// Length symbols of every match length (index: length − 3).
static LONGUEURS: [(u16, u16, u8); LONGUEUR_MAX - LONGUEUR_MIN + 1] = {
    let mut t = [(0, 0, 0); LONGUEUR_MAX - LONGUEUR_MIN + 1];
    let mut l = LONGUEUR_MIN;
    while l <= LONGUEUR_MAX {
        t[l - LONGUEUR_MIN] = symbole_longueur(l);
        l += 1;
    }
    t
};

/// Bits written least significant first, as DEFLATE wants them.
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    fn ecrire(&mut self, valeur: u32, n: u8) {
        debug_assert!(n <= 32 && u64::from(valeur) < 1 << n);
        self.acc |= u64::from(valeur) << self.n;
        self.n += u32::from(n);
        if self.n >= 32 {
            self.out.extend_from_slice(&(self.acc as u32).to_le_bytes());
            self.acc >>= 32;
            self.n -= 32;
        }
    }

    fn finir(mut self) -> Vec<u8> {
        while self.n > 0 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n = self.n.saturating_sub(8);
        }
        self.out
    }
}

/// A Huffman code: each symbol's length and its code, bits reversed for [`Bits`].
struct Code {
    longueurs: Vec<u8>,
    codes: Vec<u16>,
}

impl Code {
    /// The shortest code for `frequences` with no code longer than `max` bits. Every symbol of
    /// nonzero frequency gets a code; at least two do, so that the code is complete.
    fn new(frequences: &[u32], max: u8) -> Code {
        let n = frequences.len();
        let mut longueurs = vec![0u8; n];
        let mut symboles: Vec<usize> = (0..n).filter(|&s| frequences[s] > 0).collect();
        let manquants = 2usize.saturating_sub(symboles.len());
        symboles.extend((0..n).filter(|&s| frequences[s] == 0).take(manquants));
        let poids = |s: usize| u64::from(frequences[s].max(1));
        symboles.sort_by_key(|&s| (poids(s), s));
        let k = symboles.len();
        // The Huffman tree, with two queues: the leaves in order of weight, then the inner nodes
        // in the order they are made (their weights only grow). Only each node's parent is kept.
        let mut poids_noeud: Vec<u64> = symboles.iter().map(|&s| poids(s)).collect();
        poids_noeud.resize(2 * k - 1, 0);
        let mut parent = vec![0usize; 2 * k - 1];
        let (mut feuille, mut interne) = (0, k);
        for nouveau in k..2 * k - 1 {
            let mut plus_leger = || {
                let prendre_feuille =
                    feuille < k && (interne >= nouveau || poids_noeud[feuille] <= poids_noeud[interne]);
                if prendre_feuille {
                    feuille += 1;
                    feuille - 1
                } else {
                    interne += 1;
                    interne - 1
                }
            };
            let (a, b) = (plus_leger(), plus_leger());
            poids_noeud[nouveau] = poids_noeud[a] + poids_noeud[b];
            parent[a] = nouveau;
            parent[b] = nouveau;
        }
        // Depths from the root down (a parent always comes after its children).
        let mut profondeur = vec![0u32; 2 * k - 1];
        for i in (0..2 * k - 2).rev() {
            profondeur[i] = profondeur[parent[i]] + 1;
        }
        // How many codes of each length; too long ones are cut to `max`, and the code is made
        // whole again by lengthening codes of the next lengths (the way zlib and miniz do).
        let max = usize::from(max);
        let mut nombre = [0u32; 64];
        for &p in &profondeur[..k] {
            nombre[(p as usize).min(max)] += 1;
        }
        let kraft = |nombre: &[u32; 64]| (1..=max).map(|l| u64::from(nombre[l]) << (max - l)).sum::<u64>();
        let mut total = kraft(&nombre);
        while total > 1 << max && nombre[max] > 0 {
            nombre[max] -= 1;
            if let Some(l) = (1..max).rev().find(|&l| nombre[l] > 0) {
                nombre[l] -= 1;
                nombre[l + 1] += 2;
            }
            total = kraft(&nombre);
        }
        // The lightest symbols get the longest codes.
        let mut suivant = symboles.iter();
        for l in (1..=max).rev() {
            for _ in 0..nombre[l] {
                if let Some(&s) = suivant.next() {
                    longueurs[s] = l as u8;
                }
            }
        }
        Code::canonique(longueurs)
    }

    /// The canonical code of these lengths (RFC 1951, 3.2.2).
    fn canonique(longueurs: Vec<u8>) -> Code {
        let mut nombre = [0u16; 16];
        for &l in &longueurs {
            nombre[usize::from(l)] += 1;
        }
        nombre[0] = 0;
        let mut prochain = [0u16; 16];
        let mut code = 0u16;
        for l in 1..16 {
            code = (code + nombre[l - 1]) << 1;
            prochain[l] = code;
        }
        let codes = longueurs
            .iter()
            .map(|&l| {
                if l == 0 {
                    return 0;
                }
                let c = prochain[usize::from(l)];
                prochain[usize::from(l)] += 1;
                c.reverse_bits() >> (16 - l)
            })
            .collect();
        Code { longueurs, codes }
    }

    fn ecrire(&self, bits: &mut Bits, symbole: usize) {
        bits.ecrire(u32::from(self.codes[symbole]), self.longueurs[symbole]);
    }
}

/// What is reused from one page to the next on a thread.
#[derive(Default)]
struct Atelier {
    jetons: Vec<Jeton>,
    /// Most recent position of each text name, for this page only (stamped with `page`).
    derniers: Vec<(u32, u32)>,
    /// Positions of recent 4-byte sequences, +1 (0: none), for this page only.
    table: Vec<u32>,
    page: u32,
}

impl Atelier {
    /// Forgets the previous page.
    fn nouvelle_page(&mut self) {
        self.jetons.clear();
        self.page = self.page.wrapping_add(1);
        if self.page == 0 {
            self.derniers.iter_mut().for_each(|d| *d = (0, 0));
            self.page = 1;
        }
        self.table.clear();
        self.table.resize(1 << BITS_TABLE, 0);
    }

    /// Where the text `nom` was last written on this page, and notes that it is now at `debut`.
    fn dernier(&mut self, nom: usize, debut: usize) -> Option<usize> {
        if self.derniers.len() <= nom {
            self.derniers.resize(nom + 1, (0, 0));
        }
        let (page, position) = std::mem::replace(&mut self.derniers[nom], (self.page, debut as u32));
        (page == self.page).then_some(position as usize)
    }
}

thread_local! {
    static ATELIER: RefCell<Atelier> = RefCell::new(Atelier::default());
}

struct Frequences {
    litterales: [u32; 286],
    distances: [u32; 30],
}

/// Where a range named in the repetitions can copy from: the last range of its name, when it is
/// within reach and has the same bytes.
fn source(page: &[u8], atelier: &mut Atelier, debut: usize, fin: usize, nom: usize) -> Option<usize> {
    let source = atelier.dernier(nom, debut)?;
    let longueur = fin - debut;
    // Compared as slices (the library's vectorised `memcmp`): a page has some 1 400 such ranges,
    // and this check took a sixth of the encoder's time eight bytes at a time.
    (debut - source <= FENETRE
        && longueur >= LONGUEUR_MIN
        && source + longueur <= debut
        && page[source..source + longueur] == page[debut..fin])
        .then_some(source)
}

/// The ranges of `repetitions` that can be read: in order, not overlapping, within the page, with
/// a small name (names are small numbers given by the renderer; a stray one is only searched).
fn lisibles<'a>(page: &'a [u8], repetitions: &'a [Plage]) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
    let mut position = 0;
    repetitions.iter().filter_map(move |&(debut, fin, nom)| {
        let (debut, fin, nom) = (debut as usize, (fin as usize).min(page.len()), nom as usize);
        if debut < position || debut >= fin || nom >= 1 << 20 {
            return None;
        }
        position = fin;
        Some((debut, fin, nom))
    })
}

/// Counts the symbols of a page as the dictionary's pages will use them, to make its codes.
fn compter(page: &[u8], repetitions: &[Plage], atelier: &mut Atelier, frequences: &mut Frequences) {
    atelier.nouvelle_page();
    let mut position = 0;
    for (debut, fin, nom) in lisibles(page, repetitions) {
        chercher(page, position, debut, atelier);
        match source(page, atelier, debut, fin, nom) {
            Some(source) => ajouter_match(&mut atelier.jetons, fin - debut, debut - source),
            None => chercher(page, debut, fin, atelier),
        }
        position = fin;
    }
    chercher(page, position, page.len(), atelier);
    for &jeton in &atelier.jetons {
        if jeton & MATCH == 0 {
            frequences.litterales[jeton as usize] += 1;
        } else {
            let (longueur, distance) = (((jeton >> 16) & 0x1FF) as usize, (jeton & 0xFFFF) as usize + 1);
            frequences.litterales[usize::from(LONGUEURS[longueur].0)] += 1;
            frequences.distances[usize::from(symbole_distance(distance).0)] += 1;
        }
    }
    frequences.litterales[256] += 1;
}

/// Bits already coded, to be appended as they are: whole 32-bit words, then `reste` bits.
#[derive(Debug, Default)]
struct Fige {
    mots: Vec<u32>,
    reste: (u32, u8),
}

/// The codes of the dictionary, as the writer reads them: code and length of each literal, of each
/// match length with its extra bits, of each distance symbol.
struct Codes {
    litterales: [(u32, u8); 256],
    longueurs: [(u32, u8); LONGUEUR_MAX - LONGUEUR_MIN + 1],
    distances: [(u32, u8); 30],
    fin: (u32, u8),
}

impl Codes {
    fn new(litterales: &Code, distances: &Code) -> Codes {
        let code = |c: &Code, s: usize| (u32::from(c.codes[s]), c.longueurs[s]);
        Codes {
            litterales: std::array::from_fn(|o| code(litterales, o)),
            longueurs: std::array::from_fn(|i| {
                let (symbole, extra, n) = LONGUEURS[i];
                let (c, l) = code(litterales, usize::from(symbole));
                (c | u32::from(extra) << l, l + n)
            }),
            distances: std::array::from_fn(|s| code(distances, s)),
            fin: code(litterales, 256),
        }
    }
}

/// Writes symbols with the dictionary's codes; a match waits for the next symbol, with which it
/// merges when that one copies from just after it.
struct Ecrivain<'a> {
    bits: Bits,
    codes: &'a Codes,
    attente: Option<(usize, usize)>,
}

impl Ecrivain<'_> {
    fn litteral(&mut self, octet: u8) {
        self.vider();
        let (code, n) = self.codes.litterales[usize::from(octet)];
        self.bits.ecrire(code, n);
    }

    fn correspondance(&mut self, mut longueur: usize, distance: usize) {
        match self.attente.take() {
            Some((avant, d)) if d == distance => longueur += avant,
            attente => {
                self.attente = attente;
                self.vider();
            }
        }
        while longueur > LONGUEUR_MAX {
            // What is left must be a match too (at least 3 bytes).
            let morceau = if longueur >= LONGUEUR_MAX + LONGUEUR_MIN { LONGUEUR_MAX } else { longueur - LONGUEUR_MIN };
            self.coder(morceau, distance);
            longueur -= morceau;
        }
        self.attente = Some((longueur, distance));
    }

    fn coder(&mut self, longueur: usize, distance: usize) {
        let (code, n) = self.codes.longueurs[longueur - LONGUEUR_MIN];
        self.bits.ecrire(code, n);
        let (symbole, extra, e) = symbole_distance(distance);
        let (code, n) = self.codes.distances[usize::from(symbole) % 30];
        self.bits.ecrire(code | u32::from(extra) << n, n + e);
    }

    fn vider(&mut self) {
        if let Some((longueur, distance)) = self.attente.take() {
            self.coder(longueur, distance);
        }
    }

    fn jetons(&mut self, jetons: &[Jeton]) {
        for &jeton in jetons {
            if jeton & MATCH == 0 {
                self.litteral(jeton as u8);
            } else {
                self.correspondance(((jeton >> 16) & 0x1FF) as usize + LONGUEUR_MIN, (jeton & 0xFFFF) as usize + 1);
            }
        }
    }

    fn fige(&mut self, fige: &Fige) {
        self.vider();
        for &mot in &fige.mots {
            self.bits.ecrire(mot, 32);
        }
        self.bits.ecrire(fige.reste.0, fige.reste.1);
    }

    /// What was written, as bits to append elsewhere.
    fn figer(mut self) -> Fige {
        self.vider();
        let mots = self.bits.out.chunks_exact(4).map(|m| u32::from_le_bytes([m[0], m[1], m[2], m[3]])).collect();
        Fige { mots, reste: (self.bits.acc as u32, self.bits.n as u8) }
    }
}

/// A text that pages write: its bytes, and their symbols coded, searched within the text alone
/// (so that they can go anywhere).
#[derive(Debug)]
struct TexteFige {
    texte: String,
    bits: Fige,
}

/// What the pages of one kind share, made once per snapshot: Huffman codes for their symbols,
/// counted on example pages (every symbol has one, so any page can be written), and each named
/// text already coded for the first time a page writes it.
pub struct Dictionnaire {
    codes: Codes,
    /// The head of the block (the codes' lengths), coded.
    entete: Fige,
    /// By name.
    textes: Vec<TexteFige>,
}

impl std::fmt::Debug for Dictionnaire {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dictionnaire").field("textes", &self.textes.len()).finish_non_exhaustive()
    }
}

impl Default for Dictionnaire {
    fn default() -> Dictionnaire {
        Dictionnaire::new(Vec::new(), &[])
    }
}

impl Dictionnaire {
    /// The dictionary of pages like `exemples` (each a page and its repetitions), whose text
    /// named `n` is `textes[n]`.
    pub fn new(textes: Vec<String>, exemples: &[(&[u8], &[Plage])]) -> Dictionnaire {
        let mut atelier = Atelier::default();
        let mut frequences = Frequences { litterales: [0; 286], distances: [0; 30] };
        for (page, repetitions) in exemples {
            compter(page, repetitions, &mut atelier, &mut frequences);
        }
        frequences.litterales.iter_mut().for_each(|f| *f += 1);
        frequences.distances.iter_mut().for_each(|f| *f += 1);
        let litterales = Code::new(&frequences.litterales, BITS_MAX);
        let distances = Code::new(&frequences.distances, BITS_MAX);
        let codes = Codes::new(&litterales, &distances);
        let vide = || Bits { out: Vec::new(), acc: 0, n: 0 };
        let mut entete = Ecrivain { bits: vide(), codes: &codes, attente: None };
        entete_dynamique(&mut entete.bits, &litterales, &distances);
        let entete = entete.figer();
        let textes = textes
            .into_iter()
            .map(|texte| {
                let mut e = Ecrivain { bits: vide(), codes: &codes, attente: None };
                // A short text (a job's name) has nothing to find in itself: its bytes as they are.
                if texte.len() < 32 {
                    texte.bytes().for_each(|o| e.litteral(o));
                } else {
                    atelier.nouvelle_page();
                    chercher(texte.as_bytes(), 0, texte.len(), &mut atelier);
                    e.jetons(&atelier.jetons);
                }
                TexteFige { bits: e.figer(), texte }
            })
            .collect();
        Dictionnaire { codes, entete, textes }
    }

    /// The gzip form of `page`, whose ranges `(start, end, name)` in `repetitions` (in the order
    /// of the page, not overlapping) each repeat the bytes of the last range of the same name, or
    /// are the dictionary's text of that name. A range whose bytes are neither is searched like
    /// the rest: the result is right anyway.
    pub fn gzip(&self, page: &[u8], repetitions: &[Plage]) -> Vec<u8> {
        ATELIER.with(|atelier| match atelier.try_borrow_mut() {
            Ok(mut atelier) => self.encoder(page, repetitions, &mut atelier),
            Err(_) => self.encoder(page, repetitions, &mut Atelier::default()),
        })
    }

    fn encoder(&self, page: &[u8], repetitions: &[Plage], atelier: &mut Atelier) -> Vec<u8> {
        atelier.nouvelle_page();
        let mut e = Ecrivain {
            bits: Bits { out: Vec::with_capacity(page.len() / 5 + 64), acc: 0, n: 0 },
            codes: &self.codes,
            attente: None,
        };
        // gzip header: no name, no time, unknown system (RFC 1952, 2.3).
        e.bits.out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
        e.fige(&self.entete);
        let chercher_et_ecrire = |debut: usize, fin: usize, atelier: &mut Atelier, e: &mut Ecrivain| {
            atelier.jetons.clear();
            chercher(page, debut, fin, atelier);
            e.jetons(&atelier.jetons);
        };
        let mut position = 0;
        for (debut, fin, nom) in lisibles(page, repetitions) {
            chercher_et_ecrire(position, debut, atelier, &mut e);
            if let Some(source) = source(page, atelier, debut, fin, nom) {
                e.correspondance(fin - debut, debut - source);
            } else if let Some(t) = self.textes.get(nom).filter(|t| meme_texte(t.texte.as_bytes(), &page[debut..fin])) {
                e.fige(&t.bits);
            } else {
                chercher_et_ecrire(debut, fin, atelier, &mut e);
            }
            position = fin;
        }
        chercher_et_ecrire(position, page.len(), atelier, &mut e);
        e.vider();
        let (code, n) = self.codes.fin;
        e.bits.ecrire(code, n);
        let mut out = e.bits.finir();
        out.extend_from_slice(&crc32fast::hash(page).to_le_bytes());
        out.extend_from_slice(&(page.len() as u32).to_le_bytes());
        out
    }
}

/// Adds the tokens of a match, merged with the previous match when it copies from just after it.
fn ajouter_match(jetons: &mut Vec<Jeton>, mut longueur: usize, distance: usize) {
    if let Some(dernier) = jetons.last_mut()
        && *dernier & MATCH != 0
        && (*dernier & 0xFFFF) as usize + 1 == distance
    {
        let avant = ((*dernier >> 16) & 0x1FF) as usize + LONGUEUR_MIN;
        let ensemble = (avant + longueur).min(LONGUEUR_MAX);
        if ensemble > avant && avant + longueur - ensemble != 1 && avant + longueur - ensemble != 2 {
            *dernier = jeton_match(ensemble, distance);
            longueur -= ensemble - avant;
        }
    }
    while longueur > 0 {
        // The last piece must be a match too (at least 3 bytes).
        let morceau = if longueur > LONGUEUR_MAX + 2 {
            LONGUEUR_MAX
        } else if longueur > LONGUEUR_MAX {
            longueur - LONGUEUR_MIN
        } else {
            longueur
        };
        jetons.push(jeton_match(morceau, distance));
        longueur -= morceau;
    }
}

/// How many bytes from `a` and `b` are equal, up to `max`.
fn egaux(page: &[u8], a: usize, b: usize, max: usize) -> usize {
    let mut n = 0;
    while n + 8 <= max {
        let x = u64::from_le_bytes(page[a + n..a + n + 8].try_into().unwrap_or_default());
        let y = u64::from_le_bytes(page[b + n..b + n + 8].try_into().unwrap_or_default());
        if x != y {
            return n + ((x ^ y).trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    while n < max && page[a + n] == page[b + n] {
        n += 1;
    }
    n
}

/// Whether `a` and `b` are the same bytes (the texts compared here are a few dozen bytes: compared
/// eight at a time in place, rather than through a call to `memcmp`).
fn meme_texte(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len()
        && a.chunks(8).zip(b.chunks(8)).all(|(x, y)| match (<[u8; 8]>::try_from(x), <[u8; 8]>::try_from(y)) {
            (Ok(x), Ok(y)) => u64::from_ne_bytes(x) == u64::from_ne_bytes(y),
            _ => x == y,
        })
}

fn cle(page: &[u8], i: usize) -> usize {
    let v = u32::from_le_bytes([page[i], page[i + 1], page[i + 2], page[i + 3]]);
    (v.wrapping_mul(0x9E37_79B1) >> (32 - BITS_TABLE)) as usize
}

/// Tokens of `page[debut..fin]`, searched: the first earlier 4-byte sequence of the same hash is
/// tried, a match skips its bytes (none of them is remembered), a miss is a literal.
fn chercher(page: &[u8], debut: usize, fin: usize, atelier: &mut Atelier) {
    let table = &mut atelier.table;
    let mut i = debut;
    while i + 4 <= fin {
        let k = cle(page, i);
        let candidat = table[k] as usize;
        table[k] = i as u32 + 1;
        if candidat > 0 && i - (candidat - 1) <= FENETRE {
            let c = candidat - 1;
            let n = egaux(page, c, i, fin - i);
            if n >= 4 {
                ajouter_match(&mut atelier.jetons, n, i - c);
                i += n;
                continue;
            }
        }
        atelier.jetons.push(u32::from(page[i]));
        i += 1;
    }
    for &octet in &page[i..fin] {
        atelier.jetons.push(u32::from(octet));
    }
}

/// The head of the only block: final, dynamic Huffman codes, and their lengths (RFC 1951, 3.2.7).
fn entete_dynamique(bits: &mut Bits, litterales: &Code, distances: &Code) {
    const ORDRE: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
    let hlit = (257..=286).rev().find(|&n| litterales.longueurs[n - 1] != 0).unwrap_or(257).max(257);
    let hdist = (1..=30).rev().find(|&n| distances.longueurs[n - 1] != 0).unwrap_or(1);
    let tout: Vec<u8> = litterales.longueurs[..hlit].iter().chain(&distances.longueurs[..hdist]).copied().collect();
    // Runs of lengths: 16 repeats the previous length 3–6 times, 17 and 18 give 3–10 and 11–138 zeros.
    let mut suite: Vec<(u8, u8, u8)> = Vec::new(); // (symbol, extra bits, their count)
    let mut i = 0;
    while i < tout.len() {
        let l = tout[i];
        let mut n = 1;
        while i + n < tout.len() && tout[i + n] == l {
            n += 1;
        }
        i += n;
        if l == 0 {
            while n >= 11 {
                let k = n.min(138);
                suite.push((18, (k - 11) as u8, 7));
                n -= k;
            }
            if n >= 3 {
                suite.push((17, (n - 3) as u8, 3));
                n = 0;
            }
        } else {
            suite.push((l, 0, 0));
            n -= 1;
            while n >= 3 {
                let k = n.min(6);
                suite.push((16, (k - 3) as u8, 2));
                n -= k;
            }
        }
        for _ in 0..n {
            suite.push((l, 0, 0));
        }
    }
    let mut frequences = [0u32; 19];
    for &(s, _, _) in &suite {
        frequences[usize::from(s)] += 1;
    }
    let code = Code::new(&frequences, BITS_MAX_LONGUEURS);
    let hclen = (4..=19).rev().find(|&n| code.longueurs[ORDRE[n - 1]] != 0).unwrap_or(4);
    bits.ecrire(1, 1); // final block
    bits.ecrire(2, 2); // dynamic codes
    bits.ecrire((hlit - 257) as u32, 5);
    bits.ecrire((hdist - 1) as u32, 5);
    bits.ecrire((hclen - 4) as u32, 4);
    for &s in &ORDRE[..hclen] {
        bits.ecrire(u32::from(code.longueurs[s]), 3);
    }
    for (s, extra, n) in suite {
        code.ecrire(bits, usize::from(s));
        bits.ecrire(u32::from(extra), n);
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use proptest::prelude::*;

    use super::*;

    fn decoder(gz: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(gz).read_to_end(&mut out).expect("a valid gzip stream");
        out
    }

    #[test]
    fn symbols_of_lengths_and_distances_follow_rfc_1951() {
        assert_eq!(symbole_longueur(3), (257, 0, 0));
        assert_eq!(symbole_longueur(11), (265, 0, 1));
        assert_eq!(symbole_longueur(12), (265, 1, 1));
        assert_eq!(symbole_longueur(257), (284, 30, 5));
        assert_eq!(symbole_longueur(258), (285, 0, 0));
        assert_eq!(symbole_distance(1), (0, 0, 0));
        assert_eq!(symbole_distance(5), (4, 0, 1));
        assert_eq!(symbole_distance(6), (4, 1, 1));
        assert_eq!(symbole_distance(7), (5, 0, 1));
        assert_eq!(symbole_distance(25), (9, 0, 3));
        assert_eq!(symbole_distance(32768), (29, 8191, 13));
    }

    #[test]
    fn codes_stay_within_their_length_and_are_complete() {
        // Fibonacci frequencies make a Huffman tree as deep as there are symbols.
        let mut f = vec![1u32, 1];
        while f.len() < 30 {
            f.push(f[f.len() - 1] + f[f.len() - 2]);
        }
        for max in [7u8, 15] {
            let code = Code::new(&f, max);
            assert!(code.longueurs.iter().all(|&l| (1..=max).contains(&l)), "{:?}", code.longueurs);
            let kraft: f64 = code.longueurs.iter().map(|&l| 0.5f64.powi(i32::from(l))).sum();
            assert!((kraft - 1.0).abs() < 1e-12, "{kraft}");
        }
        let un = Code::new(&[0, 0, 5, 0], 15);
        assert_eq!(un.longueurs.iter().filter(|&&l| l > 0).count(), 2);
    }

    /// The page's gzip form, with a dictionary counted on `exemple`.
    fn gz(page: &[u8], plan: &[Plage], textes: &[&str], exemple: &[u8]) -> Vec<u8> {
        Dictionnaire::new(textes.iter().map(|t| t.to_string()).collect(), &[(exemple, &[])]).gzip(page, plan)
    }

    #[test]
    fn a_page_of_repeated_pieces_decodes_to_itself_and_is_small() {
        let carte = |i: usize| {
            format!(
                "<li><a class=\"resultat-nom\" href=\"/metiers/m{i}\">Métier {i}</a> <span>pourquoi</span> <a href=\"/metiers/m{i}/quiz?r=0123401234\">Tester</a></li>\n"
            )
        };
        let mut page = String::from("<!doctype html><title>Résultats</title><ol>");
        let mut plan = Vec::new();
        let gabarit = &carte(0)[..36];
        for i in 0..200 {
            let c = carte(i);
            let debut = page.len();
            page.push_str(&c);
            // The template's first piece, named; the rest is searched.
            plan.push((debut as u32, debut as u32 + 36, 1));
        }
        page.push_str("</ol>");
        let dictionnaire = Dictionnaire::new(vec!["autre".into(), gabarit.into()], &[(page.as_bytes(), &plan)]);
        let gz = dictionnaire.gzip(page.as_bytes(), &plan);
        assert_eq!(decoder(&gz), page.as_bytes());
        assert!(gz.len() * 6 < page.len(), "{} octets sur {}", gz.len(), page.len());
        // The same page with no repetition known: the same bytes, found by searching.
        assert_eq!(decoder(&dictionnaire.gzip(page.as_bytes(), &[])), page.as_bytes());
    }

    #[test]
    fn long_pieces_far_pieces_and_false_promises_are_encoded_right() {
        let mut page = Vec::new();
        let mut plan = Vec::new();
        let long: String = (0..1000u32).map(|i| char::from(b'a' + (i * 7 % 26) as u8)).collect();
        for tour in 0..3 {
            let debut = page.len();
            page.extend_from_slice(long.as_bytes());
            plan.push((debut as u32, page.len() as u32, 7));
            // Beyond the window: the next copy cannot point back to this one.
            page.extend((0..40_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
            // A piece that claims a name it does not match, then one beyond the dictionary.
            for nom in [9, 12] {
                let debut = page.len();
                page.extend_from_slice(format!("faux {tour}").as_bytes());
                plan.push((debut as u32, page.len() as u32, nom));
            }
        }
        let mut textes = vec![""; 10];
        textes[7] = &long;
        textes[9] = "vrai";
        assert_eq!(decoder(&gz(&page, &plan, &textes, b"<html>")), page);
        assert_eq!(decoder(&gz(b"", &[], &[], b"")), b"");
        assert_eq!(decoder(&gz(b"a", &[], &[], b"")), b"a");
    }

    proptest! {
        #[test]
        fn any_page_and_plan_decode_to_the_page(
            alphabet in 1u8..=255,
            octets in prop::collection::vec(any::<u8>(), 0..4000),
            coupes in prop::collection::vec((0usize..4000, 0usize..300, 0u32..8), 0..40),
            exemple in prop::collection::vec(any::<u8>(), 0..500),
        ) {
            let page: Vec<u8> = octets.iter().map(|b| b % alphabet).collect();
            let mut coupes: Vec<_> = coupes.into_iter().filter(|(d, _, _)| *d < page.len()).collect();
            coupes.sort();
            let mut plan = Vec::new();
            let mut fin = 0;
            for (debut, longueur, nom) in coupes {
                if debut >= fin {
                    let f = (debut + longueur).min(page.len());
                    plan.push((debut as u32, f as u32, nom));
                    fin = f;
                }
            }
            // Some names are the dictionary's texts, whether the page writes them or not.
            let textes: Vec<String> = plan.iter().map(|&(d, f, _)| String::from_utf8_lossy(&page[d as usize..f as usize]).into_owned()).collect();
            let textes: Vec<&str> = textes.iter().map(String::as_str).collect();
            prop_assert_eq!(decoder(&gz(&page, &plan, &textes, &exemple)), page);
        }
    }
}
