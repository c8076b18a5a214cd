//! Strategies the property tests share.

use proptest::prelude::*;

/// Text from `samples` with a few random edits: inserted, deleted or replaced characters.
pub fn edited(samples: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    (
        samples,
        proptest::collection::vec((any::<prop::sample::Index>(), 0u8..3, any::<char>()), 1..6),
    )
        .prop_map(|(sample, edits)| {
            let mut chars: Vec<char> = sample.chars().collect();
            for (at, op, c) in edits {
                let i = at.index(chars.len() + 1);
                match op {
                    0 => chars.insert(i, c),
                    1 if i < chars.len() => {
                        chars.remove(i);
                    }
                    _ if i < chars.len() => chars[i] = c,
                    _ => chars.push(c),
                }
            }
            chars.into_iter().collect()
        })
}
