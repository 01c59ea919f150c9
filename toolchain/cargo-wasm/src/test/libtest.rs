//! libtest's console, reproduced for one test binary: which tests run and in what order, how
//! each outcome is judged (`#[should_panic]` included), and what is printed, byte for byte as
//! `cargo test -- --test-threads=1` prints it (rustc 1.95's libtest, without colour).
//!
//! Pure: the caller runs each test on a host and hands over its exit status and captured
//! output; this module returns the text to print and whether the binary passed. Its wording
//! is libtest's own (`library/test/src/formatters/pretty.rs`, `test_result.rs`).

use std::fmt::Write;
use std::time::Duration;

use wasmrust_driver::ShouldPanic;

/// Exit status of a test whose report shows it panicked; anything else ends a test abnormally.
pub const PANIC_STATUS: i32 = 101;

/// The note the panic report ends with; Rust prints it only for a process's first panic, and
/// every test binary of libtest is one process.
const BACKTRACE_NOTE: &str = "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";

/// The test harness's command line (after `cargo wasm test ... --`), as far as it is supported.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Run only tests whose name contains one of these (is one of these, with `exact`).
    pub filters: Vec<String>,
    /// `--skip FILTER`: leave out tests whose name contains one of these.
    pub skip: Vec<String>,
    /// `--exact`: filters match whole names.
    pub exact: bool,
    /// `--include-ignored` or `--ignored`.
    pub run_ignored: RunIgnored,
}

/// What happens to `#[ignore]` tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum RunIgnored {
    /// Reported as ignored, not run (the default).
    #[default]
    No,
    /// `--include-ignored`: run like the others.
    Yes,
    /// `--ignored`: only they run; the others count as filtered out.
    Only,
}

impl Options {
    /// Parses the harness arguments; an error is the message libtest would print after `error: `.
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut options = Options::default();
        let (mut include_ignored, mut ignored) = (false, false);
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let (flag, inline_value) = match arg.split_once('=') {
                Some((flag, value)) if arg.starts_with("--") => (flag, Some(value.to_owned())),
                _ => (arg.as_str(), None),
            };
            let mut value = |name: &str| {
                inline_value
                    .clone()
                    .or_else(|| args.next().cloned())
                    .ok_or(format!("Argument to option '{name}' missing"))
            };
            match flag {
                "--" => {
                    options.filters.extend(args.by_ref().cloned());
                }
                "--include-ignored" => include_ignored = true,
                "--ignored" => ignored = true,
                "--exact" => options.exact = true,
                "--skip" => options.skip.push(value("skip")?),
                // Tests run one at a time, in order, whatever this says.
                "--test-threads" => {
                    value("test-threads")?;
                }
                _ if flag.starts_with('-') && flag.len() > 1 => {
                    return Err(format!(
                        "unsupported test harness option `{flag}`: `cargo wasm test` takes filters, \
                         --include-ignored, --ignored, --exact and --skip FILTER"
                    ));
                }
                _ => options.filters.push(arg.clone()),
            }
        }
        options.run_ignored = match (include_ignored, ignored) {
            (true, true) => return Err("the options --include-ignored and --ignored are mutually exclusive".into()),
            (true, false) => RunIgnored::Yes,
            (false, true) => RunIgnored::Only,
            (false, false) => RunIgnored::No,
        };
        Ok(options)
    }

    fn matches(&self, name: &str, filter: &str) -> bool {
        if self.exact { name == filter } else { name.contains(filter) }
    }
}

/// A test as libtest describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestDesc {
    /// The path libtest prints: `tests::adds_two`.
    pub name: String,
    /// Marked `#[ignore]`.
    pub ignore: bool,
    /// The reason in `#[ignore = "..."]`.
    pub ignore_message: Option<String>,
    /// What `#[should_panic]` asks for.
    pub should_panic: ShouldPanic,
    /// Where the test function's name is (`src/lib.rs:7:8`), for the "did not panic" note.
    pub location: Option<String>,
}

/// The tests one run reports, in libtest's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The selected tests, sorted by name; `desc.ignore` already reflects `--include-ignored`
    /// and `--ignored`, so a test runs exactly when it is not `ignore`.
    pub tests: Vec<PlannedTest>,
    /// How many tests the filters left out.
    pub filtered_out: usize,
}

/// A selected test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedTest {
    /// Its position in the list given to [`plan`].
    pub index: usize,
    /// Its description, with `ignore` as this run treats it.
    pub desc: TestDesc,
}

/// Selects and orders the tests as libtest does: filters, `--skip`, the ignored options, then
/// by name (rustc's test harness sorts the tests by name before libtest runs them).
pub fn plan(tests: &[TestDesc], options: &Options) -> Plan {
    let mut selected: Vec<PlannedTest> = tests
        .iter()
        .enumerate()
        .filter(|(_, t)| options.filters.is_empty() || options.filters.iter().any(|f| options.matches(&t.name, f)))
        .filter(|(_, t)| !options.skip.iter().any(|f| options.matches(&t.name, f)))
        .filter(|(_, t)| options.run_ignored != RunIgnored::Only || t.ignore)
        .map(|(index, desc)| {
            let mut desc = desc.clone();
            desc.ignore &= options.run_ignored == RunIgnored::No;
            PlannedTest { index, desc }
        })
        .collect();
    selected.sort_by(|a, b| a.desc.name.cmp(&b.desc.name));
    Plan { filtered_out: tests.len() - selected.len(), tests: selected }
}

/// How a test's run on a host ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// 0 when the test function returned, 101 after a panic, else the status it exited with.
    pub status: i32,
    /// Everything the test wrote to stdout and stderr, in order; a panic's report last.
    pub output: String,
}

/// libtest's verdict on one test.
enum Verdict {
    Ok,
    /// Failed; the captured output says why (the panic report).
    Failed,
    /// Failed for a reason libtest adds to the output as a `note: `.
    FailedMsg(String),
}

/// The console of one test binary's run, fed outcome by outcome.
///
/// [`Console::start`] prints the header and every line up to the first test that runs;
/// each [`Console::record`] finishes that test's line and prints up to the next one's; then
/// [`Console::finish`] prints the failures and the summary. Tests that run are the
/// [`Console::next_to_run`] ones, in order.
pub struct Console<'p> {
    plan: &'p Plan,
    /// The plan's next test to report.
    next: usize,
    passed: usize,
    failed: usize,
    ignored: usize,
    /// Name and what to show, per failed test, in the order they failed.
    failures: Vec<(String, String)>,
    /// Whether a test has panicked yet: only the first panic's report has the backtrace note.
    panicked_before: bool,
}

/// The end of a binary's run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The rest of the console output.
    pub text: String,
    /// No test failed.
    pub passed: bool,
}

impl<'p> Console<'p> {
    /// A console for the plan's tests.
    pub fn new(plan: &'p Plan) -> Console<'p> {
        Console { plan, next: 0, passed: 0, failed: 0, ignored: 0, failures: Vec::new(), panicked_before: false }
    }

    /// `running N tests`, the ignored tests' lines before the first test that runs, and that
    /// test's name (its result follows when it is recorded).
    pub fn start(&mut self) -> String {
        let count = self.plan.tests.len();
        let mut out = format!("\nrunning {count} {}\n", if count == 1 { "test" } else { "tests" });
        self.advance(&mut out);
        out
    }

    /// The test that runs next, if any.
    pub fn next_to_run(&self) -> Option<&'p PlannedTest> {
        self.plan.tests.get(self.next)
    }

    /// Judges the outcome of [`Console::next_to_run`] and returns its result, then the lines
    /// up to the next test that runs.
    pub fn record(&mut self, outcome: Outcome) -> String {
        let test = self.next_to_run().expect("an outcome for a test that runs");
        let mut output = outcome.output;
        let panic_message = (outcome.status == PANIC_STATUS).then(|| panic_message(&output)).flatten();
        if panic_message.is_some() && std::mem::replace(&mut self.panicked_before, true) {
            output.truncate(output.strip_suffix(BACKTRACE_NOTE).map_or(output.len(), str::len));
        }
        let mut out = String::new();
        match judge(&test.desc, outcome.status, panic_message.as_deref()) {
            Verdict::Ok => {
                self.passed += 1;
                out.push_str("ok\n");
            }
            verdict => {
                if let Verdict::FailedMsg(message) = verdict {
                    output.push_str("note: ");
                    output.push_str(&message);
                }
                self.failed += 1;
                self.failures.push((test.desc.name.clone(), output));
                out.push_str("FAILED\n");
            }
        }
        self.next += 1;
        self.advance(&mut out);
        out
    }

    /// The failures, with what each printed, and the `test result:` line.
    pub fn finish(self, elapsed: Duration) -> Summary {
        assert_eq!(self.next, self.plan.tests.len(), "every test that runs has an outcome");
        let mut out = String::new();
        if !self.failures.is_empty() {
            out.push_str("\nfailures:\n");
            let mut sections = String::new();
            for (name, output) in &self.failures {
                if !output.is_empty() {
                    let _ = write!(sections, "---- {name} stdout ----\n{output}\n");
                }
            }
            if !sections.is_empty() {
                out.push('\n');
                out.push_str(&sections);
            }
            out.push_str("\nfailures:\n");
            let mut names: Vec<&str> = self.failures.iter().map(|(name, _)| name.as_str()).collect();
            names.sort();
            for name in names {
                let _ = writeln!(out, "    {name}");
            }
        }
        let passed = self.failed == 0;
        let _ = write!(
            out,
            "\ntest result: {}. {} passed; {} failed; {} ignored; 0 measured; {} filtered out; finished in {:.2}s\n\n",
            if passed { "ok" } else { "FAILED" },
            self.passed,
            self.failed,
            self.ignored,
            self.plan.filtered_out,
            elapsed.as_secs_f64()
        );
        Summary { text: out, passed }
    }

    /// Reports ignored tests from `next` on, up to and including the name of the next test
    /// that runs.
    fn advance(&mut self, out: &mut String) {
        while let Some(test) = self.plan.tests.get(self.next) {
            let desc = &test.desc;
            if !desc.ignore {
                let mode = if desc.should_panic == ShouldPanic::No { "" } else { " - should panic" };
                let _ = write!(out, "test {}{mode} ... ", desc.name);
                return;
            }
            self.ignored += 1;
            let _ = match &desc.ignore_message {
                Some(message) => writeln!(out, "test {} ... ignored, {message}", desc.name),
                None => writeln!(out, "test {} ... ignored", desc.name),
            };
            self.next += 1;
        }
    }
}

/// libtest's verdict (`calc_result`, and `get_result_from_exit_code` for the other statuses,
/// as when each test runs in a process of its own).
fn judge(desc: &TestDesc, status: i32, panic_message: Option<&str>) -> Verdict {
    match (&desc.should_panic, panic_message) {
        (ShouldPanic::No, None) if status == 0 => Verdict::Ok,
        (ShouldPanic::Yes, Some(_)) => Verdict::Ok,
        (ShouldPanic::WithMessage(expected), Some(message)) if message.contains(expected.as_str()) => Verdict::Ok,
        (ShouldPanic::WithMessage(expected), Some(message)) => Verdict::FailedMsg(format!(
            "panic did not contain expected string\n      panic message: {message:?}\n expected substring: {expected:?}"
        )),
        (ShouldPanic::No, Some(_)) => Verdict::Failed,
        (_, None) if status == 0 => {
            let location = desc.location.as_ref().map(|l| format!(" at {l}")).unwrap_or_default();
            Verdict::FailedMsg(format!("test did not panic as expected{location}"))
        }
        (_, None) => Verdict::FailedMsg(format!("got unexpected return code {status}")),
    }
}

/// The message of the panic report that ends `output` (rustc's: `thread 'NAME' panicked at
/// FILE:LINE:COL:`, the message's lines, the backtrace note), or `None` if it has none.
fn panic_message(output: &str) -> Option<String> {
    let mut header_end = None;
    let mut line_start = 0;
    for line in output.split_inclusive('\n') {
        let text = line.trim_end_matches('\n');
        if text.starts_with("thread '") && text.contains("' panicked at ") && text.ends_with(':') {
            header_end = Some(line_start + line.len());
        }
        line_start += line.len();
    }
    let rest = &output[header_end?..];
    let message = rest.strip_suffix(BACKTRACE_NOTE).unwrap_or(rest);
    Some(message.strip_suffix('\n').unwrap_or(message).to_owned())
}

#[cfg(test)]
mod tests {
    use expect_test::{Expect, expect};

    use super::*;

    fn desc(name: &str) -> TestDesc {
        TestDesc {
            name: name.into(),
            ignore: false,
            ignore_message: None,
            should_panic: ShouldPanic::No,
            location: None,
        }
    }

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(String::from).collect()
    }

    /// A panic report as the compiler's test modules print it.
    fn panic_report(thread: &str, location: &str, message: &str) -> String {
        format!("\nthread '{thread}' panicked at {location}:\n{message}\n{BACKTRACE_NOTE}")
    }

    fn passed() -> Outcome {
        Outcome { status: 0, output: String::new() }
    }

    /// A whole run at once: what the console shows, given every outcome in order.
    fn render(plan: &Plan, outcomes: impl IntoIterator<Item = Outcome>, elapsed: Duration) -> Summary {
        let mut console = Console::new(plan);
        let mut text = console.start();
        for outcome in outcomes {
            text.push_str(&console.record(outcome));
        }
        let summary = console.finish(elapsed);
        Summary { text: text + &summary.text, passed: summary.passed }
    }

    fn check(tests: &[TestDesc], harness_args: &str, outcomes: &[(&str, Outcome)], expected: Expect) {
        let plan = plan(tests, &Options::parse(&args(harness_args)).unwrap());
        let to_run: Vec<&str> = plan.tests.iter().filter(|t| !t.desc.ignore).map(|t| t.desc.name.as_str()).collect();
        let names: Vec<&str> = outcomes.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, to_run, "outcomes must be given for the tests that run, in order");
        let summary = render(&plan, outcomes.iter().map(|(_, outcome)| outcome.clone()), Duration::from_millis(1234));
        expected.assert_eq(&format!("{}[passed: {}]\n", summary.text, summary.passed));
    }

    // Checked against `cargo test -- --test-threads=1` of the same tests under rustc 1.95,
    // thread ids removed (`thread 'tests::a_fail' (26839) panicked at`).
    #[test]
    fn failures_and_should_panic_as_libtest_reports_them() {
        let tests = [
            TestDesc {
                should_panic: ShouldPanic::Yes,
                location: Some("src/lib.rs:7:32".into()),
                ..desc("tests::sp_nopanic")
            },
            desc("tests::b_ok"),
            TestDesc { should_panic: ShouldPanic::WithMessage("boom".into()), ..desc("tests::sp_mismatch") },
            desc("tests::a_fail"),
            TestDesc { ignore: true, ..desc("tests::ig") },
            TestDesc { ignore: true, ignore_message: Some("slow".into()), ..desc("tests::ig_reason") },
            TestDesc { should_panic: ShouldPanic::WithMessage("boom".into()), ..desc("tests::sp_ok") },
            desc("tests::Upper"),
        ];
        let a_fail = Outcome {
            status: 101,
            output: "out line\nerr line\n".to_owned()
                + &panic_report(
                    "tests::a_fail",
                    "src/lib.rs:6:72",
                    "assertion `left == right` failed\n  left: 3\n right: 4",
                ),
        };
        let sp_mismatch =
            Outcome { status: 101, output: panic_report("tests::sp_mismatch", "src/lib.rs:8:67", "bang") };
        let sp_nopanic = Outcome { status: 0, output: "sp out\n".into() };
        let sp_ok = Outcome { status: 101, output: panic_report("tests::sp_ok", "src/lib.rs:9:67", "big boom here") };
        let outcomes = [
            ("tests::Upper", passed()),
            ("tests::a_fail", a_fail),
            ("tests::b_ok", Outcome { status: 0, output: "hidden\n".into() }),
            ("tests::sp_mismatch", sp_mismatch),
            ("tests::sp_nopanic", sp_nopanic),
            ("tests::sp_ok", sp_ok),
        ];
        check(
            &tests,
            "",
            &outcomes,
            expect![[r#"

                running 8 tests
                test tests::Upper ... ok
                test tests::a_fail ... FAILED
                test tests::b_ok ... ok
                test tests::ig ... ignored
                test tests::ig_reason ... ignored, slow
                test tests::sp_mismatch - should panic ... FAILED
                test tests::sp_nopanic - should panic ... FAILED
                test tests::sp_ok - should panic ... ok

                failures:

                ---- tests::a_fail stdout ----
                out line
                err line

                thread 'tests::a_fail' panicked at src/lib.rs:6:72:
                assertion `left == right` failed
                  left: 3
                 right: 4
                note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace

                ---- tests::sp_mismatch stdout ----

                thread 'tests::sp_mismatch' panicked at src/lib.rs:8:67:
                bang
                note: panic did not contain expected string
                      panic message: "bang"
                 expected substring: "boom"
                ---- tests::sp_nopanic stdout ----
                sp out
                note: test did not panic as expected at src/lib.rs:7:32

                failures:
                    tests::a_fail
                    tests::sp_mismatch
                    tests::sp_nopanic

                test result: FAILED. 3 passed; 3 failed; 2 ignored; 0 measured; 0 filtered out; finished in 1.23s

                [passed: false]
            "#]],
        );
    }

    #[test]
    fn only_the_first_panic_keeps_the_backtrace_note_even_when_it_was_expected() {
        let tests = [
            TestDesc { should_panic: ShouldPanic::WithMessage("a".into()), ..desc("a_sp") },
            desc("b_fail"),
            desc("c_fail"),
        ];
        let outcomes = [
            ("a_sp", Outcome { status: 101, output: panic_report("a_sp", "tests/zeta.rs:1:51", "a") }),
            ("b_fail", Outcome { status: 101, output: panic_report("b_fail", "tests/zeta.rs:2:23", "math is broken") }),
            (
                "c_fail",
                Outcome {
                    status: 101,
                    output: panic_report("c_fail", "tests/zeta.rs:3:52", "called `Option::unwrap()` on a `None` value"),
                },
            ),
        ];
        check(
            &tests,
            "",
            &outcomes,
            expect![[r#"

                running 3 tests
                test a_sp - should panic ... ok
                test b_fail ... FAILED
                test c_fail ... FAILED

                failures:

                ---- b_fail stdout ----

                thread 'b_fail' panicked at tests/zeta.rs:2:23:
                math is broken

                ---- c_fail stdout ----

                thread 'c_fail' panicked at tests/zeta.rs:3:52:
                called `Option::unwrap()` on a `None` value


                failures:
                    b_fail
                    c_fail

                test result: FAILED. 1 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.23s

                [passed: false]
            "#]],
        );
    }

    #[test]
    fn a_passing_binary_and_the_singular() {
        check(
            &[desc("works")],
            "",
            &[("works", Outcome { status: 0, output: "hidden\n".into() })],
            expect![[r#"

                running 1 test
                test works ... ok

                test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.23s

                [passed: true]
            "#]],
        );
        check(
            &[],
            "",
            &[],
            expect![[r#"

                running 0 tests

                test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.23s

                [passed: true]
            "#]],
        );
    }

    #[test]
    fn filters_match_substrings_and_count_what_they_leave_out() {
        let tests = [desc("a_sp"), desc("b_fail"), desc("c_fail")];
        check(
            &tests,
            "_fail c_",
            &[("b_fail", passed()), ("c_fail", passed())],
            expect![[r#"

                running 2 tests
                test b_fail ... ok
                test c_fail ... ok

                test result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 1 filtered out; finished in 1.23s

                [passed: true]
            "#]],
        );
        check(
            &tests,
            "--exact c_fail --skip=b",
            &[("c_fail", passed())],
            expect![[r#"

                running 1 test
                test c_fail ... ok

                test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 2 filtered out; finished in 1.23s

                [passed: true]
            "#]],
        );
        check(
            &tests,
            "nomatch",
            &[],
            expect![[r#"

                running 0 tests

                test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 3 filtered out; finished in 1.23s

                [passed: true]
            "#]],
        );
    }

    #[test]
    fn ignored_tests_run_with_include_ignored_and_alone_with_ignored() {
        let tests = [
            desc("one"),
            TestDesc { ignore: true, should_panic: ShouldPanic::Yes, ..desc("two") },
            TestDesc { ignore: true, ignore_message: Some("slow".into()), ..desc("three") },
        ];
        let two = Outcome { status: 101, output: panic_report("two", "tests/alpha.rs:2:40", "x") };
        check(
            &tests,
            "--include-ignored",
            &[("one", passed()), ("three", passed()), ("two", two.clone())],
            expect![[r#"

                running 3 tests
                test one ... ok
                test three ... ok
                test two - should panic ... ok

                test result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.23s

                [passed: true]
            "#]],
        );
        check(
            &tests,
            "--ignored",
            &[("three", passed()), ("two", two)],
            expect![[r#"

                running 2 tests
                test three ... ok
                test two - should panic ... ok

                test result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 1 filtered out; finished in 1.23s

                [passed: true]
            "#]],
        );
    }

    #[test]
    fn abnormal_endings_fail_with_libtests_note_for_unexpected_return_codes() {
        let tests = [
            desc("exits"),
            desc("traps"),
            TestDesc { should_panic: ShouldPanic::Yes, ..desc("exits_instead_of_panicking") },
            // A status of 101 without a panic report is an `exit(101)`, not a panic.
            TestDesc { should_panic: ShouldPanic::Yes, ..desc("exits_101") },
        ];
        let outcomes = [
            ("exits", Outcome { status: 3, output: "bye\n".into() }),
            ("exits_101", Outcome { status: 101, output: String::new() }),
            ("exits_instead_of_panicking", Outcome { status: 2, output: String::new() }),
            ("traps", Outcome { status: 134, output: "error: wasm trap: unreachable\n".into() }),
        ];
        check(
            &tests,
            "",
            &outcomes,
            expect![[r#"

                running 4 tests
                test exits ... FAILED
                test exits_101 - should panic ... FAILED
                test exits_instead_of_panicking - should panic ... FAILED
                test traps ... FAILED

                failures:

                ---- exits stdout ----
                bye
                note: got unexpected return code 3
                ---- exits_101 stdout ----
                note: got unexpected return code 101
                ---- exits_instead_of_panicking stdout ----
                note: got unexpected return code 2
                ---- traps stdout ----
                error: wasm trap: unreachable
                note: got unexpected return code 134

                failures:
                    exits
                    exits_101
                    exits_instead_of_panicking
                    traps

                test result: FAILED. 0 passed; 4 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.23s

                [passed: false]
            "#]],
        );
    }

    #[test]
    fn the_console_streams_each_result_as_it_comes() {
        let tests = [TestDesc { ignore: true, ..desc("a") }, desc("b"), TestDesc { ignore: true, ..desc("c") }];
        let plan = plan(&tests, &Options::default());
        let mut console = Console::new(&plan);
        assert_eq!(console.start(), "\nrunning 3 tests\ntest a ... ignored\ntest b ... ");
        assert_eq!(console.next_to_run().map(|t| t.index), Some(1));
        assert_eq!(console.record(passed()), "ok\ntest c ... ignored\n");
        assert_eq!(console.next_to_run(), None);
    }

    #[test]
    fn panic_messages_are_found_at_the_end_of_the_output() {
        let multi_line = "assertion `left == right` failed\n  left: 3\n right: 4";
        let output = "thread 'x' panicked at nowhere:\n".to_owned() + &panic_report("t", "src/lib.rs:1:1", multi_line);
        assert_eq!(panic_message(&output).as_deref(), Some(multi_line));
        // After the first panic, the report has no note.
        assert_eq!(panic_message("\nthread 't' panicked at a.rs:1:2:\nboom\n").as_deref(), Some("boom"));
        assert_eq!(panic_message("thread 't' panicked by hand\n"), None);
    }

    #[test]
    fn harness_arguments_parse_as_libtest_parses_them() {
        let parse = |line: &str| Options::parse(&args(line));
        assert_eq!(
            parse("--include-ignored --skip a --skip=b --test-threads 1 x -- --y").unwrap(),
            Options {
                filters: vec!["x".into(), "--y".into()],
                skip: vec!["a".into(), "b".into()],
                exact: false,
                run_ignored: RunIgnored::Yes
            }
        );
        assert_eq!(parse("--ignored --exact").unwrap().run_ignored, RunIgnored::Only);
        assert_eq!(
            parse("--ignored --include-ignored").unwrap_err(),
            "the options --include-ignored and --ignored are mutually exclusive"
        );
        assert_eq!(parse("--skip").unwrap_err(), "Argument to option 'skip' missing");
        assert!(parse("--nocapture").unwrap_err().starts_with("unsupported test harness option `--nocapture`"));
    }
}
