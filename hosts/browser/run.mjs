#!/usr/bin/env node
// `node hosts/browser/run.mjs [--invoke EXPORT] prog.wasm [args...]`: runs a WasmRust module
// in headless Chromium (Debian's, driven by the pinned playwright-core) as if it were a
// native program: the page's stdout and stderr become this process's, and so does the exit
// status. `node hosts/browser/run.mjs --batch prog.wasm EXPORT...`: runs each export (a test)
// on a fresh instance, all in one page, and prints one JSON line per export with its status
// and captured output; starting Chromium once per test binary rather than once per test.
//
// The page is served from a loopback HTTP server on an ephemeral port, because modules
// and instantiateStreaming need a real origin (file: URLs have none). The browser gets a
// fresh profile each run, and the browser, the server and the profile are removed on every
// path out, a timeout included.

import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { parseCommandLine, usage, writeToFd } from '../node/index.mjs';

const HOSTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = process.env.WASMRUST_TOOLS || path.join(HOSTS, '..', '.tools');
const CHROMIUM = '/usr/bin/chromium';
/**
 * The longest a run may take (in batch mode: may go without finishing a test);
 * WASMRUST_BROWSER_TIMEOUT_MS lowers it for the host's own tests.
 */
const TIMEOUT_MS = Number(process.env.WASMRUST_BROWSER_TIMEOUT_MS) || 60_000;
/** Status when the run did not finish in time, as timeout(1). */
const TIMEOUT_STATUS = 124;
/** Status when the host failed (no browser, invalid module...), not the program. */
const HOST_ERROR_STATUS = 1;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // V8's default stack limit (~1 MB) is far below the 8 MiB a native main thread has. The
  // renderer's main thread has 8 MiB on Linux; 6 MB of it for the program leaves a safe margin
  // for the browser's own frames, so an overflow is still V8's RangeError, never a crash.
  '--js-flags=--stack-size=6000',
];

/** The directories the page may load from, by URL prefix; nothing else is served. */
const SERVED_DIRS = {
  '/js-core/': path.join(HOSTS, 'js-core'),
  '/browser/': path.join(HOSTS, 'browser'),
};
const PROGRAM_URL = '/program.wasm';
const CONTENT_TYPES = { '.mjs': 'text/javascript', '.js': 'text/javascript', '.html': 'text/html' };
// The empty icon keeps Chromium from asking for /favicon.ico, a 404 in the page's log.
const PAGE = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>WasmRust</title>\n';

function fail(message) {
  writeToFd(2, Buffer.from(`error: browser host: ${message}\n`));
}

/** Undo steps, run last-first, once, whichever path ends the run (or both at once). */
const cleanups = [];
let cleaning = null;
function cleanUp() {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      const step = cleanups.pop();
      try {
        await step();
      } catch (error) {
        fail(`while cleaning up: ${error?.message ?? error}`);
      }
    }
  })();
  return cleaning;
}

/** The file behind a URL path, or null: the program, or a file inside a served directory. */
function fileFor(urlPath, wasmPath) {
  if (urlPath === PROGRAM_URL) return wasmPath;
  for (const [prefix, dir] of Object.entries(SERVED_DIRS)) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = path.resolve(dir, urlPath.slice(prefix.length));
    // No escaping the served directories with `..`.
    return file.startsWith(dir + path.sep) ? file : null;
  }
  return null;
}

function serve(wasmPath) {
  const server = http.createServer((request, response) => {
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (urlPath === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      return;
    }
    const file = fileFor(urlPath, wasmPath);
    if (file === null) {
      response.writeHead(404).end();
      return;
    }
    fs.readFile(file, (error, bytes) => {
      if (error) {
        response.writeHead(404).end();
        return;
      }
      // instantiateStreaming insists on application/wasm, whatever the file is named.
      const type = file === wasmPath ? 'application/wasm' : (CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(bytes);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/**
 * Messages from the page (output chunks, test results) as they arrive. Each carries its
 * sequence number, so `deliver` gets them in the page's order whatever order the bridge
 * delivers them in, and the run waits until every message the page sent has been delivered.
 */
function inOrder(deliver) {
  const early = new Map();
  let next = 0;
  let waiting = null;
  return {
    accept(seq, message) {
      early.set(seq, message);
      while (early.has(next)) {
        const message = early.get(next);
        early.delete(next);
        deliver(message);
        next += 1;
      }
      if (waiting !== null && next >= waiting.count) waiting.resolve();
    },
    allWritten(count) {
      if (next >= count) return Promise.resolve();
      return new Promise((resolve) => {
        waiting = { count, resolve };
      });
    },
  };
}

/**
 * Runs the command line's program (or, in batch mode, each of its tests) in a page; resolves
 * to the exit status. `progress()` is called after each test of a batch.
 */
async function runInBrowser({ wasm: wasmPath, invoke, batch }, progress) {
  if (!fs.existsSync(wasmPath)) throw new Error(`no such file: ${wasmPath}`);
  const require = createRequire(import.meta.url);
  const playwrightPath = path.join(TOOLS, 'npm/node_modules/playwright-core');
  if (!fs.existsSync(playwrightPath)) {
    throw new Error(`playwright-core is not at ${playwrightPath}; run \`cargo xtask provision\``);
  }
  const { chromium } = require(playwrightPath);

  const server = await serve(path.resolve(wasmPath));
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open for seconds.
        server.closeAllConnections();
      }),
  );
  const origin = `http://127.0.0.1:${server.address().port}`;

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wasmrust-chromium-'));
  cleanups.push(() => fs.rmSync(profile, { recursive: true, force: true }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    // Ours to handle: the run must end with the program's status, not Playwright's.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  cleanups.push(() => context.close());

  const page = context.pages()[0] ?? (await context.newPage());
  // Page errors are not the program's output; they explain a host failure, so keep them for that.
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  // Program output goes to our stdout and stderr; test results become JSON lines on stdout.
  const messages = inOrder(
    batch === null
      ? ([fd, text]) => writeToFd(fd, Buffer.from(text, 'utf8'))
      : (result) => {
          writeToFd(1, Buffer.from(`${JSON.stringify(result)}\n`));
          progress();
        },
  );
  // A raw CDP binding rather than page.exposeFunction: calls are one-way notifications,
  // where exposeFunction answers each with a round trip, which made output ~4x slower.
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.bindingCalled', ({ name, payload }) => {
    if (name !== '__wasmrustSend') return;
    const [seq, message] = JSON.parse(payload);
    messages.accept(seq, message);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__wasmrustSend' });
  await page.goto(`${origin}/`);
  let result;
  try {
    result = await page.evaluate(
      async ({ programUrl, invoke, batch }) => {
        const { runEachUrl, runUrl } = await import('/browser/index.mjs');
        let seq = 0;
        const send = (message) => window.__wasmrustSend(JSON.stringify([seq++, message]));
        if (batch !== null) {
          await runEachUrl(programUrl, batch, send);
          return { status: 0, sent: seq };
        }
        const status = await runUrl(programUrl, { write: (fd, text) => send([fd, text]) }, { invoke });
        return { status, sent: seq };
      },
      { programUrl: PROGRAM_URL, invoke, batch },
    );
  } catch (error) {
    const detail = pageErrors.length > 0 ? ` (page: ${pageErrors.join('; ')})` : '';
    throw new Error(`${error.message.split('\n')[0]}${detail}`);
  }
  await messages.allWritten(result.sent);
  return result.status;
}

async function main() {
  // Program arguments are accepted for the CLI's sake; ABI v1 gives a module no way to read them.
  const commandLine = parseCommandLine(process.argv.slice(2));
  if (commandLine === null) {
    writeToFd(2, Buffer.from(usage('browser')));
    return 2;
  }
  // Set once the run is given up: the failures that follow from closing the browser under
  // the page are consequences, not news, and the status is the abandoning one.
  let abandonedWith = null;
  const abandon = async (message, status) => {
    if (abandonedWith !== null) return;
    abandonedWith = status;
    if (message) fail(message);
    // Cleaning up may itself hang on a wedged browser; exit regardless after a few seconds.
    setTimeout(() => process.exit(status), 5_000).unref();
    await cleanUp();
    process.exit(status);
  };
  const timer = setTimeout(() => abandon(`timed out after ${TIMEOUT_MS / 1000} s`, TIMEOUT_STATUS), TIMEOUT_MS);
  // Interrupted: the browser and the profile go too, and the status says which signal (128 + n).
  process.once('SIGINT', () => abandon(null, 130));
  process.once('SIGTERM', () => abandon(null, 143));
  let status;
  try {
    // A batch may take as long as its tests need, as long as each finishes within the limit.
    status = await runInBrowser(commandLine, () => timer.refresh());
  } catch (error) {
    if (abandonedWith === null) fail(error?.message ?? String(error));
    status = HOST_ERROR_STATUS;
  } finally {
    await cleanUp();
    clearTimeout(timer);
  }
  return abandonedWith ?? status;
}

process.exit(await main());
