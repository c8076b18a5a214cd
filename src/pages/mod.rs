//! One module a page: what the router shows for each kind of route.

pub mod accessibility;
pub mod assessment;
pub mod changes;
pub mod contents;
pub mod not_found;
pub mod search;
pub mod section;
pub mod start;
pub mod texts_wait;
pub mod tree;
pub mod whole;
