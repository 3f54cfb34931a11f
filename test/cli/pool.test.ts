import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPool } from '../../core/batch/pool.ts';
import { MD, SLOW } from './run.ts';

const files = ['ekby-so-2024-2027.md', 'solvik-ml-2024.md', 'lindas-ml-2025.md'];
const tasks = files.map((f) => ({ paths: [join(MD, f)], names: [f] }));

describe('worker pool', SLOW, () => {
  it('scores every task on worker threads and reports progress', async () => {
    const seen: number[] = [];
    const results = await runPool(tasks, {
      workers: 2,
      check: { referenceDate: '2026-01-15' },
      onProgress: (p) => seen.push(p.done),
    });
    expect(results.map((r) => r.report?.file)).toEqual(files);
    expect(results.every((r) => r.errors.length === 0)).toBe(true);
    expect(Math.max(...seen)).toBe(files.length);
  });

  it('terminates and replaces a worker whose file exceeds the time limit, with a Swedish error', async () => {
    const results = await runPool(tasks, { workers: 1, timeoutMs: 1 });
    expect(results).toHaveLength(files.length);
    for (const r of results) {
      expect(r.report).toBeUndefined();
      expect(r.errors[0]?.code).toBe('timeout');
      expect(r.errors[0]?.error).toContain('Granskningen avbröts efter');
    }
  });
});
