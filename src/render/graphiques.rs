//! Server-drawn SVG charts (salary ranges, interest hexagon): their geometry here, their markup
//! in `templates/partials/graphique.html`, each with a title and a text alternative.

use askama::Template;

use crate::format;
use crate::i18n::I18n;

/// Draws salary rows `(label, [low, high], CSS class)` with their text alternative.
pub fn salaire_svg(
    rangees: Vec<(String, [u32; 2], &'static str)>,
    legende: &str,
    i18n: &I18n,
) -> Result<String, askama::Error> {
    let valeurs = rangees
        .iter()
        .map(|(nom, [a, b], _)| {
            i18n.t_args(
                "graphique-salaire-rangee",
                &[("nom", nom.clone().into()), ("valeurs", format::fourchette_euros(*a, *b).into())],
            )
        })
        .collect::<Vec<_>>()
        .join(" ; ");
    let alternative = i18n.t_args("graphique-salaire-alternative", &[("valeurs", valeurs.into())]);
    let g = salaire(rangees);
    Svg { titre: &i18n.t("graphique-salaire-titre"), alternative: &alternative, dessin: Dessin::Salaire(&g, legende) }
        .render()
}

/// Draws interest profiles `(values 1–7, CSS class)` on the hexagon, with a text alternative.
pub fn riasec_svg(
    profils: &[([f32; 6], &'static str)],
    noms: [String; 6],
    alternative: &str,
    i18n: &I18n,
) -> Result<String, askama::Error> {
    let g = riasec(profils, 7.0, noms);
    Svg { titre: &i18n.t("graphique-riasec-titre"), alternative, dessin: Dessin::Riasec(&g) }.render()
}

/// A chart ready to embed: its accessible title and text alternative, then its drawing.
#[derive(Template)]
#[template(path = "partials/graphique.html")]
pub struct Svg<'a> {
    /// Accessible title.
    pub titre: &'a str,
    /// Text alternative: every value in words.
    pub alternative: &'a str,
    /// What is drawn.
    pub dessin: Dessin<'a>,
}

/// The drawing of a [`Svg`].
pub enum Dessin<'a> {
    /// Salary bars, with their visible caption.
    Salaire(&'a SalaireGraphique, &'a str),
    /// An interest hexagon.
    Riasec(&'a RiasecGraphique),
}

/// One horizontal bar of the salary chart.
#[derive(Debug, Clone)]
pub struct Barre {
    /// Row label ("Débutant").
    pub libelle: String,
    /// Its range, formatted ("3 800 – 4 800 €").
    pub valeurs: String,
    /// Left edge.
    pub x: String,
    /// Width.
    pub largeur: String,
    /// Top of the bar.
    pub y: String,
    /// Baseline of the label.
    pub y_texte: String,
    /// CSS class (colour).
    pub classe: &'static str,
}

/// A tick of the salary axis.
#[derive(Debug, Clone)]
pub struct Graduation {
    /// Horizontal position.
    pub x: String,
    /// Label ("4 000").
    pub texte: String,
}

/// The salary chart.
#[derive(Debug, Clone)]
pub struct SalaireGraphique {
    /// Total height of the view box.
    pub hauteur: u32,
    /// Bars, top to bottom.
    pub barres: Vec<Barre>,
    /// Axis ticks.
    pub graduations: Vec<Graduation>,
    /// Vertical position of the axis line.
    pub y_axe: u32,
}

const LARGEUR: f32 = 640.0;
const MARGE: f32 = 24.0;
const LIGNE: u32 = 46;

/// Lays out `(label, [low, high], class)` rows on a shared euro scale.
pub fn salaire(rangees: Vec<(String, [u32; 2], &'static str)>) -> SalaireGraphique {
    let bas = rangees.iter().map(|r| r.1[0]).min().unwrap_or(0);
    let haut = rangees.iter().map(|r| r.1[1]).max().unwrap_or(1);
    let pas = if haut - bas > 6000 { 2000 } else { 1000 };
    let debut = (bas.saturating_sub(pas / 2)) / pas * pas;
    let fin = haut.div_ceil(pas) * pas;
    let fin = if fin <= haut { fin + pas } else { fin };
    let echelle = |v: u32| MARGE + (v - debut) as f32 / (fin - debut) as f32 * (LARGEUR - 2.0 * MARGE);
    let barres: Vec<Barre> = rangees
        .into_iter()
        .enumerate()
        .map(|(i, (libelle, [a, b], classe))| {
            let top = i as u32 * LIGNE;
            Barre {
                libelle,
                valeurs: format::fourchette_euros(a, b),
                x: px(echelle(a)),
                largeur: px((echelle(b) - echelle(a)).max(4.0)),
                y: (top + 22).to_string(),
                y_texte: (top + 16).to_string(),
                classe,
            }
        })
        .collect();
    let y_axe = barres.len() as u32 * LIGNE + 6;
    let graduations = (debut..=fin)
        .step_by(pas as usize)
        .map(|v| Graduation { x: px(echelle(v)), texte: format::nombre(u64::from(v)) })
        .collect();
    SalaireGraphique { hauteur: y_axe + 26, barres, graduations, y_axe }
}

/// A label placed around the hexagon.
#[derive(Debug, Clone)]
pub struct Etiquette {
    /// Anchor x.
    pub x: String,
    /// Anchor y.
    pub y: String,
    /// `text-anchor` value.
    pub ancre: &'static str,
    /// Area name.
    pub texte: String,
}

/// The RIASEC hexagon chart.
#[derive(Debug, Clone)]
pub struct RiasecGraphique {
    /// Concentric guide hexagons (`points` attributes), outermost first.
    pub grille: Vec<String>,
    /// Spokes, as `(x2, y2)` from the centre.
    pub rayons: Vec<(String, String)>,
    /// One polygon per profile drawn, `(points, CSS class)`, first drawn first.
    pub formes: Vec<(String, &'static str)>,
    /// Area names around the chart.
    pub etiquettes: Vec<Etiquette>,
}

/// Centre x of the hexagon.
pub const HEX_CX: f32 = 180.0;
/// Centre y of the hexagon.
pub const HEX_CY: f32 = 150.0;
const HEX_R: f32 = 100.0;

/// Cosine and sine of the six vertices' angles, from the top, clockwise (computed once).
static DIRECTIONS: std::sync::LazyLock<[(f32, f32); 6]> = std::sync::LazyLock::new(|| {
    std::array::from_fn(|k| {
        let angle = (-90.0 + 60.0 * k as f32).to_radians();
        (angle.cos(), angle.sin())
    })
});

fn sommet(k: usize, r: f32) -> (f32, f32) {
    let (cos, sin) = DIRECTIONS[k];
    (HEX_CX + r * cos, HEX_CY + r * sin)
}

/// Guide hexagons (`points` attributes) and spokes (`(x2, y2)`).
type Fond = (Vec<String>, Vec<(String, String)>);

/// The parts of the chart that never change: guide hexagons and spokes (made once).
static FOND: std::sync::LazyLock<Fond> = std::sync::LazyLock::new(|| {
    let grille = [1.0, 0.75, 0.5, 0.25].iter().map(|f| points(std::iter::repeat_n(HEX_R * f, 6))).collect();
    let rayons = (0..6)
        .map(|k| {
            let (x, y) = sommet(k, HEX_R);
            (px(x), px(y))
        })
        .collect();
    (grille, rayons)
});

/// The `points` of the polygon of a profile of six values on a 1–`max` scale.
pub fn points_profil(valeurs: &[f32; 6], max: f32) -> String {
    points(valeurs.iter().map(|v| HEX_R * (v / max).clamp(0.0, 1.0)))
}

fn points(rayons: impl Iterator<Item = f32>) -> String {
    rayons
        .enumerate()
        .map(|(k, r)| {
            let (x, y) = sommet(k, r);
            format!("{},{}", px(x), px(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Draws profiles of six values on a 1–`max` scale, with the areas' names; each profile comes
/// with the CSS class of its colour.
pub fn riasec(profils: &[([f32; 6], &'static str)], max: f32, noms: [String; 6]) -> RiasecGraphique {
    let (grille, rayons) = FOND.clone();
    let formes = profils.iter().map(|(valeurs, classe)| (points_profil(valeurs, max), *classe)).collect();
    let etiquettes = noms
        .into_iter()
        .enumerate()
        .map(|(k, texte)| {
            let (x, y) = sommet(k, HEX_R + 16.0);
            let ancre = match k {
                1 | 2 => "start",
                4 | 5 => "end",
                _ => "middle",
            };
            let y = match k {
                0 => y - 2.0,
                3 => y + 10.0,
                _ => y + 4.0,
            };
            Etiquette { x: px(x), y: px(y), ancre, texte }
        })
        .collect();
    RiasecGraphique { grille, rayons, formes, etiquettes }
}

/// A coordinate to one decimal, without a useless ".0" (integer formatting: float
/// formatting dominated the cost of a quiz result).
fn px(v: f32) -> String {
    let dixiemes = (v * 10.0).round() as i64;
    let (entier, decimale) = (dixiemes / 10, (dixiemes % 10).abs());
    let signe = if dixiemes < 0 && entier == 0 { "-" } else { "" };
    if decimale == 0 { format!("{signe}{entier}") } else { format!("{signe}{entier}.{decimale}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_have_one_decimal_at_most_and_no_trailing_zero() {
        assert_eq!(px(12.0), "12");
        assert_eq!(px(12.04), "12");
        assert_eq!(px(12.06), "12.1");
        assert_eq!(px(-0.5), "-0.5");
        assert_eq!(px(-3.25), "-3.3");
        assert_eq!(px(-0.01), "0");
        assert_eq!(px(300.0), "300");
    }

    #[test]
    fn salary_bars_share_one_scale_and_stay_inside_the_chart() {
        let g = salaire(vec![
            ("a".into(), [3800, 8500], "x"),
            ("b".into(), [3800, 4800], "y"),
            ("c".into(), [5500, 8500], "z"),
        ]);
        let x = |s: &str| s.parse::<f32>().unwrap();
        assert_eq!(g.barres[0].x, g.barres[1].x);
        let right = |b: &Barre| x(&b.x) + x(&b.largeur);
        assert!((right(&g.barres[0]) - right(&g.barres[2])).abs() < 0.2);
        for b in &g.barres {
            assert!(x(&b.x) >= MARGE && right(b) <= LARGEUR - MARGE);
        }
        assert!(g.graduations.len() >= 3);
    }

    #[test]
    fn hexagon_top_vertex_is_straight_above_the_centre() {
        let g = riasec(&[([7.0; 6], "a")], 7.0, Default::default());
        assert!(g.formes[0].0.starts_with(&format!("{},{}", px(HEX_CX), px(HEX_CY - HEX_R))));
    }
}
