// The one JavaScript implementation of the WasmRust host ABI, shared by the Node and browser
// hosts. It uses only what both have (WebAssembly, TextEncoder): no Node API, no DOM.
//
// The ABI itself (import names, signatures, export names) comes from the generated abi.mjs,
// so this file cannot drift from runtime/wasmrust-abi without failing at load.

import * as abi from './abi.mjs';

/**
 * Options for compiling modules: JS string builtins, which WasmGC modules may import
 * (Node 26 and Chromium 156 have them; a module that does not import them is unaffected).
 */
export const COMPILE_OPTIONS = { builtins: ['js-string'] };

/**
 * Thrown by `exit` through the module's frames and caught by `runInstance`. Private, and not
 * an Error, so nothing but `runInstance` has a reason to catch it (a module that catches
 * every JS exception with `catch_all` around a host call would break `exit`; the emitter
 * must not do that).
 */
class ExitSignal {
  constructor(code) {
    this.code = code;
  }
}

const utf8 = new TextEncoder();

/**
 * Rust's `Display` of an f64: the shortest digits that round-trip (as JavaScript's), but
 * never in exponent notation, with Rust's spellings of the special values.
 */
export function formatF64(x) {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const sign = x < 0 ? '-' : '';
  // toExponential() without an argument gives the shortest round-trip digits: "d.ddde±n".
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  // How many of the digits stand before the decimal point (may be <= 0 or > digits.length).
  const point = Number(exponent) + 1;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A trap raised by the host on the module's behalf (a bad argument to a host function). */
function hostTrap(message) {
  return new WebAssembly.RuntimeError(message);
}

/** Bytes `ptr..ptr+len` of the module's memory, bounds-checked like a wasm load. */
function memoryBytes(memory, ptr, len) {
  const start = ptr >>> 0;
  const end = start + (len >>> 0);
  if (end > memory.buffer.byteLength) throw hostTrap(`host call out of bounds of memory (${start}..${end})`);
  return new Uint8Array(memory.buffer, start, end - start);
}

/**
 * Every function of the ABI. Each takes the running instance's context first, then the
 * wasm arguments; `createHost` binds the context.
 */
const IMPLEMENTATIONS = {
  write(ctx, fd, ptr, len) {
    if (fd !== abi.STDOUT && fd !== abi.STDERR) throw hostTrap(`write to unknown fd ${fd}`);
    // A copy: the sink may keep it after the module overwrites its buffer.
    ctx.write(fd, memoryBytes(ctx.memory(), ptr, len).slice());
  },
  exit(ctx, code) {
    throw new ExitSignal(code);
  },
  format_f64(ctx, value, ptr) {
    const bytes = utf8.encode(formatF64(value));
    memoryBytes(ctx.memory(), ptr, bytes.length).set(bytes);
    return bytes.length;
  },
};

// A new ABI function fails here, at load, in every host, rather than at a module's first call.
for (const f of abi.FUNCTIONS) {
  const impl = IMPLEMENTATIONS[f.name];
  if (typeof impl !== 'function') {
    throw new Error(`js-core: ABI v${abi.VERSION} function ${f.name} is not implemented`);
  }
  if (impl.length !== f.params.length + 1) {
    throw new Error(`js-core: ${f.name} takes ${impl.length - 1} arguments, the ABI says ${f.params.length}`);
  }
}
for (const name of Object.keys(IMPLEMENTATIONS)) {
  if (!abi.FUNCTIONS.some((f) => f.name === name)) {
    throw new Error(`js-core: ${name} is implemented but not part of ABI v${abi.VERSION}`);
  }
}

/** Traps as V8 reports them (an exhausted call stack, a RangeError, is handled apart). */
function isTrap(error) {
  return error instanceof WebAssembly.RuntimeError;
}

/**
 * A host for one program run.
 *
 * `write(fd, bytes)` receives the program's output as raw bytes (fd 1 or 2), in order; it is
 * called synchronously from inside the module, so it must not depend on the module
 * continuing.
 *
 * Returns `{ imports, run, runInstance }`: `imports` for `WebAssembly.instantiate*`,
 * `runInstance(instance, entry)` runs an instantiated module's nullary export `entry` (by
 * default `main`; a test's export for tests), `run(bytesOrModule, entry)` instantiates and
 * runs. Both resolve to the exit status.
 */
export function createHost({ write }) {
  let memory = null;
  const ctx = {
    write,
    memory() {
      if (memory === null) throw hostTrap('host function called before main (during start)');
      return memory;
    },
  };
  const functions = {};
  for (const f of abi.FUNCTIONS) {
    functions[f.name] = (...args) => IMPLEMENTATIONS[f.name](ctx, ...args);
  }
  const imports = { [abi.IMPORT_MODULE]: functions };

  async function runInstance(instance, entry = abi.MAIN_EXPORT) {
    const exports = instance.exports;
    if (!(exports[abi.MEMORY_EXPORT] instanceof WebAssembly.Memory)) {
      throw new Error(`the module does not export its memory as "${abi.MEMORY_EXPORT}"`);
    }
    if (typeof exports[entry] !== 'function') {
      throw new Error(`the module does not export a function "${entry}"`);
    }
    memory = exports[abi.MEMORY_EXPORT];
    try {
      await exports[entry]();
      return 0;
    } catch (error) {
      if (error instanceof ExitSignal) return error.code;
      if (error instanceof RangeError) {
        // V8 reports an exhausted call stack as a RangeError; Rust reports it its own way.
        write(abi.STDERR, utf8.encode(abi.STACK_OVERFLOW_REPORT));
        return abi.STACK_OVERFLOW_STATUS;
      }
      if (isTrap(error)) {
        write(abi.STDERR, utf8.encode(`error: wasm trap: ${error.message}\n`));
        return abi.TRAP_STATUS;
      }
      throw error;
    }
  }

  async function run(source, entry = abi.MAIN_EXPORT) {
    const instance =
      source instanceof WebAssembly.Module
        ? await WebAssembly.instantiate(source, imports, COMPILE_OPTIONS)
        : (await WebAssembly.instantiate(source, imports, COMPILE_OPTIONS)).instance;
    return runInstance(instance, entry);
  }

  return { imports, run, runInstance };
}

/**
 * Runs each of the nullary exports `entries` of the compiled `module` on a fresh instance,
 * in order, as tests must run: a test sees nothing another one left behind.
 *
 * Each run's output is captured rather than written: both streams in one buffer, in the
 * order written, decoded as UTF-8 (invalid bytes become U+FFFD), as libtest captures a test's
 * output to show it only when the test fails. After each run, `report({ export, status,
 * output })` is called (and awaited). Resolves once every export has run; a host failure (a
 * missing export) rejects, leaving the rest unrun.
 */
export async function runEach(module, entries, report) {
  for (const entry of entries) {
    const chunks = [];
    const host = createHost({ write: (fd, bytes) => chunks.push(bytes) });
    const status = await host.run(module, entry);
    const bytes = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    await report({ export: entry, status, output: new TextDecoder().decode(bytes) });
  }
}
