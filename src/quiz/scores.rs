//! From answers to the person's interest profile and code.

use crate::content::Lettre;

/// A person's interest profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Profil {
    /// Mean answer of each area's items, 0–4, in R-I-A-S-E-C order.
    pub scores: [f64; 6],
}

/// The profile of `reponses` (0–4, one per item, in the items' order).
pub fn profil(items: &[Lettre], reponses: &[u8]) -> Profil {
    let mut sommes = [0u32; 6];
    for (lettre, r) in items.iter().zip(reponses) {
        sommes[lettre.index()] += u32::from(*r);
    }
    let nombres = items_par_domaine(items.iter().zip(reponses).map(|(lettre, _)| *lettre));
    Profil { scores: std::array::from_fn(|i| moyenne(sommes[i], nombres[i])) }
}

/// How many of `items` each area has, in R-I-A-S-E-C order.
pub fn items_par_domaine(items: impl IntoIterator<Item = Lettre>) -> [u32; 6] {
    let mut nombres = [0u32; 6];
    for lettre in items {
        nombres[lettre.index()] += 1;
    }
    nombres
}

/// The score of an area whose `nombre` items' answers add up to `somme`: their mean (0 for an
/// area without items).
pub fn moyenne(somme: u32, nombre: u32) -> f64 {
    if nombre == 0 { 0.0 } else { f64::from(somme) / f64::from(nombre) }
}

/// Indices of the `n` highest values, highest first (ties keep the model's R-I-A-S-E-C order).
pub fn top(values: [f64; 6], n: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..6).collect();
    idx.sort_by(|&i, &j| values[j].total_cmp(&values[i]).then(i.cmp(&j)));
    idx.truncate(n);
    idx
}

/// The person's code: the areas ranked by score, in groups of equal scores, until the groups
/// hold at least three areas ("I, E, then C and S tied" = `[[I], [E], [C, S]]`).
pub fn code(scores: [f64; 6]) -> Vec<Vec<usize>> {
    let ordre = top(scores, 6);
    let mut groupes: Vec<Vec<usize>> = Vec::new();
    for (compte, i) in ordre.into_iter().enumerate() {
        match groupes.last_mut() {
            Some(g) if (scores[g[0]] - scores[i]).abs() < 1e-9 => g.push(i),
            _ if compte >= 3 => break,
            _ => groupes.push(vec![i]),
        }
    }
    groupes
}

/// Spread below which a profile is too flat to rank jobs honestly (on the 0–4 scale).
pub const ECART_MIN: f64 = 0.5;

/// How a set of answers can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lecture {
    /// Every answer is the same: nothing to read.
    Identiques,
    /// The areas are too close to tell apart.
    Plat,
    /// A profile with clear preferences: jobs can be ranked.
    Contraste,
}

/// Reads the answers and their profile.
pub fn lecture(reponses: &[u8], profil: &Profil) -> Lecture {
    if reponses.windows(2).all(|w| w[0] == w[1]) {
        return Lecture::Identiques;
    }
    let max = profil.scores.iter().copied().fold(f64::MIN, f64::max);
    let min = profil.scores.iter().copied().fold(f64::MAX, f64::min);
    if max - min < ECART_MIN { Lecture::Plat } else { Lecture::Contraste }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lettre::*;

    const ITEMS: [Lettre; 12] = [R, I, A, S, E, C, R, I, A, S, E, C];

    #[test]
    fn area_score_is_the_mean_of_its_items() {
        let p = profil(&ITEMS, &[4, 0, 2, 1, 3, 0, 2, 0, 2, 3, 3, 1]);
        assert_eq!(p.scores, [3.0, 0.0, 2.0, 2.0, 3.0, 0.5]);
    }

    #[test]
    fn minimum_and_maximum_answers() {
        assert_eq!(profil(&ITEMS, &[0; 12]).scores, [0.0; 6]);
        assert_eq!(profil(&ITEMS, &[4; 12]).scores, [4.0; 6]);
    }

    #[test]
    fn code_keeps_three_areas_and_shows_ties() {
        assert_eq!(code([1.0, 4.0, 0.0, 2.0, 3.0, 2.5]), vec![vec![1], vec![4], vec![5]]);
        // Third place shared by S and C: both are shown.
        assert_eq!(code([1.0, 4.0, 0.0, 2.0, 3.0, 2.0]), vec![vec![1], vec![4], vec![3, 5]]);
        // A tie at the top counts for two places.
        assert_eq!(code([4.0, 4.0, 0.0, 2.0, 3.0, 1.0]), vec![vec![0, 1], vec![4]]);
        // Everything equal: one group of six.
        assert_eq!(code([2.0; 6]), vec![vec![0, 1, 2, 3, 4, 5]]);
    }

    #[test]
    fn identical_answers_and_flat_profiles_are_detected() {
        let same = [3u8; 12];
        assert_eq!(lecture(&same, &profil(&ITEMS, &same)), Lecture::Identiques);
        let flat = [2, 3, 2, 3, 2, 3, 3, 2, 3, 2, 3, 2];
        assert_eq!(lecture(&flat, &profil(&ITEMS, &flat)), Lecture::Plat);
        let clear = [4, 0, 1, 3, 2, 0, 4, 1, 0, 3, 2, 1];
        assert_eq!(lecture(&clear, &profil(&ITEMS, &clear)), Lecture::Contraste);
    }

    #[test]
    fn top_sorts_by_value_then_model_order() {
        assert_eq!(top([3.0, 7.0, 3.0, 5.0, 7.0, 1.0], 3), [1, 4, 3]);
        assert_eq!(top([2.0; 6], 2), [0, 1]);
    }
}
