#!/usr/bin/env node
// `node hosts/node/run.mjs prog.wasm [args...]`: runs a WasmRust module as if it were a
// native program: its stdout, its stderr, its exit status.

import { runFile, writeToFd } from './index.mjs';

const [path, ...args] = process.argv.slice(2);
if (path === undefined) {
  writeToFd(2, Buffer.from('usage: node hosts/node/run.mjs prog.wasm [args...]\n'));
  process.exit(2);
}

let status;
try {
  status = await runFile(path, args);
} catch (error) {
  // The host failed, not the program (unreadable file, invalid module, missing export).
  writeToFd(2, Buffer.from(`error: node host: ${error?.message ?? error}\n`));
  status = 1;
}
// Output was written synchronously, so exiting at once loses nothing; it also ends the
// program even if the module left something pending on the event loop.
process.exit(status);
