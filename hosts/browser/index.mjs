// The browser host: runs a WasmRust module in a web page with the shared host core,
// compiling it while it downloads (instantiateStreaming).

import * as abi from '../js-core/abi.mjs';
import { COMPILE_OPTIONS, createHost, runEach } from '../js-core/core.mjs';

/**
 * The default sink: the browser console, a line at a time (console.log for stdout,
 * console.error for stderr), since a console cannot continue a line.
 */
function consoleSink() {
  const pending = { 1: '', 2: '' };
  const emit = (fd, line) => (fd === 1 ? console.log(line) : console.error(line));
  return {
    write(fd, text) {
      const lines = (pending[fd] + text).split('\n');
      pending[fd] = lines.pop();
      for (const line of lines) emit(fd, line);
    },
    flush() {
      for (const fd of [1, 2]) {
        if (pending[fd] !== '') emit(fd, pending[fd]);
        pending[fd] = '';
      }
    },
  };
}

/**
 * Fetches, instantiates and runs the module at `url`; resolves to its exit status.
 *
 * Output is decoded as UTF-8, a streaming decoder per fd so that a character split across
 * two writes comes out whole, and given to `write(fd, text)` as it happens; without one it
 * goes to the console. Invalid UTF-8 becomes U+FFFD, as `String::from_utf8_lossy` would.
 * `flush()`, when given, is called once the program has ended. `invoke` names the nullary
 * export to run instead of `main` (a test).
 */
export async function runUrl(url, sink = consoleSink(), { invoke = abi.MAIN_EXPORT } = {}) {
  const decoders = { 1: new TextDecoder(), 2: new TextDecoder() };
  const host = createHost({
    write(fd, bytes) {
      const text = decoders[fd].decode(bytes, { stream: true });
      if (text !== '') sink.write(fd, text);
    },
  });
  try {
    const { instance } = await WebAssembly.instantiateStreaming(fetch(url), host.imports, COMPILE_OPTIONS);
    return await host.runInstance(instance, invoke);
  } finally {
    // An incomplete character at the very end is still output (as U+FFFD), not dropped.
    for (const fd of [1, 2]) {
      const rest = decoders[fd].decode();
      if (rest !== '') sink.write(fd, rest);
    }
    sink.flush?.();
  }
}

/**
 * Fetches and compiles the module at `url` once, then runs each of the nullary exports
 * `entries` (tests) on a fresh instance, capturing its output; `report({ export, status,
 * output })` is called after each (see `runEach` in js-core).
 */
export async function runEachUrl(url, entries, report) {
  const module = await WebAssembly.compileStreaming(fetch(url), COMPILE_OPTIONS);
  await runEach(module, entries, report);
}
