//! Imports an edition of the circular from its PDF's extracted text into draft content files:
//! `import_edition <seed.txt> <out-dir> [--previous <content-dir>] [--against <content-dir>] [--differences]`.
//! Writes `<out-dir>/rundskriv/*.md`, `<out-dir>/utgave.md` and the editor's list; with
//! `--previous`, proposes ids from that edition; prints how the draft compares with `--against`
//! (by default the previous edition), and with `--differences` each block that differs.

use rundskriv_tools::import::{run, EDITOR_LIST};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut positional = Vec::new();
    let mut previous = None;
    let mut against = None;
    let mut differences = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--previous" => previous = args.next().map(PathBuf::from),
            "--against" => against = args.next().map(PathBuf::from),
            "--differences" => differences = true,
            _ => positional.push(PathBuf::from(arg)),
        }
    }
    let [seed, out] = positional.as_slice() else {
        eprintln!("usage: import_edition <seed.txt> <out-dir> [--previous <content-dir>] [--against <content-dir>] [--differences]");
        return ExitCode::from(2);
    };
    let against = against.or_else(|| previous.clone());
    match run(seed, out, previous.as_deref(), against.as_deref()) {
        Ok(outcome) => {
            println!("draft written to {}/rundskriv/ and utgave.md", out.display());
            println!(
                "{} notes for the editor in {}/{EDITOR_LIST}",
                outcome.notes.0.len(),
                out.display()
            );
            if let Some(figure) = outcome.figure {
                println!("against {}: {figure}", against.unwrap_or_default().display());
            }
            if differences {
                for line in &outcome.differences {
                    println!("  {line}");
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
