//! Typed positions in the compiled tables: a `FactId` cannot be passed where an `OutcomeId` is
//! meant, and none of them is a bare index that could point into the wrong table.

/// An id that is a row's position in one compiled table.
pub trait TableId: Copy {
    fn from_index(index: usize) -> Self;
    /// The position in its table.
    fn index(self) -> usize;
}

macro_rules! table_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u16);

        impl TableId for $name {
            fn from_index(index: usize) -> Self {
                // The compiler refuses tables of more than u16::MAX rows.
                $name(index as u16)
            }

            fn index(self) -> usize {
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
