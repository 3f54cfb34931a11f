import { describe, expect, it } from 'vitest';
import { compareReports } from '../../core/batch/compare.ts';
import { inventory } from '../../core/batch/inventory.ts';
import { esc, renderHtml, renderHtmlBatch, renderHtmlCompare } from '../../core/render/html.ts';
import { IDS, sampleReport } from './sample.ts';

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

/** No network and no external assets: nothing that a browser would fetch. */
function expectSelfContained(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<link\b/i);
  expect(html).not.toMatch(/<[^>]*\ssrc\s*=/i);
  expect(html).not.toMatch(/@import|url\(/i);
  expect(html).not.toMatch(/<[^>]*\shref="(?!#)/i);
}

describe('renderHtml', () => {
  it('is one Swedish, self-contained page with the 17 points, evidence, advice, röd tråd and goals', () => {
    const html = renderHtml([sampleReport()]);
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expectSelfContained(html);
    for (const id of IDS) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('Citat för K02.');
    expect(html).toContain('s. 2, Överenskommelse › Avsnitt K02');
    expect(html).toContain('Råd för K01.');
    expect(html).toContain('Röd tråd');
    expect(html).toContain('Trygghet i centrum');
    expect(html).toContain('Målanalys');
    expect(html).toContain('Vaga verb: verka för');
  });

  it('renders untrusted document text as text, never as markup', () => {
    const html = renderHtml([sampleReport({ file: `${HOSTILE}.pdf`, quote: () => HOSTILE })]);
    expectSelfContained(html);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<img');
    expect(esc(`"'&<>`)).toBe('&quot;&#39;&amp;&lt;&gt;');
  });

  it('lists the files that could not be read', () => {
    const html = renderHtml([], [{ file: 'trasig.pdf', error: 'PDF-filen är skadad.', code: 'corrupt' }]);
    expect(html).toContain('Filer som inte kunde läsas');
    expect(html).toContain('PDF-filen är skadad.');
  });
});

describe('renderHtmlBatch', () => {
  const reports = [
    sampleReport({ file: 'ekby-so-2024-2027.pdf' }),
    sampleReport({ file: 'solvik-ml-2024.pdf', type: 'medborgarlofte', levels: IDS.map(() => 2) }),
    sampleReport({ file: 'bergsjo-trygghetsrapport-2024.pdf', type: 'inte-samverkansdokument' }),
  ];
  const errors = [{ file: 'tom.pdf', error: 'Filen är tom.', code: 'empty' }];
  const html = renderHtmlBatch({ reports, errors, inventory: inventory(reports, errors) });

  it('has the county heat map (documents × K01–K17), the share chart as inline SVG and the inventory', () => {
    expectSelfContained(html);
    expect(html).toContain('<table class="heat">');
    for (const id of IDS) expect(html).toContain(`<th class="c" title="Punkt ${id}">${id}</th>`);
    expect(html.match(/<td class="c l2"/g)?.length).toBeGreaterThanOrEqual(17);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toMatch(/har en aktuell samverkansöverenskommelse/);
    expect(html).toContain('inte ett samverkansdokument');
    expect(html).toContain('Filen är tom.');
  });
});

describe('renderHtmlCompare', () => {
  it('shows the two versions side by side with the change per point', () => {
    const old = sampleReport({ file: 'hagalund-so-2019-2021.pdf', levels: IDS.map(() => 0) });
    const now = sampleReport({
      file: 'hagalund-so-2025-2028.pdf',
      levels: IDS.map(() => 2),
      quote: () => HOSTILE,
    });
    const html = renderHtmlCompare(compareReports(old, now));
    expectSelfContained(html);
    expect(html).toContain('<div class="sides">');
    expect(html).toContain('Förut: hagalund-so-2019-2021.pdf');
    expect(html).toContain('Nu: hagalund-so-2025-2028.pdf');
    expect(html).toContain('↑ 0 → 2');
    expect(html).toContain('rådet följt');
    expect(html).toContain('&lt;script&gt;');
  });
});
