/**
 * Reads a tagged PDF's pages on two threads (Node only; the extension never imports this). One worker,
 * started with the first job and kept for the process, opens its own copy of the file and takes
 * pages from a counter it shares with the calling thread. It keeps the process alive only while a
 * job is pending, and a worker that fails or dies only leaves its pages to the calling thread.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, Worker } from 'node:worker_threads';
import { type PageHelper, type PageJob, type RawPage, usePageHelper } from './load.ts';

/**
 * Fewest pages worth sharing. Measured warm on the 2-core machine (calling thread's CPU, tagged
 * fixtures): 4–8 pages save 8–27 ms but cost as much CPU again in the worker (its own parse, fonts
 * and tree); 11 pages save 62 ms, 20 pages 120 ms.
 */
export const MIN_PAGES = 10;

const WORKER_URL = new URL('./page-worker.ts', import.meta.url);

/** Main thread to worker: one document to share. `counter` holds the last page number taken. */
export interface JobMessage {
  id: number;
  bytes: Uint8Array;
  count: number;
  counter: SharedArrayBuffer;
}

/** Worker to main thread. */
export type WorkerMessage =
  | { ready: true }
  | { id: number; page: RawPage }
  | { id: number; failed: number }
  | { id: number; done: true };

export interface PageThreadsOptions {
  minPages?: number;
  /**
   * Documents read alone before the worker is started (default 1). Loading pdf.js and a first
   * cold parse cost a worker about 0.8 s of CPU against 0.1 s it saves a process's first call, so a
   * process reading one PDF (the usual `check`) never starts it.
   */
  spawnAfter?: number;
  /** How long a worker may go without a word while pages are awaited before it counts as hung. */
  stallMs?: number;
  /** The worker's entry (tests give one that fails). */
  workerUrl?: URL;
}

/**
 * Lets loadPages share pages with a worker, on the main thread of a machine with more than one core.
 * Returns the helper it registered, if any.
 */
export function usePageThreads(): PageHelper | undefined {
  // In a batch worker the other cores are busy with other files already.
  if (!isMainThread || availableParallelism() < 2) return undefined;
  const helper = pageThreads();
  usePageHelper(helper);
  return helper;
}

/** A page helper backed by one worker thread. */
export function pageThreads(
  options: PageThreadsOptions = {},
): PageHelper & { warm(): Promise<void>; stop(): Promise<void> } {
  const url = options.workerUrl ?? WORKER_URL;
  const spawnAfter = options.spawnAfter ?? 1;
  let documents = 0;
  let onReady: (() => void)[] = [];
  const stallMs = options.stallMs ?? 10_000;
  const jobs = new Map<number, Job>();
  let worker: Worker | undefined;
  let ready = false;
  // A worker that dies before it has loaded will not do better next time.
  let broken = false;
  let lastId = 0;

  const spawn = (): Worker | undefined => {
    if (worker || broken) return worker;
    // A worker inherits the process's options; --input-type (of `node -e`) stops it loading a file.
    const w = new Worker(url, { execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')) });
    const settle = () => {
      for (const resolve of onReady) resolve();
      onReady = [];
    };
    w.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        ready = true;
        settle();
      } else jobs.get(message.id)?.receive(message);
    });
    const gone = () => {
      if (worker !== w) return;
      worker = undefined;
      if (!ready) broken = true;
      ready = false;
      settle();
      for (const job of jobs.values()) job.lose();
    };
    w.on('error', gone);
    w.on('exit', gone);
    w.unref();
    worker = w;
    return w;
  };

  return {
    minPages: options.minPages ?? MIN_PAGES,
    start(bytes, count, claimed) {
      // Only a worker that has loaded pdf.js shares: one still loading would slow this thread.
      if (documents++ < spawnAfter) return undefined;
      const w = spawn();
      if (!w || !ready) return undefined;
      const id = ++lastId;
      const counter = new SharedArrayBuffer(4);
      const taken = new Int32Array(counter);
      taken[0] = claimed;
      const job = new Job(taken, count, stallMs, {
        closed: () => {
          jobs.delete(id);
          if (jobs.size === 0) worker?.unref();
        },
        // Hung on a page: a fresh worker serves the next document.
        stalled: () => void w.terminate(),
      });
      jobs.set(id, job);
      w.ref();
      const copy = bytes.slice();
      w.postMessage({ id, bytes: copy, count, counter } satisfies JobMessage, [copy.buffer]);
      return job;
    },
    /** Starts the worker now; resolves when it has loaded pdf.js (or failed to). */
    warm() {
      return new Promise<void>((resolve) => {
        const w = spawn();
        if (!w || ready) return resolve();
        // Awaited, the load keeps the process alive.
        w.ref();
        onReady.push(() => {
          if (jobs.size === 0) w.unref();
          resolve();
        });
      });
    },
    async stop() {
      const w = worker;
      worker = undefined;
      for (const job of jobs.values()) job.lose();
      await w?.terminate();
    },
  };
}

/** The calling thread's side of one shared document. */
class Job implements PageJob {
  readonly #taken: Int32Array;
  readonly #count: number;
  readonly #stallMs: number;
  readonly #on: { closed: () => void; stalled: () => void };
  readonly #pages = new Map<number, RawPage>();
  readonly #lost = new Set<number>();
  #finished = false;
  #closed = false;
  #waiting: { numbers: number[]; resolve: (pages: Map<number, RawPage>) => void } | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    taken: Int32Array,
    count: number,
    stallMs: number,
    on: { closed: () => void; stalled: () => void },
  ) {
    this.#taken = taken;
    this.#count = count;
    this.#stallMs = stallMs;
    this.#on = on;
  }

  claim(): number | undefined {
    const n = Atomics.add(this.#taken, 0, 1) + 1;
    return n <= this.#count ? n : undefined;
  }

  collect(numbers: number[]): Promise<Map<number, RawPage>> {
    return new Promise((resolve) => {
      this.#waiting = { numbers, resolve };
      this.#timer = setTimeout(() => {
        this.lose();
        this.#on.stalled();
      }, this.#stallMs);
      this.#check();
    });
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    Atomics.store(this.#taken, 0, this.#count);
    this.lose();
    this.#on.closed();
  }

  receive(message: Exclude<WorkerMessage, { ready: true }>): void {
    if ('page' in message) this.#pages.set(message.page.number, message.page);
    else if ('failed' in message) this.#lost.add(message.failed);
    else this.#finished = true;
    this.#timer?.refresh();
    this.#check();
  }

  /** The worker is gone: whatever it has not delivered will not come. */
  lose(): void {
    this.#finished = true;
    this.#check();
  }

  #check(): void {
    const waiting = this.#waiting;
    if (!waiting) return;
    if (!this.#finished && !waiting.numbers.every((n) => this.#pages.has(n) || this.#lost.has(n))) return;
    this.#waiting = undefined;
    clearTimeout(this.#timer);
    waiting.resolve(this.#pages);
  }
}
