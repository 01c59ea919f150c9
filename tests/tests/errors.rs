//! Diagnostics: every `tests/errors/NAME.rs` must fail to build with exit status 1, write no
//! module, and print exactly `tests/errors/NAME.stderr` (regenerated with `BLESS=1`).

use libtest_mimic::{Arguments, Failed, Trial};
use wasmrust_tests::{Case, Invocation};

fn main() {
    let args = Arguments::from_args();
    let trials = wasmrust_tests::cases("tests/errors", "rs")
        .into_iter()
        .map(|case| Trial::test(format!("errors::{}", case.name), move || check(&case)))
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn check(case: &Case) -> Result<(), Failed> {
    let dir = tempfile::tempdir()?;
    let output = dir.path().join("out.wasm");
    let invocation = Invocation::Build { source: &case.path, output: &output };
    let actual = wasmrust_tests::cargo_wasm(invocation)?;

    let expected_path = wasmrust_tests::repo_root().join(format!("tests/errors/{}.stderr", case.name));
    let mut problems = Vec::new();
    if wasmrust_tests::blessing() {
        std::fs::write(&expected_path, &actual.stderr)?;
    } else {
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected == actual.stderr => {}
            Ok(expected) => problems.push(format!(
                "stderr differs from {}:\n{}",
                expected_path.display(),
                wasmrust_tests::text_diff(&expected, &actual.stderr, "expected", "actual")
            )),
            Err(e) => problems.push(format!("cannot read {} ({e}); create it with BLESS=1", expected_path.display())),
        }
    }
    if actual.code != Some(1) {
        problems.push(format!("expected exit status 1, got {}", wasmrust_tests::describe_code(actual.code)));
    }
    if output.exists() {
        problems.push("a module was written although compilation failed".to_owned());
    }
    if !actual.stdout.is_empty() {
        problems.push(format!("expected no stdout, got:\n{}", actual.stdout));
    }
    if problems.is_empty() {
        return Ok(());
    }
    let problems: Vec<&str> = problems.iter().map(|p| p.trim_end()).collect();
    Err(format!("{}\nreproduce: {invocation}", problems.join("\n")).into())
}
