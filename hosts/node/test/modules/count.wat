;; Prints "é\n" in two writes that split the character's UTF-8 bytes, then the numbers
;; 0 to 1999, one per line, in 4000 writes; main returns, so the status is 0. Checks that
;; a host keeps every byte, in order, and decodes UTF-8 across write boundaries.
(module
  (import "wasmrust_v1" "write" (func $write (param i32 i32 i32)))
  (import "wasmrust_v1" "format_f64" (func $format_f64 (param f64 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "\c3\a9\n")
  (func (export "main")
    (local $i i32)
    (local $len i32)
    (call $write (i32.const 1) (i32.const 0) (i32.const 1))
    (call $write (i32.const 1) (i32.const 1) (i32.const 2))
    (loop $next
      (local.set $len (call $format_f64 (f64.convert_i32_s (local.get $i)) (i32.const 64)))
      (call $write (i32.const 1) (i32.const 64) (local.get $len))
      (call $write (i32.const 1) (i32.const 2) (i32.const 1))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_s (local.get $i) (i32.const 2000))))))
