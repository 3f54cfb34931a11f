/**
 * Finished batch results on disk, so an interrupted batch resumes without rescoring what it had
 * done. An entry is keyed by everything that decides a result: each file's name and sha256, the
 * rule pack's id and version, a fingerprint of the scoring code (the version is not bumped for
 * every rule tweak), the reference date and the type override. Entries are written atomically.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { CheckOptions } from '../check.ts';
import type { RulePack } from '../engine/rule.ts';
import type { Task, TaskResult } from './pool.ts';

export const CACHE_FOLDER = '.samverkanskollen-cache';

/** Next to --out when there is one, else in the working folder. */
export function defaultCacheDir(out?: string): string {
  return resolve(out ? dirname(out) : '.', CACHE_FOLDER);
}

type Cached = Omit<TaskResult, 'task'>;

const CODE_ROOT = resolve(import.meta.dirname, '../..');

/** sha256 over the source of the scoring code, read once. */
let fingerprint: string | undefined;
function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts')) {
        // A file being saved by an editor may vanish between listing and reading.
        const content = (() => {
          try {
            return readFileSync(path);
          } catch {
            return '';
          }
        })();
        hash.update(path.slice(CODE_ROOT.length)).update(content);
      }
    }
  };
  for (const dir of ['core', 'rules']) walk(join(CODE_ROOT, dir));
  fingerprint = hash.digest('hex');
  return fingerprint;
}

export class ResultCache {
  readonly dir: string;
  private readonly base: string;
  hits = 0;

  constructor(dir: string, pack: Pick<RulePack, 'id' | 'version'>, options: CheckOptions, today: string) {
    this.dir = dir;
    this.base = JSON.stringify([
      pack.id,
      pack.version,
      codeFingerprint(),
      options.referenceDate ?? today,
      options.type ?? null,
    ]);
    mkdirSync(dir, { recursive: true });
  }

  async key(task: Task): Promise<string> {
    const hash = createHash('sha256').update(this.base);
    const names = task.names ?? task.paths;
    for (const [i, path] of task.paths.entries()) {
      const content = await readFile(path).then(
        (b) => createHash('sha256').update(b).digest('hex'),
        () => 'unreadable',
      );
      hash.update(`\0${names[i]}\0${content}`);
    }
    return hash.digest('hex');
  }

  get(key: string): Cached | undefined {
    try {
      const cached = JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as Cached;
      this.hits++;
      return cached;
    } catch {
      return undefined;
    }
  }

  /** Only results that would come out the same again: not a timeout, a crash or an unreadable path. */
  set(key: string, result: Cached): void {
    if (result.errors.some((e) => ['timeout', 'internal', 'not-found', 'no-access'].includes(e.code))) return;
    writeAtomic(join(this.dir, `${key}.json`), JSON.stringify(result));
  }
}

/** Write to a temporary file in the same folder, then rename: a reader sees all of it or none. */
export function writeAtomic(path: string, data: string): void {
  const tmp = join(dirname(path), `.${Math.random().toString(36).slice(2)}.${process.pid}.tmp`);
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
