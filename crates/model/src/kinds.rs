//! The kinds of things in the circular and its trees, each with the id that content files and
//! exports spell it by and the CSS class the pages mark it with. Every kind ↔ text mapping of the
//! product is here, so a new verdict or part kind is added in one place.

/// Generates `ALL`, `id()` and `from_id()` for a fieldless enum from one table of ids.
macro_rules! with_ids {
    ($name:ident { $($variant:ident => $id:literal),+ $(,)? }) => {
        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// How content files, links and exports spell it.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }

            /// The value a content file or an import spells `id`, if any.
            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|value| value.id() == id)
            }
        }
    };
}

/// What a tree's outcome tells the user: whether the circular requires, recommends, leaves to
/// judgement or does not apply, or only informs (what binds another body, or a deadline the
/// circular states as past: never the user's own krav).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    Krav,
    Anbefaling,
    GjelderIkke,
    MaVurderes,
    Apent,
    Informasjon,
}

with_ids!(Verdict {
    Krav => "krav",
    Anbefaling => "anbefaling",
    GjelderIkke => "gjelder-ikke",
    MaVurderes => "ma-vurderes",
    Apent => "apent",
    Informasjon => "informasjon",
});

impl Verdict {
    /// The order verdicts are listed in: what must be done first; what is only for information
    /// comes after everything about the user's own duties.
    pub const LISTING_ORDER: [Verdict; 6] = [
        Verdict::Krav,
        Verdict::MaVurderes,
        Verdict::Anbefaling,
        Verdict::Apent,
        Verdict::GjelderIkke,
        Verdict::Informasjon,
    ];

    /// Whether the outcome is about the user's own duties (and so belongs in their checklist),
    /// not information about another body's duty or a lapsed deadline.
    pub fn is_users_own(self) -> bool {
        self != Verdict::Informasjon
    }

    /// The classes of the verdict's label on the page.
    pub fn css_class(self) -> &'static str {
        match self {
            Verdict::Krav => "verdict verdict-krav",
            Verdict::Anbefaling => "verdict verdict-anbefaling",
            Verdict::GjelderIkke => "verdict verdict-gjelder-ikke",
            Verdict::MaVurderes => "verdict verdict-ma-vurderes",
            Verdict::Apent => "verdict verdict-apent",
            Verdict::Informasjon => "verdict verdict-informasjon",
        }
    }
}

/// Where a fact (a question) belongs in the full self-assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FactSection {
    Virksomheten,
    Tjenesten,
    Anskaffelser,
    Prosjektet,
}

with_ids!(FactSection {
    Virksomheten => "virksomheten",
    Tjenesten => "tjenesten",
    Anskaffelser => "anskaffelser",
    Prosjektet => "prosjektet",
});

/// How a fact is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FactKind {
    YesNo,
    Choice,
    Number,
}

with_ids!(FactKind {
    YesNo => "yesno",
    Choice => "choice",
    Number => "number",
});

/// Krav, anbefaling or veiledning: what a paragraph's words are, in the circular's own terms.
/// `None` for paragraphs outside those parts (a point's introduction, the background).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartKind {
    None,
    Krav,
    Anbefaling,
    Veiledning,
}

with_ids!(PartKind {
    None => "",
    Krav => "krav",
    Anbefaling => "anbefaling",
    Veiledning => "veiledning",
});

impl PartKind {
    /// The class a paragraph of this part is marked with (`part-krav`, …).
    pub fn css_class(self) -> &'static str {
        match self {
            PartKind::None => "none",
            PartKind::Krav => "krav",
            PartKind::Anbefaling => "anbefaling",
            PartKind::Veiledning => "veiledning",
        }
    }
}

/// A point (`1.6`), a chapter heading, or an unnumbered part of the circular.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionKind {
    Front,
    Section,
    Chapter,
    Point,
    Closing,
}

with_ids!(SectionKind {
    Front => "front",
    Section => "section",
    Chapter => "chapter",
    Point => "point",
    Closing => "closing",
});

/// Where the organisation stands on one item of its checklist, in the terms offices already use
/// for compliance (NAV's Etterlevelse: oppfylt, ikke oppfylt, ikke relevant, under arbeid, ikke
/// påbegynt).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Status {
    Oppfylt,
    IkkeOppfylt,
    /// Needs a justification: the form refuses it without one.
    IkkeRelevant,
    UnderArbeid,
    #[default]
    IkkePaabegynt,
}

with_ids!(Status {
    Oppfylt => "oppfylt",
    IkkeOppfylt => "ikke-oppfylt",
    IkkeRelevant => "ikke-relevant",
    UnderArbeid => "under-arbeid",
    IkkePaabegynt => "ikke-paabegynt",
});

impl Status {
    /// The one letter a shared link spells it by, to keep links short. Never `0` or `1`: those
    /// are the done flag of the first link format, which still reads.
    pub fn code(self) -> char {
        match self {
            Status::Oppfylt => 'o',
            Status::IkkeOppfylt => 'x',
            Status::IkkeRelevant => 'r',
            Status::UnderArbeid => 'u',
            Status::IkkePaabegynt => 'p',
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Self::ALL
            .iter()
            .copied()
            .find(|s| code.len() == 1 && code.starts_with(s.code()))
    }

    /// Settled: nothing left to do until the next review (fulfilled, or justified as not relevant).
    pub fn is_settled(self) -> bool {
        matches!(self, Status::Oppfylt | Status::IkkeRelevant)
    }
}

/// What one block of the circular is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Title,
    PartHeading,
    Paragraph,
    Bullet,
    Numbered(u8),
    Footnote(u8),
}

impl BlockKind {
    /// Paragraphs and list items: the text a verdict can cite and a search can find.
    pub fn is_text(self) -> bool {
        matches!(self, BlockKind::Paragraph | BlockKind::Bullet | BlockKind::Numbered(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_reads_back_as_its_value() {
        for &v in Verdict::ALL {
            assert_eq!(Verdict::from_id(v.id()), Some(v));
        }
        for &s in FactSection::ALL {
            assert_eq!(FactSection::from_id(s.id()), Some(s));
        }
        for &k in FactKind::ALL {
            assert_eq!(FactKind::from_id(k.id()), Some(k));
        }
        for &p in PartKind::ALL {
            assert_eq!(PartKind::from_id(p.id()), Some(p));
        }
        for &s in SectionKind::ALL {
            assert_eq!(SectionKind::from_id(s.id()), Some(s));
        }
        for &s in Status::ALL {
            assert_eq!(Status::from_id(s.id()), Some(s));
            assert_eq!(Status::from_code(&s.code().to_string()), Some(s));
            assert!(
                s.code() != '0' && s.code() != '1',
                "{s:?} would read as a first-format link"
            );
        }
    }

    #[test]
    fn a_misspelt_id_is_no_value() {
        assert_eq!(Verdict::from_id("Krav"), None);
        assert_eq!(Verdict::from_id("anbefalinger"), None);
        assert_eq!(FactSection::from_id("virksomhet"), None);
    }

    #[test]
    fn every_verdict_is_listed_once() {
        let mut listed = Verdict::LISTING_ORDER.to_vec();
        listed.sort();
        assert_eq!(listed, Verdict::ALL);
    }

    #[test]
    fn verdict_classes_name_the_verdict() {
        for &v in Verdict::ALL {
            assert_eq!(v.css_class(), format!("verdict verdict-{}", v.id()));
        }
    }

    #[test]
    fn part_classes_name_the_part_the_stylesheet_marks() {
        // style/ marks paragraphs `part-krav`, `part-anbefaling`, `part-veiledning`.
        assert_eq!(PartKind::Krav.css_class(), "krav");
        assert_eq!(PartKind::Anbefaling.css_class(), "anbefaling");
        assert_eq!(PartKind::Veiledning.css_class(), "veiledning");
        assert_eq!(PartKind::None.css_class(), "none");
    }

    #[test]
    fn only_paragraphs_and_list_items_are_citable_text() {
        for kind in [BlockKind::Paragraph, BlockKind::Bullet, BlockKind::Numbered(1)] {
            assert!(kind.is_text(), "{kind:?}");
        }
        for kind in [BlockKind::Title, BlockKind::PartHeading, BlockKind::Footnote(1)] {
            assert!(!kind.is_text(), "{kind:?}");
        }
    }
}
