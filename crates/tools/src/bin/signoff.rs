//! Signs a decision tree off: appends a `[[signoff]]` record with the signer, today's date (UTC),
//! the edition and the tree's fingerprint to its file (`signoff::sign_off`). Commit the change.
//!
//! Usage: `cargo run -p rundskriv-tools --bin signoff -- <tree-id> "<name, unit>"`

use rundskriv_compiler::parse::date::Date;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [tree, by] = args.as_slice() else {
        eprintln!("usage: signoff <tree-id> \"<name, unit>\"");
        std::process::exit(2);
    };
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let Some(today) = Date::from_unix_days(i64::try_from(seconds / 86_400).unwrap_or(0)) else {
        eprintln!("the system clock gives no date");
        std::process::exit(1);
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    match rundskriv_tools::signoff::sign_off(&root, tree, by, today) {
        Ok(record) => print!("{record}"),
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    }
}
