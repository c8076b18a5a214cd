//! How alike two texts are: the Dice coefficient of their words (folded, counted with repeats),
//! 1 for the same words, 0 for none in common. Used to match blocks across editions.

use super::clues::words;

/// A text's words, sorted, ready to compare.
#[derive(Clone)]
pub struct Words(Vec<String>);

impl Words {
    pub fn of(text: &str) -> Words {
        let mut w = words(text);
        w.sort();
        Words(w)
    }

    pub fn dice(&self, other: &Words) -> f64 {
        let (a, b) = (&self.0, &other.0);
        if a.is_empty() && b.is_empty() {
            return 1.0;
        }
        let (mut i, mut j, mut common) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        2.0 * common as f64 / (a.len() + b.len()) as f64
    }
}

/// A slug of a text's first words ("virksomheten-skal-folge"), for a block the previous edition has not.
pub fn slug_of(text: &str) -> String {
    let chosen: Vec<String> = words(text)
        .into_iter()
        .filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphanumeric()))
        .take(3)
        .collect();
    let slug = chosen.join("-");
    if slug.is_empty() {
        "avsnitt".to_string()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alike_texts_score_high() {
        let a = Words::of("Virksomheten skal bruke ID-porten.");
        assert_eq!(a.dice(&Words::of("virksomheten skal bruke ID-porten")), 1.0);
        assert!(a.dice(&Words::of("Virksomheten skal bruke Altinn.")) > 0.5);
        assert_eq!(a.dice(&Words::of("Med hilsen")), 0.0);
        assert_eq!(slug_of("Når nye avtaler inngås, skal"), "nar-nye-avtaler");
    }
}
