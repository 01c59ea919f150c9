// The shared core against the generated ABI: every function, with its arity, and nothing else.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';

import * as abi from '../../js-core/abi.mjs';
import { COMPILE_OPTIONS, createHost, runEach } from '../../js-core/core.mjs';
import { FAILS_STDERR, FAILS_STDOUT, testModule } from './support.mjs';

test('the imports are exactly the ABI functions, with their parameter counts', () => {
  const { imports } = createHost({ write() {} });
  assert.deepEqual(Object.keys(imports), [abi.IMPORT_MODULE]);
  const functions = imports[abi.IMPORT_MODULE];
  assert.deepEqual(Object.keys(functions).sort(), abi.FUNCTIONS.map((f) => f.name).sort());
});

test('a module without the exported memory is a host error, not a trap', async () => {
  // (module (func (export "main"))): no memory export.
  const bytes = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
    0x07, 0x08, 0x01, 0x04, 0x6d, 0x61, 0x69, 0x6e, 0x00, 0x00, 0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b,
  ]);
  await assert.rejects(createHost({ write() {} }).run(bytes), /does not export its memory as "memory"/);
});

test('runEach runs every export on a fresh instance and reports its status and captured output', async () => {
  const module = await WebAssembly.compile(fs.readFileSync(testModule('tests')), COMPILE_OPTIONS);
  const results = [];
  await runEach(module, ['fails', 'passes', 'passes'], (result) => results.push(result));
  assert.deepEqual(results, [
    { export: 'fails', status: 101, output: FAILS_STDOUT + FAILS_STDERR },
    { export: 'passes', status: 0, output: 'run 1\nto stderr\n' },
    { export: 'passes', status: 0, output: 'run 1\nto stderr\n' },
  ]);
});

test('createHost runs the named export instead of main', async () => {
  const chunks = [];
  const host = createHost({ write: (fd, bytes) => chunks.push([fd, Buffer.from(bytes).toString()]) });
  assert.equal(await host.run(fs.readFileSync(testModule('tests')), 'passes'), 0);
  assert.deepEqual(chunks, [
    [1, 'run 1\n'],
    [2, 'to stderr\n'],
  ]);
});
