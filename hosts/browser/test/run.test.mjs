// The browser host, through its command line (as `cargo wasm run --host browser` calls it):
// the same programs as the Node host's tests, with the same expected results.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { COUNT_STDOUT, HELLO_STDOUT, REPO, TOOLS, runHost, testModule } from '../../node/test/support.mjs';

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

/** Chromium processes whose command line names a profile directory of this host. */
function browsersOfThisHost() {
  return fs
    .readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path.join(os.tmpdir(), 'wasmrust-chromium-'));
      } catch {
        return false; // The process ended while we looked.
      }
    });
}

test('a program that never ends is stopped at the timeout with status 124, leaving nothing behind', async () => {
  const before = new Set(browsersOfThisHost());
  const status = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, 'hosts/browser/run.mjs'), testModule('spin')], {
      env: { ...process.env, WASMRUST_TOOLS: TOOLS, WASMRUST_BROWSER_TIMEOUT_MS: '4000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
  assert.equal(status.code, 124);
  assert.equal(status.stderr, 'error: browser host: timed out after 4 s\n');
  const left = browsersOfThisHost().filter((pid) => !before.has(pid));
  assert.deepEqual(left, [], 'the browser was closed');
});
