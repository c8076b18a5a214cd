//! Every bound on outside input, in one place: what links, local storage and imported files may
//! hold before they are refused or cut. The decoders and the app both read them from here.

/// Longer answers text is not a link this app made; refusing it bounds the work on hostile input.
pub const MAX_ENCODED_LEN: usize = 4096;
/// Longer follow-up text is not one this app made: a hundred items with every text at its longest,
/// percent-encoded (a non-ASCII letter takes six characters). Local storage shares this bound, so
/// it must hold whatever the form lets a user write.
pub const MAX_FOLLOW_UPS_LEN: usize = 100 * (MAX_NOTE_CHARS + MAX_OWNER_CHARS + MAX_EVIDENCE_CHARS + 60) * 6;
/// The largest project cost accepted, in million NOK: above it a typing slip is likelier.
pub const MAX_NUMBER: f64 = 1_000_000.0;
/// Notes longer than this are cut: follow-up notes are reminders, not documents.
pub const MAX_NOTE_CHARS: usize = 500;
/// Who is responsible: a name, a role or a unit.
pub const MAX_OWNER_CHARS: usize = 200;
/// Where the documentation is: a case number or an address.
pub const MAX_EVIDENCE_CHARS: usize = 300;
/// The longest review interval the user can set, in months (ten years).
pub const MAX_REVIEW_MONTHS: u32 = 120;
/// Imported files larger than this are not assessments this app wrote; the app refuses them
/// before reading them.
pub const MAX_IMPORT_BYTES: usize = 1_000_000;
/// Deeper nesting than this is not an assessment either; the cap also bounds recursion.
pub const MAX_IMPORT_DEPTH: usize = 32;
