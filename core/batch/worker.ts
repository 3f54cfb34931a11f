/** A batch worker thread. Loads the scoring code behind Node's compile cache, then says it is ready. */
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';

enableCompileCache();
await import('./task.ts');
// Start-up does not count against a file's time limit: the pool dispatches on this message.
parentPort?.postMessage({ ready: true });
