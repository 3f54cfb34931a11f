import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, MD, SLOW } from './run.ts';

const OLD = join(MD, 'hagalund-so-2019-2021.md');
const NEW = join(MD, 'hagalund-so-2025-2028.md');

describe('compare', SLOW, () => {
  it('gives per point the old and new level, evidence in and out, advice followed and the total change', async () => {
    const run = await cli(['compare', '--format', 'json', '--date', '2026-01-15', OLD, NEW]);
    expect(run.code).toBe(0);
    const cmp = JSON.parse(run.stdout);
    expect(cmp.points).toHaveLength(17);
    for (const p of cmp.points) {
      expect(p.old.level === null || [0, 1, 2].includes(p.old.level)).toBe(true);
      expect(['bättre', 'sämre', 'oförändrad']).toContain(p.direction);
      expect(['följt', 'delvis-följt', 'ej-följt', 'inget-råd']).toContain(p.advice);
      expect(Array.isArray(p.appeared) && Array.isArray(p.disappeared)).toBe(true);
    }
    expect(cmp.total.change).toBeCloseTo(cmp.new.score.percent - cmp.old.score.percent, 1);
    expect(cmp.old.file).toBe('hagalund-so-2019-2021.md');
    expect(cmp.new.file).toBe('hagalund-so-2025-2028.md');
  });

  it('prints text, Markdown and HTML, and accepts a saved JSON report as the old version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-'));
    const saved = await cli(['check', '--format', 'json', '--date', '2026-01-15', OLD]);
    writeFileSync(join(dir, 'fjol.json'), saved.stdout);
    const [text, md, html, fromJson] = await Promise.all([
      cli(['compare', OLD, NEW]),
      cli(['compare', '--format', 'markdown', OLD, NEW]),
      cli(['compare', '--format', 'html', OLD, NEW]),
      cli(['compare', '--format', 'json', '--date', '2026-01-15', join(dir, 'fjol.json'), NEW]),
    ]);
    expect(text.stdout).toMatch(/^Jämförelse: hagalund-so-2019-2021\.md → hagalund-so-2025-2028\.md/);
    expect(text.stdout).toMatch(/^[↑↓=] K01 /m);
    expect(md.stdout).toContain('| Punkt | Förut | Nu |');
    expect(html.stdout).toContain('<div class="sides">');
    expect(JSON.parse(fromJson.stdout).old.file).toBe('hagalund-so-2019-2021.md');
  });

  it('exits 2 when a version cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-'));
    writeFileSync(join(dir, 'fel.json'), '{"inte": "en rapport"}');
    const [missing, badJson, oneArg] = await Promise.all([
      cli(['compare', join(dir, 'finns-inte.pdf'), NEW]),
      cli(['compare', join(dir, 'fel.json'), NEW]),
      cli(['compare', NEW]),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Filen finns inte');
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toContain('inte en rapport');
    expect(oneArg.code).toBe(2);
  });
});
