//! Confirms verdicts and readings for the newest edition after its words changed: appends a
//! `[[confirmed]]` record (who, today's date UTC, the edition, the fingerprint of the new words)
//! for each affected outcome and reading to the newest edition's `bekreftelser.toml`
//! (`confirm::confirm`). Read each printed change against the verdict or reading first; commit
//! the file.
//!
//! Usage: `cargo run -p rundskriv-tools --bin confirm_edition -- [--edition <folder>] "<name, unit>" [<tree> [<outcome> | --reading <reading>]]`
//! (the newest edition is `content/` unless `--edition` names another folder; not the build's
//! variable, which would rebuild this tool with an edition that does not build yet)

use rundskriv_compiler::editions::flags::Subject;
use rundskriv_compiler::editions::folders::CONTENT_DIR;
use rundskriv_compiler::parse::date::Date;
use rundskriv_compiler::parse::review::ReadingId;
use rundskriv_tools::confirm::{confirm, Only};
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let edition = match args.first().map(String::as_str) {
        Some("--edition") if args.len() > 1 => {
            let folder = args.remove(1);
            args.remove(0);
            folder
        }
        _ => CONTENT_DIR.to_string(),
    };
    let Some((by, rest)) = args.split_first() else { usage() };
    let subject = match rest {
        [] | [_] => None,
        [_, flag, reading] if flag == "--reading" => Some(Subject::Reading(ReadingId::new(reading))),
        [_, outcome] if outcome != "--reading" => Some(Subject::Outcome(outcome.clone())),
        _ => usage(),
    };
    let only = Only {
        tree: rest.first().map(String::as_str),
        subject,
    };
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let Some(today) = Date::from_unix_days(i64::try_from(seconds / 86_400).unwrap_or(0)) else {
        eprintln!("the system clock gives no date");
        std::process::exit(1);
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    match confirm(&root, &edition, by, today, &only) {
        Ok(report) => print!("{report}"),
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    }
}

fn usage() -> ! {
    eprintln!(
        "usage: confirm_edition [--edition <folder>] \"<name, unit>\" [<tree> [<outcome> | --reading <reading>]]"
    );
    std::process::exit(2);
}
