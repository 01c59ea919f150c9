;; A test module as the compiler's `compile_tests` emits them: no `main`, one nullary export
;; per test, a panic being rustc's report on stderr and `exit(101)`. Every export first
;; counts its run in a global and prints "run N", so "run 1" from each shows that each ran
;; on a fresh instance.
(module
  (import "wasmrust_v1" "write" (func $write (param i32 i32 i32)))
  (import "wasmrust_v1" "exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (global $runs (mut i32) (i32.const 0))
  (data (i32.const 0) "run ?\n")
  (data (i32.const 16) "to stderr\n")
  (data (i32.const 32) "\nthread 'tests::fails' panicked at src/lib.rs:3:5:\nboom\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n")
  (func $count_run
    (global.set $runs (i32.add (global.get $runs) (i32.const 1)))
    ;; The run count as one ASCII digit in place of the "?".
    (i32.store8 (i32.const 4) (i32.add (i32.const 48) (global.get $runs)))
    (call $write (i32.const 1) (i32.const 0) (i32.const 6)))
  ;; Writes to both streams and returns: a passing test.
  (func (export "passes")
    (call $count_run)
    (call $write (i32.const 2) (i32.const 16) (i32.const 10)))
  ;; Panics: the report, then exit(101).
  (func (export "fails")
    (call $count_run)
    (call $write (i32.const 2) (i32.const 32) (i32.const 134))
    (call $exit (i32.const 101))
    unreachable)
  ;; Traps: a compiler bug, reported by the host with status 134.
  (func (export "traps")
    (call $count_run)
    unreachable))
