//! Typed positions in the compiled tables: a `FactId` cannot be passed where an `OutcomeId` is
//! meant, and none of them is a bare index that could point into the wrong table.

macro_rules! table_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u16);

        impl $name {
            /// The position in its table.
            pub const fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

table_id!(
    /// A question of the decision trees (a fact), answered once and shared by every tree.
    FactId
);
table_id!(
    /// A result a decision tree can reach: a verdict with the paragraphs it rests on.
    OutcomeId
);
table_id!(
    /// A question's place in one decision tree.
    NodeId
);
table_id!(
    /// A decision tree.
    TreeId
);
table_id!(
    /// A heading, paragraph, list item or footnote of the circular.
    BlockId
);
table_id!(
    /// A point, chapter or unnumbered section of the circular.
    SectionId
);
table_id!(
    /// One of the decision trees' texts (in every language).
    TextId
);
