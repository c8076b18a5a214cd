//! How a tree file and a shared link spell an answer that is no choice: "Vet ikke", and a number
//! branch's threshold (`"> 10"`, `">= 10"`, `"< 10"`, `"<= 10"`) with the numbers it takes. The
//! compiler checks the trees with these and the engine walks them with the very same ones.

/// The id of the answer "Vet ikke", as branch key and in links.
pub const UNKNOWN_ANSWER: &str = "vet-ikke";

/// Which numbers a number branch takes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Threshold {
    Above(f64),
    AtLeast(f64),
    Below(f64),
    AtMost(f64),
}

impl Threshold {
    /// The threshold a branch key spells, if it spells one.
    pub fn parse(key: &str) -> Option<Threshold> {
        let key = key.trim();
        let (make, rest): (fn(f64) -> Threshold, &str) = if let Some(r) = key.strip_prefix(">=") {
            (Threshold::AtLeast, r)
        } else if let Some(r) = key.strip_prefix("<=") {
            (Threshold::AtMost, r)
        } else if let Some(r) = key.strip_prefix('>') {
            (Threshold::Above, r)
        } else if let Some(r) = key.strip_prefix('<') {
            (Threshold::Below, r)
        } else {
            return None;
        };
        rest.trim().parse::<f64>().ok().filter(|v| v.is_finite()).map(make)
    }

    pub fn matches(self, value: f64) -> bool {
        match self {
            Threshold::Above(t) => value > t,
            Threshold::AtLeast(t) => value >= t,
            Threshold::Below(t) => value < t,
            Threshold::AtMost(t) => value <= t,
        }
    }

    pub fn bound(self) -> f64 {
        match self {
            Threshold::Above(t) | Threshold::AtLeast(t) | Threshold::Below(t) | Threshold::AtMost(t) => t,
        }
    }

    /// Numbers that between them fall on every side of each of `thresholds`: 0, each bound, and
    /// half a unit below and above it; sorted, each once.
    pub fn samples(thresholds: impl IntoIterator<Item = Threshold>) -> Vec<f64> {
        let mut values = vec![0.0];
        for threshold in thresholds {
            let b = threshold.bound();
            values.extend([b - 0.5, b, b + 0.5]);
        }
        values.sort_by(f64::total_cmp);
        values.dedup();
        values
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_spell_thresholds() {
        assert_eq!(Threshold::parse("> 10"), Some(Threshold::Above(10.0)));
        assert_eq!(Threshold::parse(">=2.5"), Some(Threshold::AtLeast(2.5)));
        assert_eq!(Threshold::parse(" < 0 "), Some(Threshold::Below(0.0)));
        assert_eq!(Threshold::parse("<= 1e3"), Some(Threshold::AtMost(1000.0)));
        for not_one in ["ja", UNKNOWN_ANSWER, "10", "> ti", "> inf", "=> 3"] {
            assert_eq!(Threshold::parse(not_one), None, "{not_one}");
        }
    }

    #[test]
    fn a_threshold_takes_the_numbers_on_its_side() {
        assert!(Threshold::Above(10.0).matches(10.5) && !Threshold::Above(10.0).matches(10.0));
        assert!(Threshold::AtLeast(10.0).matches(10.0) && !Threshold::AtLeast(10.0).matches(9.9));
        assert!(Threshold::Below(10.0).matches(9.9) && !Threshold::Below(10.0).matches(10.0));
        assert!(Threshold::AtMost(10.0).matches(10.0) && !Threshold::AtMost(10.0).matches(10.1));
        assert_eq!(Threshold::AtMost(3.0).bound(), 3.0);
    }

    #[test]
    fn samples_fall_on_every_side_of_every_threshold() {
        let thresholds = [Threshold::Above(10.0), Threshold::AtMost(10.0), Threshold::Below(2.0)];
        let samples = Threshold::samples(thresholds);
        assert_eq!(samples, [0.0, 1.5, 2.0, 2.5, 9.5, 10.0, 10.5]);
        for threshold in thresholds {
            assert!(samples.iter().any(|&v| threshold.matches(v)), "{threshold:?}");
            assert!(samples.iter().any(|&v| !threshold.matches(v)), "{threshold:?}");
        }
    }
}
