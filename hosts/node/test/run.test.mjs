// The Node host, through its command line (as `cargo wasm run --host node` calls it) and
// its module API.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { runFile } from '../index.mjs';
import { HELLO_STDOUT, commandLineTests, testModule } from './support.mjs';

commandLineTests('node');

test('runFile hands the output bytes to the given sink', async () => {
  const chunks = { 1: [], 2: [] };
  const status = await runFile(testModule('hello'), [], { write: (fd, bytes) => chunks[fd].push(Buffer.from(bytes)) });
  assert.equal(status, 3);
  assert.equal(Buffer.concat(chunks[1]).toString(), HELLO_STDOUT);
  assert.equal(Buffer.concat(chunks[2]).toString(), 'err\n');
});
