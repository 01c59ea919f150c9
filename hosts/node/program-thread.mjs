// The thread a program runs on under `run.mjs`: a worker, because only a worker's stack
// size can be chosen, and programs that recurse deeply natively (8 MiB main-thread stack)
// must run here too.

import { parentPort, workerData } from 'node:worker_threads';

import { runFile } from './index.mjs';

parentPort.postMessage(await runFile(workerData.path, workerData.args));
