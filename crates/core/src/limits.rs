//! Every bound on outside input, in one place: what links, local storage and imported files may
//! hold before they are refused or cut. The decoders and the app both read them from here.

/// Longer answers text is not a link this app made; refusing it bounds the work on hostile input.
pub const MAX_ENCODED_LEN: usize = 4096;
/// Longer follow-up text is not one this app made: every note at its longest, percent-encoded.
pub const MAX_FOLLOW_UPS_LEN: usize = MAX_ENCODED_LEN * 4;
/// The largest project cost accepted, in million NOK: above it a typing slip is likelier.
pub const MAX_NUMBER: f64 = 1_000_000.0;
/// Notes longer than this are cut: follow-up notes are reminders, not documents.
pub const MAX_NOTE_CHARS: usize = 500;
/// Imported files larger than this are not assessments this app wrote; the app refuses them
/// before reading them.
pub const MAX_IMPORT_BYTES: usize = 1_000_000;
/// Deeper nesting than this is not an assessment either; the cap also bounds recursion.
pub const MAX_IMPORT_DEPTH: usize = 32;
