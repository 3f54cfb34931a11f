/**
 * Batch-level guarantees: the same folder gives byte-identical reports whatever the worker count,
 * and hostile files (a zip bomb, a 3 000-page PDF, deep nesting, a file slow enough to hang) each
 * get their own error while every other file is still scored.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, DOCX, MD, PDF, SLOW } from '../cli/run.ts';
import { manyPagePdf } from './support/pdf.ts';
import { deflatedZeros, docx } from './support/zip.ts';

const GOOD = ['ekby-so-2024-2027.md', 'solvik-ml-2024.md', 'hagalund-so-2025-2028.md'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sk-robust-'));
  for (const f of GOOD) copyFileSync(join(MD, f), join(dir, f));
  copyFileSync(join(PDF, 'ekby-so-2024-2027.pdf'), join(dir, 'ekby-pdf-so-2024-2027.pdf'));
  copyFileSync(join(DOCX, 'ekby-so-2024-2027.docx'), join(dir, 'ekby-docx-so-2024-2027.docx'));
});

interface Batch {
  reports: { file: string }[];
  errors: { file: string; code: string }[];
}

const sorted = (b: Batch) => ({
  reports: [...b.reports].sort((x, y) => x.file.localeCompare(y.file)),
  errors: [...b.errors].sort((x, y) => x.file.localeCompare(y.file)),
});

describe('batch under hostile input', SLOW, () => {
  it('gives byte-identical JSON with 1 and 2 workers', async () => {
    const [one, two] = await Promise.all(
      ['1', '2'].map((w) => cli(['batch', '--format', 'json', '--date', '2026-01-15', '--workers', w, dir])),
    );
    expect(one?.code).toBe(0);
    const a = sorted(JSON.parse(one?.stdout ?? ''));
    expect(a.reports).toHaveLength(GOOD.length + 2);
    // Each report's bytes, not only its structure: key order and number formatting included.
    expect(JSON.stringify(sorted(JSON.parse(two?.stdout ?? '')))).toBe(JSON.stringify(a));
    expect(one?.stdout).toBe(two?.stdout);
  });

  it('refuses each hostile file with its own error and scores the rest', async () => {
    const hostile = mkdtempSync(join(tmpdir(), 'sk-hostile-'));
    for (const f of GOOD) copyFileSync(join(MD, f), join(hostile, f));
    writeFileSync(
      join(hostile, 'bomb.docx'),
      docx({ name: 'word/document.xml', deflated: deflatedZeros(1024), declaredSize: 1000 }),
    );
    writeFileSync(join(hostile, 'tjock.pdf'), manyPagePdf(3000));
    writeFileSync(join(hostile, 'djup.md'), `${'- '.repeat(10_000)}x\n`);
    // A table 30 000 columns wide: parsing it takes far longer than the 10 s limit.
    const cols = 30_000;
    writeFileSync(
      join(hostile, 'seg.md'),
      `|${'a|'.repeat(cols)}\n|${'-|'.repeat(cols)}\n${`|${'b|'.repeat(cols)}\n`.repeat(20)}`,
    );
    const run = await cli(['batch', '--format', 'json', '--workers', '2', '--timeout', '10', hostile]);
    const batch: Batch = JSON.parse(run.stdout);
    expect(batch.reports.map((r) => r.file).sort()).toEqual([...GOOD].sort());
    const codes = Object.fromEntries(batch.errors.map((e) => [e.file, e.code]));
    expect(codes['bomb.docx']).toBe('too-large');
    expect(codes['tjock.pdf']).toBe('too-large');
    expect(codes['djup.md']).toBe('too-large');
    expect(codes['seg.md']).toBe('timeout');
  });
});
