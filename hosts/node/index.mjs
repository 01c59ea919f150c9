// The Node host: runs a WasmRust module with the shared host core, its output going straight
// to this process's file descriptors.

import fs from 'node:fs';

import * as abi from '../js-core/abi.mjs';
import { COMPILE_OPTIONS, createHost, runEach } from '../js-core/core.mjs';

// A cell to sleep on (Atomics.wait) while a non-blocking descriptor is full.
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `bytes` to `fd` before returning, as the ABI's unbuffered `write` requires:
 * nothing is queued in JS, so nothing is lost when the process exits right after.
 * A pipe left non-blocking by another process (EAGAIN) is waited on, not dropped.
 */
export function writeToFd(fd, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if (error.code !== 'EAGAIN') throw error;
      Atomics.wait(sleepCell, 0, 0, 1);
    }
  }
}

/**
 * Runs the module at `path` and resolves to its exit status (0 when main returns, the
 * code given to `exit`, 134 after a trap). Output goes to `write(fd, bytes)`, by default to
 * this process's stdout and stderr. `invoke` names the nullary export to run instead of
 * `main` (a test).
 *
 * `args` is accepted for the command line's sake: ABI v1 gives a module no way to read
 * its arguments, so they are not passed on.
 */
export async function runFile(path, args = [], { write = writeToFd, invoke = abi.MAIN_EXPORT } = {}) {
  void args;
  const bytes = await fs.promises.readFile(path);
  return createHost({ write }).run(bytes, invoke);
}

/**
 * Compiles the module at `path` once and runs each of the nullary exports `entries` on a
 * fresh instance, capturing its output; `report({ export, status, output })` is called after
 * each (see `runEach` in js-core).
 */
export async function runEachInFile(path, entries, report) {
  const module = await WebAssembly.compile(await fs.promises.readFile(path), COMPILE_OPTIONS);
  await runEach(module, entries, report);
}

/**
 * The command line both JS hosts' `run.mjs` take:
 *
 *     run.mjs [--invoke EXPORT] prog.wasm [args...]   run main (or EXPORT), as the program
 *     run.mjs --batch prog.wasm EXPORT...              run each export on a fresh instance
 *
 * In batch mode each export's result is one JSON line on stdout, `{"export", "status",
 * "output"}`, with the output captured (both streams, in order) instead of printed: how
 * `cargo wasm test` runs a test binary, with one host start for all its tests.
 *
 * Returns `{ wasm, args, invoke, batch }` (`batch` is the list of exports, or null), or
 * null when the command line is not one of these.
 */
export function parseCommandLine(argv) {
  if (argv[0] === '--batch') {
    const [, wasm, ...batch] = argv;
    return wasm === undefined ? null : { wasm, args: [], invoke: abi.MAIN_EXPORT, batch };
  }
  let invoke = abi.MAIN_EXPORT;
  let rest = argv;
  if (argv[0] === '--invoke') {
    if (argv[1] === undefined) return null;
    invoke = argv[1];
    rest = argv.slice(2);
  }
  const [wasm, ...args] = rest;
  return wasm === undefined ? null : { wasm, args, invoke, batch: null };
}

/** The usage line of `hosts/HOST/run.mjs`. */
export function usage(host) {
  return (
    `usage: node hosts/${host}/run.mjs [--invoke EXPORT] prog.wasm [args...]\n` +
    `       node hosts/${host}/run.mjs --batch prog.wasm EXPORT...\n`
  );
}
