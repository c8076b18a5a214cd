//! One sort for every list the app orders: by a `u64` key, ties kept in their order. The wasm then
//! holds one instance of the standard library's sort (of `[u64]`) instead of one per element type
//! and comparison, each several kilobytes (measured with `twiggy`: four stable and one unstable
//! sort; replacing them took N B brotli off the first load, see docs/architecture.md).

/// How many bits of the packed key the original position takes.
const POSITION_BITS: u32 = 16;

/// `items` ordered by `key` (which must fit in 48 bits), equal keys in their first order.
pub fn sorted_by_key<T>(items: Vec<T>, key: impl Fn(&T) -> u64) -> Vec<T> {
    debug_assert!(items.len() < 1 << POSITION_BITS);
    let mut order: Vec<u64> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let k = key(item);
            debug_assert!(k < 1 << (64 - POSITION_BITS), "{k} does not fit");
            k << POSITION_BITS | i as u64
        })
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|k| slots[(k & ((1 << POSITION_BITS) - 1)) as usize].take())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_the_key_and_keeps_ties_in_order() {
        let items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        let sorted = sorted_by_key(items, |&(k, _)| k);
        assert_eq!(sorted, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        assert!(sorted_by_key(Vec::<u8>::new(), |&b| b as u64).is_empty());
    }
}
