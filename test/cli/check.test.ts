import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/samverkanskollen.js');
const MD = join(import.meta.dirname, '../../fixtures/corpus/md');

async function cli(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('samverkanskollen check', () => {
  it('prints the JSON contract for one file', async () => {
    const { stdout, code } = await cli(
      'check',
      '--format',
      'json',
      '--date',
      '2026-11-22',
      join(MD, 'ekby-ml-2025-2026.md'),
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.file).toBe('ekby-ml-2025-2026.md');
    expect(report.type).toBe('medborgarlofte');
    expect(report.referenceDate).toBe('2026-11-22');
    expect(report.rulePack.id).toBe('skane-2019');
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual(
      Array.from({ length: 17 }, (_, i) => `K${String(i + 1).padStart(2, '0')}`),
    );
    // A medborgarlöfte is not scored on resources and mandate.
    expect(report.checks[11]).toMatchObject({ id: 'K12', level: null, status: 'ej-tillampig' });
    expect(report.score.max).toBe(32);
  });

  it('scores several files as one bundle', async () => {
    const files = ['hagalund-so-2025-2028.md', 'hagalund-bilaga1-lagesbild-2025.md'].map((f) => join(MD, f));
    const { stdout, code } = await cli('check', '--format', 'json', '--bundle', ...files);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.files).toEqual(['hagalund-so-2025-2028.md', 'hagalund-bilaga1-lagesbild-2025.md']);
    expect(report.type).toBe('samverkansoverenskommelse');
  });

  it('lets the user override the document type', async () => {
    const { stdout } = await cli(
      'check',
      '--format',
      'json',
      '--type',
      'aktivitetsplan',
      join(MD, 'ekby-so-2024-2027.md'),
    );
    expect(JSON.parse(stdout)).toMatchObject({
      type: 'aktivitetsplan',
      detectedType: 'samverkansoverenskommelse',
    });
  });

  it('says when a document is not a collaboration document', async () => {
    const { stdout } = await cli('check', join(MD, 'bergsjo-trygghetsrapport-2024.md'));
    expect(stdout).toContain('Inte ett samverkansdokument');
    expect(stdout).not.toContain('Resultat:');
  });

  it('exits 1 when a document scores below --min-score', async () => {
    const { code } = await cli('check', '--min-score', '100', join(MD, 'hagalund-so-2019-2021.md'));
    expect(code).toBe(1);
  });

  it('exits 2 with a Swedish error for a missing file, and still reports the others', async () => {
    const missing = await cli('check', 'finns-inte.pdf');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Filen finns inte');
    const mixed = await cli('check', '--format', 'json', 'finns-inte.pdf', join(MD, 'solvik-ml-2024.md'));
    expect(mixed.code).toBe(0);
    const items = JSON.parse(mixed.stdout);
    expect(items).toHaveLength(2);
    expect(items.find((i: { error?: string }) => i.error)?.file).toBe('finns-inte.pdf');
  });

  it('rejects a malformed date as a usage error', async () => {
    const { code, stderr } = await cli('check', '--date', '22/11/2026', join(MD, 'solvik-ml-2024.md'));
    expect(code).toBe(2);
    expect(stderr).toContain('ÅÅÅÅ-MM-DD');
  });

  it('writes the report to --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sk-')), 'r.json');
    await cli('check', '--format', 'json', '--out', out, join(MD, 'solvik-ml-2024.md'));
    expect(JSON.parse(readFileSync(out, 'utf8')).file).toBe('solvik-ml-2024.md');
  });

  it('gives an empty file its own error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-'));
    writeFileSync(join(dir, 'tom.md'), '');
    const { code, stderr } = await cli('check', join(dir, 'tom.md'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/tom/i);
  });
});
