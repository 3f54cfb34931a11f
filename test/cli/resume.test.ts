/**
 * Nothing lost: `batch --out` replaces its file atomically, and `--resume` takes every file already
 * finished from the cache (keyed by content hash, rule pack, date and type) instead of rescoring it.
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BIN, cli, MD, SLOW } from './run.ts';

const FILES = readdirSync(MD)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .slice(0, 5);

let root: string;
let input: string;
let cacheDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sk-resume-'));
  input = join(root, 'län');
  cacheDir = join(root, '.samverkanskollen-cache');
  rmSync(input, { recursive: true, force: true });
  mkdirSync(input);
  for (const f of FILES) copyFileSync(join(MD, f), join(input, f));
});

const fromCache = (stderr: string) => {
  const m = /(\d+) från cache, (\d+) granskade/.exec(stderr);
  return m ? { cached: Number(m[1]), scored: Number(m[2]) } : undefined;
};

const batch = (...extra: string[]) =>
  cli(['batch', '--format', 'json', '--date', '2026-01-15', '--workers', '2', ...extra, input], {
    NO_COLOR: '1',
  });

describe('batch --resume', SLOW, () => {
  it('takes finished files from the cache and scores only the rest, with the same result', async () => {
    const out = join(root, 'län.json');
    const first = await batch('--resume', '--out', out);
    expect(fromCache(first.stderr)).toEqual({ cached: 0, scored: FILES.length });
    const entries = readdirSync(cacheDir);
    expect(entries).toHaveLength(FILES.length);
    const full = readFileSync(out, 'utf8');

    // As if the batch had been stopped with three files left.
    for (const e of entries.slice(0, 3)) rmSync(join(cacheDir, e));
    const again = await batch('--resume', '--out', out);
    expect(fromCache(again.stderr)).toEqual({ cached: FILES.length - 3, scored: 3 });
    expect(readFileSync(out, 'utf8')).toBe(full);

    // No temporary files left beside the output or in the cache.
    expect(readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('rescores a file whose content changed, and everything under another date or type', async () => {
    await batch('--resume', '--cache', cacheDir);
    writeFileSync(
      join(input, FILES[0] as string),
      `${readFileSync(join(input, FILES[0] as string), 'utf8')}\nNy rad.\n`,
    );
    expect(fromCache((await batch('--resume', '--cache', cacheDir)).stderr)).toEqual({
      cached: FILES.length - 1,
      scored: 1,
    });
    const otherDate = await cli(
      ['batch', '--format', 'json', '--date', '2027-01-15', '--resume', '--cache', cacheDir, input],
      { NO_COLOR: '1' },
    );
    expect(fromCache(otherDate.stderr)?.cached).toBe(0);
    const otherType = await batch('--resume', '--cache', cacheDir, '--type', 'medborgarlofte');
    expect(fromCache(otherType.stderr)?.cached).toBe(0);
  });

  it('resumes a batch killed midway without rescoring what it had finished', async () => {
    const out = join(root, 'län.json');
    writeFileSync(out, '{"tidigare": true}\n');
    const child = spawn(
      process.execPath,
      [
        BIN,
        'batch',
        '--format',
        'json',
        '--date',
        '2026-01-15',
        '--workers',
        '1',
        '--resume',
        '--out',
        out,
        input,
      ],
      { env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' },
    );
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill it as soon as the first file is in the cache.
    const started = Date.now();
    while (!(existsSync(cacheDir) && readdirSync(cacheDir).some((f) => f.endsWith('.json')))) {
      if (Date.now() - started > 120_000) throw new Error('no cache entry appeared');
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited;
    const finished = readdirSync(cacheDir).filter((f) => f.endsWith('.json')).length;
    expect(finished).toBeGreaterThanOrEqual(1);
    // The old output is whole: it was never half-written.
    const before = readFileSync(out, 'utf8');
    expect(() => JSON.parse(before)).not.toThrow();

    const resumed = await batch('--resume', '--out', out);
    expect(resumed.stderr).toMatch(/från cache/);
    const counts = fromCache(resumed.stderr);
    expect(counts?.cached).toBe(finished);
    expect((counts?.cached ?? 0) + (counts?.scored ?? 0)).toBe(FILES.length);
    const reports = JSON.parse(readFileSync(out, 'utf8')).reports as { file: string }[];
    const fresh = JSON.parse((await batch()).stdout);
    expect(reports).toEqual(fresh.reports);
  });

  it('without --resume or --cache writes no cache', async () => {
    const run = await batch();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fromCache(run.stderr)).toBeUndefined();
    expect(existsSync(cacheDir)).toBe(false);
  });
});
