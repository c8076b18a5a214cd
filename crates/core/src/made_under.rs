//! Which edition of the circular a shared link or an imported file was made under, so answers
//! made under another edition are shown with a message instead of passing silently as today's.

use crate::content::{Edition, EDITION, OLDER_EDITIONS};
use crate::labels::edition_name;
use crate::ui_strings::{tf, Key, Lang};

/// The edition that links and exported files were made under before they named one: a link
/// without `u=` was made under it. Links made under it still carry no `u=`, so every link pasted
/// before editions were named keeps its meaning and its exact form. Never change this value.
pub const UNMARKED: &str = "id2569983";

/// How many characters of an unknown edition's mark are kept (a garbled link stays bounded).
const MAX_MARK_CHARS: usize = 40;

/// The edition answers were made under, as far as this build can tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MadeUnder {
    /// The newest edition, the one the app answers from.
    Newest,
    /// An older edition this build carries.
    Older(&'static Edition),
    /// An edition this build does not know (a newer build's, or a garbled mark), as given.
    Unknown(String),
}

impl MadeUnder {
    /// The edition named by a link's `u=` or a file's `edition` (None: not named, so made under
    /// [`UNMARKED`]).
    pub fn read(mark: Option<&str>) -> MadeUnder {
        let id = mark.unwrap_or(UNMARKED);
        if id == EDITION.id {
            return MadeUnder::Newest;
        }
        match OLDER_EDITIONS.iter().find(|edition| edition.id == id) {
            Some(edition) => MadeUnder::Older(edition),
            None => MadeUnder::Unknown(id.chars().take(MAX_MARK_CHARS).collect()),
        }
    }

    /// The `u=` value a link made under this edition carries; None for [`UNMARKED`].
    pub fn mark(&self) -> Option<&str> {
        let id = match self {
            MadeUnder::Newest => EDITION.id,
            MadeUnder::Older(edition) => edition.id,
            MadeUnder::Unknown(id) => id.as_str(),
        };
        (id != UNMARKED).then_some(id)
    }

    pub fn is_newest(&self) -> bool {
        *self == MadeUnder::Newest
    }

    /// What the app says about answers made under another edition: what carried over and which
    /// edition the result is worked out under. None for the newest.
    pub fn notice(&self, lang: Lang) -> Option<String> {
        let newest = edition_name(&EDITION, lang);
        let (key, made) = match self {
            MadeUnder::Newest => return None,
            MadeUnder::Older(edition) => (Key::LinkOlderEdition, edition_name(edition, lang)),
            MadeUnder::Unknown(mark) => (Key::LinkUnknownEdition, mark.clone()),
        };
        Some(tf(lang, key, &[("made", &made), ("newest", &newest)]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_without_a_mark_was_made_under_the_unmarked_edition() {
        let unmarked = MadeUnder::read(None);
        assert_eq!(unmarked, MadeUnder::read(Some(UNMARKED)));
        // Today's build answers from that edition, so an unmarked link is today's and carries no mark.
        if EDITION.id == UNMARKED {
            assert_eq!(unmarked, MadeUnder::Newest);
            assert_eq!(MadeUnder::Newest.mark(), None);
        } else {
            assert!(!unmarked.is_newest());
            assert_eq!(MadeUnder::Newest.mark(), Some(EDITION.id));
        }
    }

    #[test]
    fn an_unknown_mark_is_kept_bounded_and_never_taken_for_the_newest() {
        let long = "x".repeat(100);
        let MadeUnder::Unknown(kept) = MadeUnder::read(Some(&long)) else {
            panic!("an unknown edition")
        };
        assert_eq!(kept.len(), MAX_MARK_CHARS);
        assert_eq!(MadeUnder::read(Some("H-99/99")).mark(), Some("H-99/99"));
        assert!(MadeUnder::read(Some(EDITION.id)).is_newest());
    }

    #[test]
    fn the_notice_names_both_editions_in_every_language_and_only_for_another_edition() {
        assert_eq!(MadeUnder::Newest.notice(Lang::Nb), None);
        for lang in Lang::ALL {
            let notice = MadeUnder::Unknown("H-99/99".into()).notice(lang).expect("a notice");
            assert!(notice.contains("(H-99/99)"), "{notice}");
            assert!(notice.contains(&edition_name(&EDITION, lang)), "{notice}");
        }
    }

    #[test]
    fn an_older_edition_the_build_carries_is_named_as_such() {
        for edition in OLDER_EDITIONS.iter() {
            assert_eq!(MadeUnder::read(Some(edition.id)), MadeUnder::Older(edition));
        }
    }
}
