#!/usr/bin/env node
// `node hosts/node/run.mjs [--invoke EXPORT] prog.wasm [args...]`: runs a WasmRust module as
// if it were a native program: its stdout, its stderr, its exit status.
// `node hosts/node/run.mjs --batch prog.wasm EXPORT...`: runs each export (a test) on a fresh
// instance and prints one JSON line per export with its status and captured output.

import { Worker } from 'node:worker_threads';

import { parseCommandLine, usage, writeToFd } from './index.mjs';

/**
 * Stack of the program's thread. Wasm frames are larger than native ones, so this is well
 * above the 8 MiB a native main thread has; the memory is only committed as it is used.
 */
const PROGRAM_STACK_MB = 64;

/** Runs the program on a worker with a large stack; resolves to its exit status. */
function runOnProgramThread(commandLine) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./program-thread.mjs', import.meta.url), {
      workerData: commandLine,
      resourceLimits: { stackSizeMb: PROGRAM_STACK_MB },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`program thread exited (${code}) without a status`)));
  });
}

const commandLine = parseCommandLine(process.argv.slice(2));
if (commandLine === null) {
  writeToFd(2, Buffer.from(usage('node')));
  process.exit(2);
}

let status;
try {
  status = await runOnProgramThread(commandLine);
} catch (error) {
  // The host failed, not the program (unreadable file, invalid module, missing export).
  writeToFd(2, Buffer.from(`error: node host: ${error?.message ?? error}\n`));
  status = 1;
}
// Output was written synchronously, so exiting at once loses nothing; it also ends the
// program even if the module left something pending on the event loop.
process.exit(status);
