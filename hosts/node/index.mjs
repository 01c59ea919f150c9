// The Node host: runs a WasmRust module with the shared host core, its output going straight
// to this process's file descriptors.

import fs from 'node:fs';

import { createHost } from '../js-core/core.mjs';

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
 * this process's stdout and stderr.
 *
 * `args` is accepted for the command line's sake: ABI v1 gives a module no way to read
 * its arguments, so they are not passed on.
 */
export async function runFile(path, args = [], { write = writeToFd } = {}) {
  void args;
  const bytes = await fs.promises.readFile(path);
  return createHost({ write }).run(bytes);
}
