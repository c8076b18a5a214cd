//! Calendar dates of the follow-up (deadlines, when a status last changed): read and written as
//! `YYYY-MM-DD` in links, files and date fields, shown as each UI language writes dates, and
//! moved by whole months; and the review interval, a number of whole months. Days only: no time
//! of day, no time zone.

use crate::limits::MAX_REVIEW_MONTHS;
use crate::ui_strings::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The earliest date there is: a stand-in where a clock gives none.
    pub const FIRST: Date = Date {
        year: 1000,
        month: 1,
        day: 1,
    };

    /// A real date of the years 1000–9999, or None.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let real = (1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day);
        real.then_some(Date { year, month, day })
    }

    /// Reads `YYYY-MM-DD` exactly (what `<input type="date">` and `iso` give); anything else is None.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        // By hand rather than `str::parse`: one small loop instead of the integer parser's code.
        let number = |range: std::ops::Range<usize>| {
            b[range]
                .iter()
                .try_fold(0u16, |n, &d| d.is_ascii_digit().then(|| n * 10 + (d - b'0') as u16))
        };
        Date::new(number(0..4)?, number(5..7)? as u8, number(8..10)? as u8)
    }

    /// `2026-12-02`: links, files, CSV (which spreadsheets read as a date in any locale).
    pub fn iso(self) -> String {
        self.written([self.year, self.month as u16, self.day as u16], '-')
    }

    /// As the language writes a date: `02.12.2026` in Norwegian; in English the ISO form, which
    /// no English reader takes for another day (2/12 is February in one country, December in another).
    pub fn display(self, lang: Lang) -> String {
        match lang {
            Lang::Nb | Lang::Nn => self.written([self.day as u16, self.month as u16, self.year], '.'),
            Lang::En => self.iso(),
        }
    }

    /// The three numbers with `between`, zero-padded (two digits, the year four): by hand, as
    /// `format!`'s padding brings its own code.
    fn written(self, parts: [u16; 3], between: char) -> String {
        let mut out = String::with_capacity(10);
        for (i, part) in parts.into_iter().enumerate() {
            if i > 0 {
                out.push(between);
            }
            let digits = if part >= 1000 { 4 } else { 2 };
            for place in (0..digits).rev() {
                out.push(char::from(b'0' + (part / 10u16.pow(place) % 10) as u8));
            }
        }
        out
    }

    /// The same day `months` later; the month's last day where it is shorter (31 January + 1
    /// month is 28 or 29 February). Saturates at year 9999.
    pub fn add_months(self, months: u32) -> Date {
        let total = self.year as u32 * 12 + (self.month as u32 - 1) + months;
        let (year, month) = ((total / 12).min(9999) as u16, (total % 12) as u8 + 1);
        Date {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }
}

/// How long a status stands before it is due for review, in whole months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewInterval(u32);

impl Default for ReviewInterval {
    fn default() -> ReviewInterval {
        ReviewInterval(12)
    }
}

impl ReviewInterval {
    /// An interval of 1 to `MAX_REVIEW_MONTHS` months.
    pub fn new(months: u32) -> Option<ReviewInterval> {
        (1..=MAX_REVIEW_MONTHS)
            .contains(&months)
            .then_some(ReviewInterval(months))
    }

    /// Reads the number of months as a field, a link or a file writes it (`12`).
    pub fn parse(text: &str) -> Option<ReviewInterval> {
        let text = text.trim();
        if text.is_empty() || text.len() > 3 {
            return None;
        }
        // By hand rather than `str::parse`, as `Date::parse_iso` does: the integer parser's code
        // would be in the first load for this alone.
        let months = text
            .bytes()
            .try_fold(0u32, |n, d| d.is_ascii_digit().then(|| n * 10 + (d - b'0') as u32))?;
        ReviewInterval::new(months)
    }

    pub fn months(self) -> u32 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_intervals_are_whole_months_within_bounds() {
        assert_eq!(ReviewInterval::parse("12"), ReviewInterval::new(12));
        assert_eq!(ReviewInterval::parse(" 6 ").map(ReviewInterval::months), Some(6));
        for bad in ["0", "121", "-1", "1.5", "", "abc", "0012"] {
            assert_eq!(ReviewInterval::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn iso_dates_read_back_and_only_real_days_are_dates() {
        for text in ["2026-12-02", "2024-02-29", "1999-01-31"] {
            assert_eq!(Date::parse_iso(text).map(Date::iso).as_deref(), Some(text));
        }
        for text in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-01",
            "20261202",
            "",
            "2026-12-0x",
            "+026-12-02",
        ] {
            assert_eq!(Date::parse_iso(text), None, "{text}");
        }
        assert_eq!(Date::parse_iso("1900-02-29"), None);
        assert!(Date::parse_iso("2000-02-29").is_some());
    }

    #[test]
    fn each_language_writes_the_date_its_way() {
        let d = Date::parse_iso("2026-03-07").unwrap();
        assert_eq!(d.display(Lang::Nb), "07.03.2026");
        assert_eq!(d.display(Lang::Nn), "07.03.2026");
        assert_eq!(d.display(Lang::En), "2026-03-07");
    }

    #[test]
    fn months_are_added_to_the_month_end_at_most() {
        let d = |t| Date::parse_iso(t).unwrap();
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2027-12-02").add_months(12), d("2028-12-02"));
        assert_eq!(d("2026-11-15").add_months(2), d("2027-01-15"));
        assert_eq!(d("2023-02-28").add_months(12), d("2024-02-28"));
        assert!(d("2026-01-01") < d("2026-01-02") && d("2025-12-31") < d("2026-01-01"));
    }
}
