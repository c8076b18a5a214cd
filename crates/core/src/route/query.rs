//! The query part of a fragment (`?v=1&svar=…`).

use crate::percent::{decode, encode};

/// The value of `key` in a `a=1&b=2` query, decoded.
pub fn query_value(query: &str, key: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == key).then(|| decode(&v.replace('+', " ")))
    })
}

/// Like `encode`, but keeps the `:` and `,` of encoded answers readable in shared links.
pub fn encode_answers(text: &str) -> String {
    encode(text).replace("%3A", ":").replace("%2C", ",")
}
