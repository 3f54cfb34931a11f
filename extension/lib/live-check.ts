import { type Checked, checkText, type Settings } from './engine.ts';

type Reply = { id: number; checked?: Checked; error?: string };

/**
 * Re-checks a draft in a worker, latest text wins: while one check runs, only the newest request
 * waits, so a fast typist never queues up stale work. Falls back to the main thread without workers.
 */
export class LiveChecker {
  #worker: Worker | undefined;
  #seq = 0;
  #busy = false;
  #next: { text: string; name: string; settings: Settings } | undefined;
  #onResult: (c: Checked) => void;
  #onError: (message: string) => void;

  constructor(onResult: (c: Checked) => void, onError: (message: string) => void) {
    this.#onResult = onResult;
    this.#onError = onError;
    try {
      this.#worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
      this.#worker.onmessage = (e: MessageEvent<Reply>) => this.#reply(e.data);
      this.#worker.onerror = () => {
        this.#worker = undefined;
        this.#busy = false;
      };
    } catch {
      this.#worker = undefined;
    }
  }

  check(text: string, name: string, settings: Settings): void {
    this.#next = { text, name, settings };
    if (!this.#busy) this.#send();
  }

  #send(): void {
    const job = this.#next;
    this.#next = undefined;
    if (!job) return;
    if (!this.#worker) {
      try {
        this.#onResult(checkText(job.text, job.name, job.settings));
      } catch (e) {
        this.#onError(e instanceof Error ? e.message : String(e));
      }
      return;
    }
    this.#busy = true;
    this.#worker.postMessage({ id: ++this.#seq, ...job });
  }

  #reply(data: Reply): void {
    this.#busy = false;
    // A newer text is waiting: show nothing stale, check that instead.
    if (this.#next) this.#send();
    else if (data.checked) this.#onResult(data.checked);
    else this.#onError(data.error ?? 'Granskningen misslyckades.');
  }

  dispose(): void {
    this.#worker?.terminate();
  }
}
