//! A compiled table whose rows are reached by their typed id (`FACTS[fact]` with a `FactId`), so
//! an id of one table cannot index another and no caller converts ids to bare indices.

use rundskriv_model::TableId;
use std::marker::PhantomData;
use std::ops::{Deref, Index};

/// The rows of one generated table, indexed by `Id`.
pub struct Table<Id, Row: 'static> {
    rows: &'static [Row],
    id: PhantomData<fn() -> Id>,
}

impl<Id: TableId, Row> Table<Id, Row> {
    pub const fn new(rows: &'static [Row]) -> Self {
        Table { rows, id: PhantomData }
    }

    /// Every row with its id, in table order.
    pub fn with_ids(&self) -> impl DoubleEndedIterator<Item = (Id, &'static Row)> + ExactSizeIterator {
        self.rows.iter().enumerate().map(|(i, row)| (Id::from_index(i), row))
    }

    /// Every id of the table, in order.
    pub fn ids(&self) -> impl DoubleEndedIterator<Item = Id> + ExactSizeIterator {
        (0..self.rows.len()).map(Id::from_index)
    }

    /// The id of the first row that satisfies `matches`.
    pub fn find(&self, matches: impl Fn(&Row) -> bool) -> Option<Id> {
        self.rows.iter().position(matches).map(Id::from_index)
    }
}

impl<Id, Row> Deref for Table<Id, Row> {
    type Target = [Row];

    fn deref(&self) -> &[Row] {
        self.rows
    }
}

impl<Id: TableId, Row> Index<Id> for Table<Id, Row> {
    type Output = Row;

    fn index(&self, id: Id) -> &Row {
        &self.rows[id.index()]
    }
}
