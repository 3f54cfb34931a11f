import { describe, expect, it } from 'vitest';
import { compareReports } from '../../core/batch/compare.ts';
import { inventory } from '../../core/batch/inventory.ts';
import {
  mdText,
  renderMarkdown,
  renderMarkdownBatch,
  renderMarkdownCompare,
  renderMarkdownReports,
} from '../../core/render/markdown.ts';
import { IDS, sampleReport } from './sample.ts';

describe('Markdown renderers', () => {
  it('gives a document its score, area table and a row per point', () => {
    const md = renderMarkdown(sampleReport());
    expect(md).toMatch(/^## ekby-so-2024-2027\.pdf/);
    expect(md).toContain('**Resultat:**');
    for (const id of IDS) expect(md).toContain(`| ${id} Punkt ${id} |`);
    expect(md).toContain('Råd för K01.');
  });

  it('escapes what would break a table or become markup', () => {
    expect(mdText('a | b <b>*x*</b>\nny')).toBe('a \\| b \\<b\\>\\*x\\*\\</b\\> ny');
    const md = renderMarkdown(sampleReport({ quote: () => 'kolumn | kolumn' }));
    expect(md).toContain('kolumn \\| kolumn');
  });

  it('summarises a batch with the inventory, the county table and shares', () => {
    const reports = [sampleReport(), sampleReport({ file: 'solvik-so-2023-2026.pdf' })];
    const md = renderMarkdownBatch({ reports, errors: [], inventory: inventory(reports) });
    expect(md).toContain('# Inventering');
    expect(md).toContain('2 av 2 har en aktuell samverkansöverenskommelse.');
    expect(md).toContain(`| Dokument | Typ | Aktuell | ${IDS.join(' | ')} | Totalt |`);
    expect(md).toContain('## Andel per punkt');
  });

  it('tabulates a comparison and lists unreadable files', () => {
    const cmp = compareReports(
      sampleReport({ levels: IDS.map(() => 0) }),
      sampleReport({ levels: IDS.map(() => 1) }),
    );
    const md = renderMarkdownCompare(cmp);
    expect(md).toContain('| K01 Punkt K01 | 0 | 1 | ↑ rådet delvis följt |');
    const withErrors = renderMarkdownReports([], [{ file: 'x.pdf', error: 'Filen är tom.', code: 'empty' }]);
    expect(withErrors).toContain('- x.pdf: Filen är tom.');
  });
});
