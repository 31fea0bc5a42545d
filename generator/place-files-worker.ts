// The worker thread of place-files.ts: places each batch of files as it arrives; on "end",
// replies with every file placed, or with the first error (the main thread throws it).

import { parentPort, workerData } from 'node:worker_threads';
import { Placer, type Batch, type Placed, type PlacerSetup } from './place-files.js';

const placer = new Placer(workerData as PlacerSetup);
const placed: Placed[] = [];
let failure: { message: string; code?: string } | null = null;

parentPort!.on('message', (message: Batch | 'end') => {
  if (message === 'end') {
    parentPort!.postMessage(failure === null ? { placed } : { error: failure });
    return;
  }
  if (failure !== null) return;
  try {
    for (const file of placer.placeAll(message.paths, message.offsets, new Uint8Array(message.buffer))) placed.push(file);
  } catch (error) {
    const { message: text, code } = error as NodeJS.ErrnoException;
    failure = code === undefined ? { message: text } : { message: text, code };
  }
});
