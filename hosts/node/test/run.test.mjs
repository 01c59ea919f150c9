// The Node host, through its command line (as `cargo wasm run --host node` calls it) and
// its module API.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { runFile } from '../index.mjs';
import { COUNT_STDOUT, HELLO_STDOUT, runHost, testModule } from './support.mjs';

test('output, stderr and the exit status are the program\'s', async () => {
  const run = await runHost('node', testModule('hello'));
  assert.deepEqual(run, { status: 3, signal: null, stdout: HELLO_STDOUT, stderr: 'err\n' });
});

test('a trap is reported on stderr with status 134', async () => {
  const run = await runHost('node', testModule('trap'));
  assert.equal(run.stdout, 'before\n');
  assert.equal(run.stderr, 'error: wasm trap: unreachable\n');
  assert.equal(run.status, 134);
});

test('every write arrives, in order; returning from main is status 0', async () => {
  const run = await runHost('node', testModule('count'));
  assert.deepEqual(run, { status: 0, signal: null, stdout: COUNT_STDOUT, stderr: '' });
});

test('a host failure is an error naming the host, status 1', async () => {
  const run = await runHost('node', '/nonexistent/prog.wasm');
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^error: node host: .*nonexistent\/prog\.wasm/);
});

test('runFile hands the output bytes to the given sink', async () => {
  const chunks = { 1: [], 2: [] };
  const status = await runFile(testModule('hello'), [], { write: (fd, bytes) => chunks[fd].push(Buffer.from(bytes)) });
  assert.equal(status, 3);
  assert.equal(Buffer.concat(chunks[1]).toString(), HELLO_STDOUT);
  assert.equal(Buffer.concat(chunks[2]).toString(), 'err\n');
});
