//! The compiler never panics and never emits an invalid module, whatever the input: corpus
//! programs cut short, or with a line removed, must give a module or diagnostics, nothing else.

use wasmrust_diag::SourceFile;
use wasmrust_driver::CompileError;

/// Every corpus program, as (path, text).
fn corpus() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/programs");
    let mut programs: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("the corpus exists")
        .map(|entry| {
            let path = entry.expect("readable corpus").path();
            let text = std::fs::read_to_string(&path).expect("readable program");
            (path.display().to_string(), text)
        })
        .collect();
    programs.sort();
    programs
}

/// Compiles `text`; fails the test on a panic or an invalid module, naming `variant`.
fn check(name: &str, text: String, variant: &str) {
    let file = SourceFile { name: name.to_string(), text };
    match std::panic::catch_unwind(|| wasmrust_driver::compile(&file, None)) {
        Ok(Ok(_)) | Ok(Err(CompileError::Diagnostics(..) | CompileError::Unsupported(_))) => {}
        Ok(Err(CompileError::InvalidModule(reason))) => panic!("{name} {variant}: invalid module: {reason}"),
        Err(_) => panic!("{name} {variant}: the compiler panicked"),
    }
}

/// How many variants of each program are checked: every compile parses the core library,
/// so the variants are spread over each program rather than taken at every position.
const VARIANTS_PER_PROGRAM: usize = 12;

#[test]
fn truncated_programs_give_diagnostics_not_crashes() {
    let mut checked = 0;
    for (name, text) in corpus() {
        let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        for cut in cuts.iter().step_by(cuts.len().div_ceil(VARIANTS_PER_PROGRAM).max(1)) {
            check(&name, text[..*cut].to_string(), &format!("cut at byte {cut}"));
            checked += 1;
        }
    }
    assert!(checked > 300, "only {checked} inputs were checked");
}

#[test]
fn programs_missing_a_line_give_diagnostics_not_crashes() {
    for (name, text) in corpus() {
        let lines: Vec<&str> = text.lines().collect();
        for removed in (0..lines.len()).step_by(lines.len().div_ceil(VARIANTS_PER_PROGRAM).max(1)) {
            let kept: Vec<&str> = lines.iter().enumerate().filter(|(i, _)| *i != removed).map(|(_, l)| *l).collect();
            check(&name, kept.join("\n"), &format!("without line {}", removed + 1));
        }
    }
}
