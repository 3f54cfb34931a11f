/**
 * The page worker of threads.ts: reads pages of the documents it is sent, taking each next page from
 * the counter it shares with the main thread, and posts each page as soon as it is read.
 */
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { JobMessage, WorkerMessage } from './threads.ts';

enableCompileCache();
const { openPdf, readPage } = await import('./load.ts');
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

let queue = Promise.resolve();
parentPort?.on('message', (job: JobMessage) => {
  queue = queue.then(() => run(job)).catch(() => {});
});
post({ ready: true });

async function run({ id, bytes, count, counter }: JobMessage): Promise<void> {
  const taken = new Int32Array(counter);
  // The main thread may have read every page while this job waited.
  if (Atomics.load(taken, 0) >= count) return post({ id, done: true });
  const task = openPdf(bytes);
  try {
    const doc = await task.promise;
    for (let n = Atomics.add(taken, 0, 1) + 1; n <= count; n = Atomics.add(taken, 0, 1) + 1) {
      try {
        post({ id, page: await readPage(await doc.getPage(n)) });
      } catch {
        // The main thread reads it again and reports the error.
        post({ id, failed: n });
        break;
      }
    }
  } catch {
    // Nothing taken: the main thread opened the same file and reads every page itself.
  } finally {
    await task.destroy().catch(() => {});
    post({ id, done: true });
  }
}
