//! Pure scoring for the quizzes and for interest-profile similarity (no I/O, unit-tested).

/// Pearson correlation of two six-value profiles; `None` when either is flat (no variance),
/// since a correlation with a constant is undefined.
pub fn pearson(a: [f64; 6], b: [f64; 6]) -> Option<f64> {
    let mean = |v: &[f64; 6]| v.iter().sum::<f64>() / 6.0;
    let (ma, mb) = (mean(&a), mean(&b));
    let (mut cov, mut va, mut vb) = (0.0, 0.0, 0.0);
    for i in 0..6 {
        let (da, db) = (a[i] - ma, b[i] - mb);
        cov += da * db;
        va += da * da;
        vb += db * db;
    }
    const EPSILON: f64 = 1e-9;
    (va > EPSILON && vb > EPSILON).then(|| (cov / (va.sqrt() * vb.sqrt())).clamp(-1.0, 1.0))
}

/// Indices of the `n` highest values, highest first (ties keep the model's R-I-A-S-E-C order).
pub fn top(values: [f64; 6], n: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..6).collect();
    idx.sort_by(|&i, &j| values[j].partial_cmp(&values[i]).unwrap_or(std::cmp::Ordering::Equal).then(i.cmp(&j)));
    idx.truncate(n);
    idx
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
        let b = a.map(|v| 10.0 + 3.0 * v);
        assert!((pearson(a, b).unwrap() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn flat_profiles_have_no_correlation() {
        assert_eq!(pearson([4.0; 6], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]), None);
        assert_eq!(pearson([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [2.0; 6]), None);
    }

    #[test]
    fn top_sorts_by_value_then_model_order() {
        assert_eq!(top([3.0, 7.0, 3.0, 5.0, 7.0, 1.0], 3), [1, 4, 3]);
        assert_eq!(top([2.0; 6], 2), [0, 1]);
    }
}
