;; Prints "before\n" to stdout, then traps: the host must report the trap on stderr and
;; exit with status 134, as a native Rust program that aborts.
(module
  (import "wasmrust_v1" "write" (func $write (param i32 i32 i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "before\n")
  (func (export "main")
    (call $write (i32.const 1) (i32.const 0) (i32.const 7))
    unreachable))
