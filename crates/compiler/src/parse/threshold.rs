//! A number branch's key (`"> 10"`, `">= 10"`, `"< 10"`, `"<= 10"`) and the numbers it takes.

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
        for not_one in ["ja", "10", "> ti", "> inf", "=> 3"] {
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
}
