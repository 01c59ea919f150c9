;; Prints "hi\n" and two floats to stdout and "err\n" to stderr, then exits with status 3.
;; The status is read back from a GC struct, so running it also shows the host has WasmGC.
;; The tests assemble it with the pinned wasm-tools (`wasm-tools parse hello.wat`).
(module
  (import "wasmrust_v1" "write" (func $write (param i32 i32 i32)))
  (import "wasmrust_v1" "exit" (func $exit (param i32)))
  (import "wasmrust_v1" "format_f64" (func $format_f64 (param f64 i32) (result i32)))
  (type $boxed (struct (field i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "hi\n")
  (data (i32.const 8) "err\n")
  (data (i32.const 16) "\n")
  (func $print_f64 (param $x f64)
    (local $len i32)
    (local.set $len (call $format_f64 (local.get $x) (i32.const 64)))
    (call $write (i32.const 1) (i32.const 64) (local.get $len))
    (call $write (i32.const 1) (i32.const 16) (i32.const 1)))
  (func (export "main")
    (call $write (i32.const 1) (i32.const 0) (i32.const 3))
    (call $write (i32.const 2) (i32.const 8) (i32.const 4))
    (call $print_f64 (f64.const 1e21))
    (call $print_f64 (f64.add (f64.const 0.1) (f64.const 0.2)))
    (call $exit (struct.get $boxed 0 (struct.new $boxed (i32.const 3))))
    ;; exit never returns; reaching this would be a host bug, and a trap shows it.
    unreachable))
