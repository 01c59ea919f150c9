// The thread a program runs on under `run.mjs`: a worker, because only a worker's stack
// size can be chosen, and programs that recurse deeply natively (8 MiB main-thread stack)
// must run here too.
//
// Posts the exit status when the program ends. In batch mode it writes each test's result
// as a JSON line to stdout itself (synchronously, so a later failure loses none of them) and
// posts 0 once every test has run.

import { parentPort, workerData } from 'node:worker_threads';

import { runEachInFile, runFile, writeToFd } from './index.mjs';

const { wasm, args, invoke, batch } = workerData;
if (batch === null) {
  parentPort.postMessage(await runFile(wasm, args, { invoke }));
} else {
  await runEachInFile(wasm, batch, (result) => writeToFd(1, Buffer.from(`${JSON.stringify(result)}\n`)));
  parentPort.postMessage(0);
}
