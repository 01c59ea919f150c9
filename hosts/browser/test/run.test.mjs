// The browser host, through its command line (as `cargo wasm run --host browser` calls it):
// the same programs as the Node host's tests, with the same expected results.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { COUNT_STDOUT, HELLO_STDOUT, runHost, testModule } from '../../node/test/support.mjs';

test('output, stderr and the exit status are the program\'s', async () => {
  const run = await runHost('browser', testModule('hello'));
  assert.deepEqual(run, { status: 3, signal: null, stdout: HELLO_STDOUT, stderr: 'err\n' });
});

test('a trap is reported on stderr with status 134', async () => {
  const run = await runHost('browser', testModule('trap'));
  assert.equal(run.stdout, 'before\n');
  assert.equal(run.stderr, 'error: wasm trap: unreachable\n');
  assert.equal(run.status, 134);
});

test('every write arrives, in order; returning from main is status 0', async () => {
  const run = await runHost('browser', testModule('count'));
  assert.deepEqual(run, { status: 0, signal: null, stdout: COUNT_STDOUT, stderr: '' });
});

test('a host failure is an error naming the host, status 1', async () => {
  const run = await runHost('browser', '/nonexistent/prog.wasm');
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^error: browser host: .*nonexistent\/prog\.wasm/);
});

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
