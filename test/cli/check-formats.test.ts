import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, MD, SLOW } from './run.ts';

const ESC = String.fromCharCode(27);
const SO = join(MD, 'ekby-so-2024-2027.md');
const ML = join(MD, 'ekby-ml-2025-2026.md');

describe('check: formats and colour', SLOW, () => {
  it('writes Markdown, HTML and CSV', async () => {
    const [md, html, csv] = await Promise.all(
      ['markdown', 'html', 'csv'].map((f) => cli(['check', '--format', f, '--date', '2026-01-15', SO, ML])),
    );
    expect(md?.code).toBe(0);
    expect(md?.stdout).toContain('## ekby-so-2024-2027.md');
    expect(md?.stdout).toContain('## ekby-ml-2025-2026.md');
    expect(html?.stdout).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(html?.stdout).toContain('ekby-ml-2025-2026.md');
    const rows = csv?.stdout.trimEnd().split('\r\n') ?? [];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^fil,typ,aktuell,K01,/);
    expect(rows[1]).toMatch(/^ekby-so-2024-2027\.md,samverkansoverenskommelse,ja,/);
  });

  it('colours text only for a terminal or FORCE_COLOR, never with --no-color or NO_COLOR', async () => {
    const [plain, forced, noColorFlag, noColorEnv] = await Promise.all([
      cli(['check', SO], {}),
      cli(['check', SO], { FORCE_COLOR: '1' }),
      cli(['check', '--no-color', SO], { FORCE_COLOR: '1' }),
      cli(['check', SO], { FORCE_COLOR: '1', NO_COLOR: '1' }),
    ]);
    expect(plain.stdout).not.toContain(ESC); // a pipe is not a terminal
    expect(forced.stdout).toContain(`${ESC}[`);
    expect(noColorFlag.stdout).not.toContain(ESC);
    expect(noColorEnv.stdout).not.toContain(ESC);
    expect(plain.stdout).toContain('Resultat:');
  });

  it('writes any format to --out and nothing to stdout', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sk-')), 'rapport.html');
    const run = await cli(['check', '--format', 'html', '--out', out, SO], { FORCE_COLOR: '1' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('<html lang="sv">');
  });

  it('rejects an unknown format, an unknown option and a bad --min-score as usage errors', async () => {
    const [format, option, min] = await Promise.all([
      cli(['check', '--format', 'pdf', SO]),
      cli(['check', '--inget-sadant', SO]),
      cli(['check', '--min-score', 'hundra', SO]),
    ]);
    expect(format.code).toBe(2);
    expect(option.code).toBe(2);
    expect(min.code).toBe(2);
    expect(min.stderr).toContain('Ange ett tal mellan 0 och 100');
  });

  it('exits 0 at or above --min-score', async () => {
    const run = await cli(['check', '--min-score', '0', SO]);
    expect(run.code).toBe(0);
  });
});
