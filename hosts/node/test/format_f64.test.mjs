// Rust's Display of f64, as js-core implements it for the ABI's format_f64: a table of
// cases, then a differential check against rustc itself on many bit patterns.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { formatF64 } from '../../js-core/core.mjs';

// [input, what `format!("{}", input)` prints], checked against rustc by the test below too.
const CASES = [
  [0.0, '0'],
  [-0.0, '-0'],
  [1.0, '1'],
  [3.0, '3'],
  [-3.0, '-3'],
  [1.5, '1.5'],
  [0.1, '0.1'],
  [0.1 + 0.2, '0.30000000000000004'],
  [1 / 3, '0.3333333333333333'],
  [-2.5e-3, '-0.0025'],
  [1e-7, '0.0000001'],
  [1e-6, '0.000001'],
  [123456789.125, '123456789.125'],
  [100, '100'],
  [4.35, '4.35'],
  [1e15, '1000000000000000'],
  [1e16, '10000000000000000'],
  [1e21, '1000000000000000000000'],
  [1e22, '10000000000000000000000'],
  [2 ** 70, '1180591620717411300000'],
  [9007199254740993, '9007199254740992'],
  [Number.EPSILON, '0.0000000000000002220446049250313'],
  [123e-20, '0.00000000000000000123'],
  [1e300, '1' + '0'.repeat(300)],
  [1.5e300, '15' + '0'.repeat(299)],
  [5e-324, '0.' + '0'.repeat(323) + '5'],
  [2.2250738585072014e-308, '0.' + '0'.repeat(307) + '22250738585072014'],
  [1.7976931348623157e308, '17976931348623157' + '0'.repeat(292)],
  [-1.7976931348623157e308, '-17976931348623157' + '0'.repeat(292)],
  [NaN, 'NaN'],
  [Infinity, 'inf'],
  [-Infinity, '-inf'],
];

test('formatF64 matches the table of Rust Display output', () => {
  for (const [input, expected] of CASES) {
    assert.equal(formatF64(input), expected, `formatting ${input}`);
  }
});

test('formatF64 never exceeds the ABI maximum length', async () => {
  const { FORMAT_F64_MAX_LEN } = await import('../../js-core/abi.mjs');
  assert.ok(formatF64(-Number.MAX_VALUE).length <= FORMAT_F64_MAX_LEN);
  assert.ok(formatF64(-Number.MIN_VALUE).length <= FORMAT_F64_MAX_LEN);
});

/** Deterministic bit patterns: the table's inputs, then pseudo-random ones over all exponents. */
function bitPatterns() {
  const view = new DataView(new ArrayBuffer(8));
  const patterns = CASES.map(([x]) => {
    view.setFloat64(0, x);
    return view.getBigUint64(0);
  });
  let state = 0x9e3779b97f4a7c15n;
  for (let i = 0; i < 3000; i++) {
    // xorshift64: reproducible, and covers every exponent, subnormals included.
    state ^= (state << 13n) & 0xffffffffffffffffn;
    state ^= state >> 7n;
    state ^= (state << 17n) & 0xffffffffffffffffn;
    patterns.push(state);
  }
  return patterns;
}

test('formatF64 agrees with rustc on 3000 bit patterns', () => {
  const patterns = bitPatterns();
  // The native program is the oracle, as for the whole project.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wasmrust-f64-'));
  try {
    const source = path.join(dir, 'display.rs');
    const bits = patterns.map((b) => `0x${b.toString(16)}`).join(',\n');
    fs.writeFileSync(
      source,
      `fn main() {\n    for bits in [${bits}u64] {\n        println!("{}", f64::from_bits(bits));\n    }\n}\n`,
    );
    const exe = path.join(dir, 'display');
    execFileSync(process.env.RUSTC ?? 'rustc', ['--edition=2021', '-o', exe, source], { stdio: 'inherit' });
    const expected = execFileSync(exe, { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\n');
    const view = new DataView(new ArrayBuffer(8));
    patterns.forEach((b, i) => {
      view.setBigUint64(0, b);
      const x = view.getFloat64(0);
      assert.equal(formatF64(x), expected[i], `formatting bits 0x${b.toString(16)}`);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
