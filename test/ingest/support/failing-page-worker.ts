/**
 * A page worker that fails in the way PAGE_WORKER_FAILURE names, after taking pages from the
 * shared counter, so the main thread must notice that they never come:
 * - crash: takes every page, then throws (an 'error' and an 'exit' event);
 * - exit: takes half the pages left, then exits;
 * - refuse: takes pages and reports each as failed, as when pdf.js throws on them;
 * - silent: takes every page and never answers.
 */
import { parentPort } from 'node:worker_threads';
import type { JobMessage, WorkerMessage } from '../../../core/ingest/pdf/threads.ts';

const mode = process.env.PAGE_WORKER_FAILURE;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

parentPort?.on('message', ({ id, count, counter }: JobMessage) => {
  const taken = new Int32Array(counter);
  if (mode === 'crash' || mode === 'silent') {
    Atomics.store(taken, 0, count);
    if (mode === 'crash') throw new Error('page worker crashed');
    return;
  }
  if (mode === 'exit') {
    Atomics.add(taken, 0, Math.ceil((count - Atomics.load(taken, 0)) / 2));
    process.exit(3);
  }
  for (let n = Atomics.add(taken, 0, 1) + 1; n <= count; n = Atomics.add(taken, 0, 1) + 1)
    post({ id, failed: n });
  post({ id, done: true });
});
post({ ready: true });
