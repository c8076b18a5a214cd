//! The words the compiler and the app share: the kinds of things in the circular and its decision
//! trees (verdicts, sections, part kinds, fact kinds, languages) with their ids and CSS classes,
//! and the typed ids of compiled data. No dependencies, so both sides use the very same types
//! and nothing passes between them as a string.

pub mod answer;
pub mod checksum;
pub mod ids;
pub mod kinds;
pub mod lang;

pub use answer::{Threshold, UNKNOWN_ANSWER};
pub use ids::{BlockId, FactId, NodeId, OutcomeId, SectionId, TableId, TreeId};
pub use kinds::{BlockKind, FactKind, FactSection, PartKind, SectionKind, Status, Verdict};
pub use lang::Lang;
