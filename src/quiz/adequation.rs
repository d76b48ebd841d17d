//! Fit between a person's profile and a job's RIASEC profile.

use crate::content::Metier;
use crate::message::{Message, MessageUtilisateur};

/// Pearson correlation of two six-value profiles; `None` when either is flat (no variance),
/// since a correlation with a constant is undefined.
pub fn pearson(a: [f64; 6], b: [f64; 6]) -> Option<f64> {
    Ecarts::de(a).correlation(&Ecarts::de(b))
}

/// A profile's deviations from its mean, and their sum of squares: what a correlation needs of
/// each side, worked out once for a person compared with every job.
#[derive(Debug, Clone, Copy)]
struct Ecarts {
    ecarts: [f64; 6],
    carres: f64,
}

impl Ecarts {
    fn de(v: [f64; 6]) -> Ecarts {
        let moyenne = v.iter().sum::<f64>() / 6.0;
        let ecarts = v.map(|x| x - moyenne);
        Ecarts { ecarts, carres: ecarts.iter().fold(0.0, |somme, d| somme + d * d) }
    }

    fn correlation(&self, autre: &Ecarts) -> Option<f64> {
        const EPSILON: f64 = 1e-9;
        let cov = (0..6).fold(0.0, |somme, i| somme + self.ecarts[i] * autre.ecarts[i]);
        (self.carres > EPSILON && autre.carres > EPSILON)
            .then(|| (cov / (self.carres.sqrt() * autre.carres.sqrt())).clamp(-1.0, 1.0))
    }
}

/// How well a job fits, in words; the thresholds are those the method page states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bande {
    /// r ≥ 0.70.
    TresCompatible,
    /// 0.40 ≤ r < 0.70.
    Compatible,
    /// 0.10 ≤ r < 0.40.
    Partiellement,
    /// r < 0.10.
    Peu,
}

impl Bande {
    /// Every band, best first.
    pub const TOUTES: [Bande; 4] = [Bande::TresCompatible, Bande::Compatible, Bande::Partiellement, Bande::Peu];

    /// The band of a correlation.
    pub fn de(r: f64) -> Bande {
        if r >= 0.70 {
            Bande::TresCompatible
        } else if r >= 0.40 {
            Bande::Compatible
        } else if r >= 0.10 {
            Bande::Partiellement
        } else {
            Bande::Peu
        }
    }

    /// The band of a key ([`Bande::cle`]).
    pub fn de_cle(cle: &str) -> Option<Bande> {
        Bande::TOUTES.into_iter().find(|b| b.cle() == cle)
    }

    /// Key used by CSS, anchors and addresses (`bande=`).
    pub fn cle(self) -> &'static str {
        match self {
            Bande::TresCompatible => "tres-compatible",
            Bande::Compatible => "compatible",
            Bande::Partiellement => "partiellement",
            Bande::Peu => "peu",
        }
    }
}

/// A `bande=` that names no band (its value, cut to 40 characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BandeError(pub String);

impl MessageUtilisateur for BandeError {
    fn message(&self) -> Message {
        let bandes = Bande::TOUTES.map(Bande::cle).join(", ");
        Message::new("quiz-erreur-bande").avec("valeur", self.0.as_str()).avec("bandes", bandes)
    }

    fn tous_les_exemples() -> Vec<BandeError> {
        vec![BandeError("x".into())]
    }
}

/// The fit of a person with a job.
#[derive(Debug, Clone, PartialEq)]
pub struct Adequation {
    /// Pearson correlation, −1 to 1.
    pub r: f64,
    /// Its band.
    pub bande: Bande,
    /// The (at most two) areas that drive the fit: high for both the person and the job.
    pub moteurs: Moteurs,
}

/// The areas that drive a fit, the stronger first: none, one or two (kept in place: a ranking
/// makes one per job, and a heap allocation each was a third of its time).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Moteurs {
    aires: [usize; 2],
    n: usize,
}

impl Moteurs {
    /// These areas (at most the first two).
    pub fn de(aires: impl IntoIterator<Item = usize>) -> Moteurs {
        let mut m = Moteurs::default();
        for a in aires.into_iter().take(2) {
            m.aires[m.n] = a;
            m.n += 1;
        }
        m
    }

    /// The areas, the stronger first.
    pub fn as_slice(&self) -> &[usize] {
        &self.aires[..self.n]
    }
}

/// Fit of `personne` (area scores) with `metier` (RIASEC values); `None` when either is flat.
pub fn adequation(personne: [f64; 6], metier: [f64; 6]) -> Option<Adequation> {
    let r = pearson(personne, metier)?;
    let mp = personne.iter().sum::<f64>() / 6.0;
    let mm = metier.iter().sum::<f64>() / 6.0;
    // An area drives the fit when it is above average for both: its share of the covariance.
    // The two largest shares, the earlier area first among equal ones.
    let mut meilleures: [Option<(f64, usize)>; 2] = [None, None];
    for i in (0..6).filter(|&i| personne[i] > mp && metier[i] > mm) {
        let part = (personne[i] - mp) * (metier[i] - mm);
        let devant = |place: Option<(f64, usize)>| place.is_none_or(|(p, _)| part.total_cmp(&p).is_gt());
        if devant(meilleures[0]) {
            meilleures = [Some((part, i)), meilleures[0]];
        } else if devant(meilleures[1]) {
            meilleures[1] = Some((part, i));
        }
    }
    let moteurs = Moteurs::de(meilleures.into_iter().flatten().map(|(_, i)| i));
    Some(Adequation { r, bande: Bande::de(r), moteurs })
}

/// The values of `metier` as [`adequation`] reads them.
pub fn valeurs(metier: &Metier) -> [f64; 6] {
    metier.riasec.valeurs().map(f64::from)
}

/// The jobs of each band with their correlation ([`Bande::TOUTES`]'s order): at most
/// `limite(bande)` of them, the best first (A–Z among equals, as `metiers` comes), and how many
/// more the band holds. Jobs with a flat profile are left out. Only the correlation: the drivers
/// of a fit ([`adequation`]) are for the jobs shown.
pub fn classement<'a>(
    personne: [f64; 6],
    metiers: impl Iterator<Item = &'a Metier>,
    limite: impl Fn(Bande) -> usize,
) -> [(Vec<(f64, &'a Metier)>, usize); 4] {
    let personne = Ecarts::de(personne);
    let correlations: Vec<(f64, usize, &Metier)> = metiers
        .enumerate()
        .filter_map(|(rang, metier)| personne.correlation(&Ecarts::de(valeurs(metier))).map(|r| (r, rang, metier)))
        .collect();
    let mut tailles = [0; 4];
    for &(r, _, _) in &correlations {
        tailles[Bande::de(r) as usize] += 1;
    }
    let mut bandes = tailles.map(Vec::with_capacity);
    for c in correlations {
        bandes[Bande::de(c.0) as usize].push(c);
    }
    let ordre = |a: &(f64, usize, &Metier), b: &(f64, usize, &Metier)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1));
    // Only the jobs shown are sorted: the best `limite` are picked first (a band holds up to
    // every job; a page shows five of them).
    Bande::TOUTES.map(|bande| {
        let mut liste = std::mem::take(&mut bandes[bande as usize]);
        let garder = limite(bande);
        let autres = liste.len().saturating_sub(garder);
        if autres > 0 {
            liste.select_nth_unstable_by(garder, ordre);
            liste.truncate(garder);
        }
        liste.sort_unstable_by(ordre);
        (liste.into_iter().map(|(r, _, metier)| (r, metier)).collect(), autres)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_profiles_correlate_perfectly_and_opposite_ones_negatively() {
        let a = [1.0, 7.0, 3.0, 3.0, 5.0, 5.0];
        assert!((pearson(a, a).unwrap() - 1.0).abs() < 1e-12);
        let b = a.map(|v| 8.0 - v);
        assert!((pearson(a, b).unwrap() + 1.0).abs() < 1e-12);
    }

    #[test]
    fn correlation_ignores_scale_and_offset() {
        let a = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
        assert!((pearson(a, a.map(|v| 10.0 + 3.0 * v)).unwrap() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn flat_profiles_have_no_fit() {
        assert_eq!(pearson([4.0; 6], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]), None);
        assert_eq!(adequation([1.0, 2.0, 3.0, 4.0, 0.0, 1.0], [4.0; 6]), None);
    }

    #[test]
    fn bands_follow_the_published_thresholds() {
        assert_eq!(Bande::de(1.0), Bande::TresCompatible);
        assert_eq!(Bande::de(0.70), Bande::TresCompatible);
        assert_eq!(Bande::de(0.6999), Bande::Compatible);
        assert_eq!(Bande::de(0.40), Bande::Compatible);
        assert_eq!(Bande::de(0.10), Bande::Partiellement);
        assert_eq!(Bande::de(0.0999), Bande::Peu);
        assert_eq!(Bande::de(-1.0), Bande::Peu);
        assert!(Bande::TOUTES.into_iter().all(|b| Bande::de_cle(b.cle()) == Some(b)));
        assert_eq!(Bande::de_cle("Compatible"), None);
    }

    #[test]
    fn the_drivers_are_areas_high_for_both() {
        // Person strong in I and C; job strong in I, C and E.
        let personne = [1.0, 4.0, 0.5, 1.0, 2.0, 3.5];
        let metier = [3.0, 7.0, 3.0, 3.0, 5.0, 6.0];
        let a = adequation(personne, metier).unwrap();
        assert_eq!(a.moteurs.as_slice(), [1, 5]);
        assert_eq!(a.bande, Bande::TresCompatible);
        // No shared strength: no driver is invented.
        let a = adequation([4.0, 0.0, 0.0, 0.0, 0.0, 0.0], [1.0, 7.0, 1.0, 1.0, 1.0, 1.0]).unwrap();
        assert!(a.moteurs.as_slice().is_empty());
        assert_eq!(a.bande, Bande::Peu);
    }

    proptest::proptest! {
        #[test]
        fn the_drivers_are_the_two_largest_shares_the_earlier_area_first(
            personne in proptest::array::uniform6(0u8..=8),
            metier in proptest::array::uniform6(1u8..=7),
        ) {
            let (p, m) = (personne.map(|v| f64::from(v) / 2.0), metier.map(f64::from));
            if let Some(a) = adequation(p, m) {
                let (mp, mm) = (p.iter().sum::<f64>() / 6.0, m.iter().sum::<f64>() / 6.0);
                let mut parts: Vec<(f64, usize)> =
                    (0..6).filter(|&i| p[i] > mp && m[i] > mm).map(|i| ((p[i] - mp) * (m[i] - mm), i)).collect();
                parts.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
                let attendus: Vec<usize> = parts.into_iter().take(2).map(|(_, i)| i).collect();
                proptest::prop_assert_eq!(a.moteurs.as_slice(), attendus.as_slice());
            }
        }
    }
}
