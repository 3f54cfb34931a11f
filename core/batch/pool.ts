/**
 * Scores many files in parallel on worker threads. Every task is accounted for: a file that fails gets
 * its Swedish error, a worker that crashes or exceeds the per-file time limit is terminated and
 * replaced, and the batch goes on. Results come back in task order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckOptions, Report } from '../check.ts';
import type { FileError } from './types.ts';

export interface Task {
  /** Paths to read, more than one for a bundle. */
  paths: string[];
  /** Names to show for them (relative paths); default the paths. */
  names?: string[];
}

export interface TaskMessage {
  id: number;
  paths: string[];
  names: string[];
  options: CheckOptions;
}

export interface TaskReply {
  id: number;
  report?: Report;
  errors: FileError[];
}

export interface TaskResult {
  task: Task;
  report?: Report;
  errors: FileError[];
}

export interface PoolOptions {
  workers?: number;
  /** Per-task time limit in milliseconds (default 60 s). */
  timeoutMs?: number;
  check?: CheckOptions;
  /** Called with each task's result as soon as it is finished (to save it before the batch ends). */
  onResult?: (index: number, result: Omit<TaskResult, 'task'>) => void;
  /** Called when a task starts and when it ends. */
  onProgress?: (event: { done: number; total: number; current: string }) => void;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

export function defaultWorkers(): number {
  return availableParallelism();
}

const WORKER_URL = new URL('./worker.ts', import.meta.url);

export function timeoutMessage(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  return `Granskningen avbröts efter ${String(s).replace('.', ',')} s: filen tog för lång tid att läsa. Kontrollera att den inte är skadad, eller höj gränsen med --timeout.`;
}

export async function runPool(tasks: readonly Task[], options: PoolOptions = {}): Promise<TaskResult[]> {
  const total = tasks.length;
  const results: TaskResult[] = new Array(total);
  if (total === 0) return results;
  const size = Math.max(1, Math.min(options.workers ?? defaultWorkers(), total));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const checkOptions = options.check ?? {};
  let next = 0;
  let done = 0;
  let startFailures = 0;
  const nameOf = (t: Task) => (t.names ?? t.paths).join(' + ');
  // Files being read now, latest first: what a progress bar calls the current file.
  const running: number[] = [];
  const currentName = (fallback: Task) => {
    const id = running.at(-1);
    return nameOf(id === undefined ? fallback : (tasks[id] as Task));
  };

  return new Promise((resolve) => {
    const finish = (id: number, result: Omit<TaskResult, 'task'>) => {
      const task = tasks[id] as Task;
      results[id] = { task, ...result };
      options.onResult?.(id, result);
      done++;
      const at = running.indexOf(id);
      if (at !== -1) running.splice(at, 1);
      options.onProgress?.({ done, total, current: currentName(task) });
      if (done === total) resolve(results);
    };

    const start = () => {
      // A memory cap turns a runaway file into that file's error instead of taking the batch down.
      const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: 1536 } });
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let retired = false;
      let ready = false;

      const replace = (error: FileError) => {
        if (retired) return;
        retired = true;
        if (timer) clearTimeout(timer);
        const id = current;
        current = undefined;
        void worker.terminate();
        if (id !== undefined) finish(id, { errors: [error] });
        // A worker that cannot even start will not start next time either: fail the rest, don't loop.
        if (!ready && ++startFailures >= 3) {
          while (next < total) {
            const rest = next++;
            finish(rest, { errors: [{ ...error, file: nameOf(tasks[rest] as Task) }] });
          }
        }
        if (next < total) start();
      };

      const dispatch = () => {
        if (next >= total) {
          void worker.terminate();
          return;
        }
        const id = next++;
        current = id;
        const task = tasks[id] as Task;
        running.push(id);
        options.onProgress?.({ done, total, current: nameOf(task) });
        timer = setTimeout(
          () => replace({ file: nameOf(task), error: timeoutMessage(timeoutMs), code: 'timeout' }),
          timeoutMs,
        );
        const message: TaskMessage = {
          id,
          paths: task.paths,
          names: task.names ?? task.paths,
          options: checkOptions,
        };
        worker.postMessage(message);
      };

      worker.on('message', (reply: TaskReply | { ready: true }) => {
        if ('ready' in reply) {
          ready = true;
          dispatch();
          return;
        }
        if (reply.id !== current) return;
        if (timer) clearTimeout(timer);
        current = undefined;
        const result: Omit<TaskResult, 'task'> = { errors: reply.errors };
        if (reply.report) result.report = reply.report;
        finish(reply.id, result);
        dispatch();
      });
      worker.on('error', (error) => {
        const task = current === undefined ? undefined : tasks[current];
        replace({
          file: task ? nameOf(task) : '',
          error: `Filen kunde inte granskas: granskningen kraschade (${error.message}).`,
          code: 'internal',
        });
      });
      worker.on('exit', (code) => {
        if (!retired && current !== undefined) {
          const task = tasks[current] as Task;
          replace({
            file: nameOf(task),
            error: `Filen kunde inte granskas: arbetstråden avslutades (kod ${code}).`,
            code: 'internal',
          });
        }
      });
    };

    for (let i = 0; i < size; i++) start();
  });
}
