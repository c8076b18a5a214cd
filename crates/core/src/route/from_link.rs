//! Data a link carries (answers, follow-ups), decoded once when the link is read.

use crate::codec::answers::{self, DecodeError};
use crate::codec::follow_ups::{self, FollowUps};
use crate::engine::Answers;
use crate::trees::FactId;

/// Data a link carries, decoded, with the text it was decoded from: the address written back
/// is the one opened (its order, its numbers to the digit, its mistakes), and the value is
/// always what that text reads as, whether it came from a link or from the app's own answers.
#[derive(Clone, Debug, PartialEq)]
pub struct FromLink<T> {
    text: String,
    pub value: Result<T, DecodeError>,
}

/// Answers in a link (`svar=virksomhetstype:departement,…`).
pub type LinkAnswers = FromLink<Answers>;

/// Follow-ups in a link (`oppf=…`), with how many were dropped as unknown to this version.
pub type LinkFollowUps = FromLink<(FollowUps, usize)>;

impl<T> FromLink<T> {
    /// The text as the link carries it (before percent-encoding).
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl LinkAnswers {
    /// Reads the `svar=` text of a link.
    pub fn read(text: &str) -> LinkAnswers {
        FromLink {
            text: text.to_string(),
            value: answers::decode(text),
        }
    }

    /// The answers to `facts`, in that order (the order the questions are asked, so a link
    /// reads like the questionnaire); answers to other facts are left out.
    pub fn new(answers: &Answers, facts: impl IntoIterator<Item = FactId>) -> LinkAnswers {
        LinkAnswers::read(&answers::encode(answers, facts))
    }
}

impl LinkFollowUps {
    /// Reads the `oppf=` text of a link.
    pub fn read(text: &str) -> LinkFollowUps {
        FromLink {
            text: text.to_string(),
            value: follow_ups::decode(text),
        }
    }

    pub fn new(follow: &FollowUps) -> LinkFollowUps {
        LinkFollowUps::read(&follow_ups::encode(follow))
    }
}
