//! What needs attention in the follow-up of a checklist: which items take a status, how many stand
//! at each status, which deadlines have passed, and which statuses are old enough to be reviewed
//! again (after an interval the user sets, twelve months unless they change it).

use crate::assessment::Item;
use crate::codec::follow_ups::{FollowUp, FollowUps};
use crate::date::Date;
pub use crate::date::ReviewInterval;
use crate::trees::{OutcomeId, Verdict, OUTCOMES};
use rundskriv_model::Status;

/// The items the organisation follows up with a status: its duties (krav) and what it must assess.
/// Recommendations, open questions and what binds others are not its compliance record.
pub fn takes_follow_up(verdict: Verdict) -> bool {
    matches!(verdict, Verdict::Krav | Verdict::MaVurderes)
}

/// The deadline has passed and the item is not settled.
pub fn is_overdue(f: &FollowUp, today: Date) -> bool {
    !f.status.is_settled() && f.deadline.is_some_and(|deadline| deadline < today)
}

/// The item was last changed at least `interval` ago.
pub fn is_due_for_review(f: &FollowUp, today: Date, interval: ReviewInterval) -> bool {
    f.changed
        .is_some_and(|changed| changed.add_months(interval.months()) <= today)
}

/// The checklist's follow-up at a glance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    /// How many items stand at each status, in `Status::ALL` order.
    pub counts: Vec<(Status, usize)>,
    /// How many items take follow-up.
    pub total: usize,
    pub overdue: Vec<OutcomeId>,
    pub due_for_review: Vec<OutcomeId>,
}

impl Overview {
    /// How many items stand at `status`.
    pub fn count(&self, status: Status) -> usize {
        self.counts.iter().find(|(s, _)| *s == status).map_or(0, |(_, n)| *n)
    }

    /// Each item's status, the items sorted by status in `order`: the cells of a stacked bar.
    pub fn stacked(&self, order: &[Status]) -> Vec<Status> {
        order
            .iter()
            .flat_map(|&s| std::iter::repeat_n(s, self.count(s)))
            .collect()
    }
}

/// Counts, and lists what needs attention, among the `items` that take follow-up.
pub fn overview(items: &[Item], follow: &FollowUps, today: Date, interval: ReviewInterval) -> Overview {
    let followed: Vec<(OutcomeId, FollowUp)> = items
        .iter()
        .filter(|i| takes_follow_up(OUTCOMES[i.outcome].verdict))
        .map(|i| (i.outcome, follow.get(&i.outcome).cloned().unwrap_or_default()))
        .collect();
    let counts = Status::ALL
        .iter()
        .map(|&s| (s, followed.iter().filter(|(_, f)| f.status == s).count()))
        .collect();
    let which = |test: &dyn Fn(&FollowUp) -> bool| followed.iter().filter(|(_, f)| test(f)).map(|(o, _)| *o).collect();
    Overview {
        counts,
        total: followed.len(),
        overdue: which(&|f| is_overdue(f, today)),
        due_for_review: which(&|f| is_due_for_review(f, today, interval)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{checklist, progress};
    use crate::codec::answers;

    fn day(iso: &str) -> Date {
        Date::parse_iso(iso).unwrap()
    }

    #[test]
    fn overdue_is_a_passed_deadline_of_an_unsettled_item() {
        let today = day("2026-12-02");
        let mut f = FollowUp {
            deadline: Some(day("2026-12-01")),
            ..FollowUp::default()
        };
        assert!(is_overdue(&f, today));
        assert!(
            !is_overdue(&f, day("2026-12-01")),
            "on the day itself it is not yet overdue"
        );
        f.status = Status::Oppfylt;
        assert!(!is_overdue(&f, today));
        f.status = Status::UnderArbeid;
        assert!(is_overdue(&f, today));
        f.deadline = None;
        assert!(!is_overdue(&f, today));
    }

    #[test]
    fn a_status_is_due_for_review_when_the_interval_has_passed() {
        let f = FollowUp {
            status: Status::Oppfylt,
            changed: Some(day("2025-12-02")),
            ..FollowUp::default()
        };
        let year = ReviewInterval::default();
        assert!(is_due_for_review(&f, day("2026-12-02"), year));
        assert!(!is_due_for_review(&f, day("2026-12-01"), year));
        assert!(!is_due_for_review(
            &f,
            day("2026-12-01"),
            ReviewInterval::new(13).unwrap()
        ));
        assert!(is_due_for_review(
            &f,
            day("2026-07-01"),
            ReviewInterval::new(6).unwrap()
        ));
        assert!(
            !is_due_for_review(&FollowUp::default(), day("2099-01-01"), year),
            "never changed"
        );
    }

    #[test]
    fn the_overview_counts_every_followed_item_once() {
        let given = answers::decode("virksomhetstype:departement").unwrap();
        let items = checklist(&progress(&given));
        let followed: Vec<&Item> = items
            .iter()
            .filter(|i| takes_follow_up(OUTCOMES[i.outcome].verdict))
            .collect();
        assert!(!followed.is_empty());
        let mut follow = FollowUps::new();
        follow.insert(
            followed[0].outcome,
            FollowUp {
                status: Status::UnderArbeid,
                deadline: Some(day("2026-01-01")),
                changed: Some(day("2025-01-01")),
                ..FollowUp::default()
            },
        );
        let o = overview(&items, &follow, day("2026-12-02"), ReviewInterval::default());
        assert_eq!(o.total, followed.len());
        assert_eq!(o.counts.iter().map(|(_, n)| n).sum::<usize>(), o.total);
        assert!(o.counts.contains(&(Status::UnderArbeid, 1)));
        assert_eq!(o.count(Status::UnderArbeid), 1);
        assert_eq!(o.count(Status::Oppfylt), 0);
        let order = [
            Status::UnderArbeid,
            Status::IkkePaabegynt,
            Status::Oppfylt,
            Status::IkkeOppfylt,
            Status::IkkeRelevant,
        ];
        let cells = o.stacked(&order);
        assert_eq!(cells.len(), o.total);
        assert_eq!((cells[0], cells[1]), (Status::UnderArbeid, Status::IkkePaabegynt));
        assert!(o.counts.contains(&(Status::IkkePaabegynt, o.total - 1)));
        assert_eq!(o.overdue, vec![followed[0].outcome]);
        assert_eq!(o.due_for_review, vec![followed[0].outcome]);
    }
}
