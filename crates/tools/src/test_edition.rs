//! The test edition of issue #14: today's content with the changes
//! `tests/fixtures/utgave-test/endringer.toml` lists, written to a folder that a build takes as
//! its newest edition (`RUNDSKRIV_NEWEST_EDITION`). It lives with the tests and is never shipped.

use serde::Deserialize;
use std::path::Path;

/// The fixture: the test edition's `utgave.md`, its changes, its added files (`rundskriv/`) and
/// the confirmations of the verdicts its changes touch (`bekreftelser.toml`).
pub const FIXTURE: &str = "tests/fixtures/utgave-test";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Changes {
    change: Vec<Change>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Change {
    /// What the change stands for, for the reader of the fixture.
    #[allow(dead_code)]
    kind: String,
    file: String,
    find: String,
    replace: String,
}

/// Writes the test edition into `out` (made anew); with `confirmations`, the fixture's
/// confirmation records too. Returns the number of changes applied.
pub fn write_test_edition(root: &Path, out: &Path, confirmations: bool) -> Result<usize, String> {
    let fixture = root.join(FIXTURE);
    let read = |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let changes: Changes = toml::from_str(&read(&fixture.join("endringer.toml"))?)
        .map_err(|e| format!("{FIXTURE}/endringer.toml: {e}"))?;
    if out.exists() {
        std::fs::remove_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    let pages = out.join("rundskriv");
    std::fs::create_dir_all(&pages).map_err(|e| format!("{}: {e}", pages.display()))?;
    for from in [root.join("content/rundskriv"), fixture.join("rundskriv")] {
        for entry in std::fs::read_dir(&from).map_err(|e| format!("{}: {e}", from.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.extension().is_some_and(|x| x == "md") {
                let name = path.file_name().expect("a file");
                std::fs::copy(&path, pages.join(name)).map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
    }
    for change in &changes.change {
        let path = pages.join(&change.file);
        let text = read(&path)?;
        let found = text.matches(&change.find).count();
        if found != 1 {
            return Err(format!(
                "{FIXTURE}/endringer.toml: `{}` occurs {found} times in {}, not once: today's content changed, so update the fixture",
                change.find, change.file
            ));
        }
        std::fs::write(&path, text.replacen(&change.find, &change.replace, 1)).map_err(|e| e.to_string())?;
    }
    let mut files = vec!["utgave.md"];
    if confirmations {
        files.push(rundskriv_compiler::editions::confirmations::FILE);
    }
    for name in files {
        std::fs::copy(fixture.join(name), out.join(name)).map_err(|e| format!("{FIXTURE}/{name}: {e}"))?;
    }
    Ok(changes.change.len())
}
