//! Command-line tools around the app (`src/bin/`): the post-build steps, the browser tests' copy of
//! the source, the benchmark's native search timing; and the independent reader of the source text
//! (`seed`) that the verbatim test checks the compiled circular against.

pub mod book;
pub mod confirm;
pub mod import;
pub mod seed;
pub mod signoff;
pub mod test_edition;
