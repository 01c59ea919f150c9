// The browser host, through its command line (as `cargo wasm run --host browser` calls it):
// the same programs as the Node host's tests, with the same expected results.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { commandLineTests, runHost, testModule } from '../../node/test/support.mjs';

commandLineTests('browser');

const PROFILE_PREFIX = 'wasmrust-chromium-';

/** What a run of this host may leave behind: browser processes and profile directories. */
function leftovers() {
  const processes = fs
    .readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path.join(os.tmpdir(), PROFILE_PREFIX));
      } catch {
        return false; // The process ended while we looked.
      }
    })
    .map((pid) => `process ${pid}`);
  const profiles = fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(PROFILE_PREFIX));
  return [...processes, ...profiles];
}

test('a program that never ends is stopped at the timeout with status 124, leaving nothing behind', async () => {
  const before = new Set(leftovers());
  const run = await runHost('browser', testModule('spin'), [], { WASMRUST_BROWSER_TIMEOUT_MS: '4000' });
  assert.deepEqual(run, {
    status: 124,
    signal: null,
    stdout: 'spinning\n',
    stderr: 'error: browser host: timed out after 4 s\n',
  });
  assert.deepEqual(
    leftovers().filter((item) => !before.has(item)),
    [],
    'the browser and its profile are gone',
  );
});
