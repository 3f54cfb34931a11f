/**
 * Entry of the command line. Turns on Node's on-disk compile cache before the commands (and with them
 * pdf.js, mammoth and the rules) are loaded: it halves start-up CPU on later runs.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
// Large tagged PDFs are read on two threads (after the cache is on: it loads pdf.js).
(await import('../ingest/pdf/threads.ts')).usePageThreads();
await import('./program.ts');
