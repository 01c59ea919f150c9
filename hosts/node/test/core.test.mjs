// The shared core against the generated ABI: every function, with its arity, and nothing else.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as abi from '../../js-core/abi.mjs';
import { createHost } from '../../js-core/core.mjs';

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
