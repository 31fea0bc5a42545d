// The worker thread of place-files.ts: places each batch of files as it arrives; on "end",
// replies with every file placed, or with the first error (the main thread throws it). Each batch
// done frees its place in the main thread's bound on batches in flight.

import { parentPort, workerData } from 'node:worker_threads';
import { EXITED, IN_FLIGHT, Placer, type Batch, type Placed, type WorkerSetup } from './place-files.js';

const setup = workerData as WorkerSetup;
const placer = new Placer(setup);
const placed: Placed[] = [];
let failure: { message: string; code?: string } | null = null;

parentPort!.on('message', (message: Batch | 'end') => {
  if (message === 'end') {
    parentPort!.postMessage(failure === null ? { placed } : { error: failure });
    return;
  }
  try {
    if (failure === null) for (const file of placer.placeAll(message.paths, message.offsets, new Uint8Array(message.buffer))) placed.push(file);
  } catch (error) {
    const { message: text, code } = error as NodeJS.ErrnoException;
    failure = code === undefined ? { message: text } : { message: text, code };
  } finally {
    Atomics.sub(setup.flow, IN_FLIGHT, 1);
    Atomics.notify(setup.flow, IN_FLIGHT);
  }
});

process.on('exit', () => {
  Atomics.store(setup.flow, EXITED, 1);
  Atomics.notify(setup.flow, IN_FLIGHT);
});
