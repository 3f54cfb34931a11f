import { describe, expect, it } from 'vitest';
import { compareReports } from '../../core/batch/compare.ts';
import { inventory } from '../../core/batch/inventory.ts';
import { renderText, renderTextBatch, renderTextCompare } from '../../core/render/text.ts';
import { IDS, sampleReport } from './sample.ts';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`);

describe('text renderers', () => {
  it('prints score, areas, the 17 points, the first quote and the advice', () => {
    const out = renderText(sampleReport());
    expect(out).toContain('Resultat:');
    for (const id of IDS) expect(out).toMatch(new RegExp(`^[●◐○–] ${id} `, 'm'));
    expect(out).toContain('”Citat för K02.” (s. 2, Avsnitt K02)');
    expect(out).toContain('Råd: Råd för K01.');
    expect(out).not.toMatch(ANSI);
  });

  it('colours only when asked', () => {
    expect(renderText(sampleReport(), { color: true })).toMatch(ANSI);
    expect(renderText(sampleReport(), { color: false })).not.toMatch(ANSI);
  });

  it('prints a county table with the inventory, and a comparison per point', () => {
    const reports = [sampleReport(), sampleReport({ file: 'solvik-so-2023-2026.pdf', aktuell: 'nej' })];
    const errors = [{ file: 'tom.pdf', error: 'Filen är tom.', code: 'empty' }];
    const batch = renderTextBatch({ reports, errors, inventory: inventory(reports, errors) });
    expect(batch).toContain('ekby-so-2024-2027.pdf');
    expect(batch).toContain('Fel: Filen är tom.');
    expect(batch).toContain('1 av 3 har en aktuell samverkansöverenskommelse.');
    const cmp = renderTextCompare(
      compareReports(sampleReport({ levels: IDS.map(() => 0) }), sampleReport({ levels: IDS.map(() => 2) })),
    );
    expect(cmp).toContain('↑ K01 Punkt K01: 0 → 2 (rådet följt)');
    expect(cmp).toContain('+ ”Citat för K01.”');
  });
});
