import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestMarkdown } from '../../core/ingest/markdown.ts';
import { deepenByNumbering } from '../../core/ingest/pdf/blocks.ts';
import { taggedBlocks } from '../../core/ingest/pdf/tagged.ts';
import type { StructNode } from '../../core/ingest/pdf/types.ts';
import { ingestPdf } from '../../core/ingest/pdf.ts';
import { IngestError } from '../../core/model/errors.ts';
import { cells, content, headings, norm, similarity } from './pdf-helpers.ts';

const corpus = new URL('../../fixtures/corpus/', import.meta.url);
const read = (url: URL) => new Uint8Array(readFileSync(url));

/**
 * What the PDF of each corpus document must give compared with its Markdown source: 'exact', or
 * the lowest word-overlap similarity accepted and why an exact match is out of reach.
 */
const EXPECT: Record<
  string,
  { headings: number | 'exact'; text: number | 'exact'; cells: number | 'exact' }
> = {
  // Chromium PDFs are tagged: their structure tree gives blocks, levels, list items and cells.
  'bergsjo-so-2020-2022': { headings: 'exact', text: 'exact', cells: 'exact' },
  // LibreOffice (untagged): "cykelparkeringe|n" is a broken word because "cykelparkeringen" is in the prose.
  'bergsjo-so-2024-2027': { headings: 'exact', text: 'exact', cells: 'exact' },
  'bergsjo-trygghetsrapport-2024': { headings: 'exact', text: 'exact', cells: 'exact' },
  'ekby-ml-2025-2026': { headings: 'exact', text: 'exact', cells: 'exact' },
  // Chromium, two columns: tables wider than their column are clipped in the PDF itself (the
  // glyphs past the column edge are not in the file), so their right-hand columns are missing.
  'ekby-so-2024-2027': { headings: 'exact', text: 'exact', cells: 0.55 },
  'hagalund-bilaga1-lagesbild-2025': { headings: 'exact', text: 'exact', cells: 'exact' },
  // Chromium: the tables run off the right edge of the page, so their last columns are not in the PDF.
  'hagalund-bilaga2-aktivitetsplan-2025': { headings: 'exact', text: 'exact', cells: 0.86 },
  'hagalund-so-2019-2021': { headings: 'exact', text: 'exact', cells: 'exact' },
  'hagalund-so-2025-2028': { headings: 'exact', text: 'exact', cells: 'exact' },
  'lindas-ml-2025': { headings: 'exact', text: 'exact', cells: 'exact' },
  'lindas-mossby-so-2024-2026': { headings: 'exact', text: 'exact', cells: 'exact' },
  // LibreOffice: "respektive|vandring" fills its cell line like a broken word but stays apart,
  // since "respektive" is a word of the prose; "September|–oktober" is a range.
  'mossby-handlingsplan-2025': { headings: 'exact', text: 'exact', cells: 'exact' },
  'solvik-ml-2024': { headings: 'exact', text: 'exact', cells: 'exact' },
  'solvik-so-2023-2026': { headings: 'exact', text: 'exact', cells: 'exact' },
};

function check(label: string, md: string[] | string, pdf: string[] | string, want: number | 'exact') {
  const a = Array.isArray(md) ? md.join('\n') : md;
  const b = Array.isArray(pdf) ? pdf.join('\n') : pdf;
  if (want === 'exact') expect(b, label).toBe(a);
  else expect(similarity(a, b), label).toBeGreaterThanOrEqual(want);
}

describe('PDF ingestion against the Markdown source of the same document', () => {
  for (const [name, want] of Object.entries(EXPECT)) {
    it(name, async () => {
      const md = ingestMarkdown(readFileSync(new URL(`md/${name}.md`, corpus), 'utf8'), `${name}.md`);
      const pdf = await ingestPdf(read(new URL(`pdf/${name}.pdf`, corpus)), `${name}.pdf`);
      check('headings', headings(md), headings(pdf), want.headings);
      check('text', content(md), content(pdf), want.text);
      check('cells', cells(md), cells(pdf), want.cells);
      expect(pdf.pages).toBeGreaterThan(0);
      // No running header, footer or page number is left in the text.
      expect(pdf.text).not.toMatch(/Sida \d+ av \d+|Dnr KS 2024\/\d+\s*$/m);
      for (const b of pdf.blocks) expect(b.text).not.toMatch(/^\d+\s*(\/\s*\d+)?$/);
    });
  }
});

describe('tagged PDF structure', () => {
  const pdf = (name: string) => ingestPdf(read(new URL(`pdf/${name}.pdf`, corpus)), `${name}.pdf`);
  const md = (name: string) =>
    ingestMarkdown(readFileSync(new URL(`md/${name}.md`, corpus), 'utf8'), `${name}.md`);
  const shape = (d: Awaited<ReturnType<typeof pdf>>) =>
    d.blocks.map(
      (b) => `${b.kind}${b.level ?? ''}:${b.kind === 'table' ? (b.rows ?? []).length : norm(b.text)}`,
    );

  it('gives the same blocks as the Markdown source, block by block', async () => {
    for (const name of [
      'bergsjo-so-2020-2022',
      'lindas-mossby-so-2024-2026',
      'bergsjo-trygghetsrapport-2024',
    ])
      expect(shape(await pdf(name)), name).toEqual(shape(md(name)));
  });

  it('reads a two-column page in order: multi-line headings, items and paragraphs across columns and pages', async () => {
    const name = 'ekby-so-2024-2027';
    expect(shape(await pdf(name))).toEqual(shape(md(name)));
  });

  it('puts footnotes after the block citing them, as the Markdown ingester does', async () => {
    const own = new URL('../../fixtures/own/', import.meta.url);
    for (const name of ['bjorkhamn-lagesbild-2025', 'granaker-so-2026-2029']) {
      const p = await ingestPdf(read(new URL(`pdf/${name}.pdf`, own)), `${name}.pdf`);
      const m = ingestMarkdown(readFileSync(new URL(`md/${name}.md`, own), 'utf8'), `${name}.md`);
      expect(shape(p), name).toEqual(shape(m));
      expect(p.text, name).not.toContain('\u21a9');
    }
  });

  it('undoes a word broken at the edge of a narrow column, not a title wrapped after a long word', async () => {
    const { text } = await pdf('ekby-so-2024-2027');
    expect(text).toContain('samhällsbyggnadsförvaltningen och vård- och omsorgsförvaltningen');
    expect(text).toContain('drogvaneundersökningen (2025 och 2027)');
    expect((await pdf('hagalund-so-2025-2028')).blocks[0]?.text).toMatch(/^Samverkansöverenskommelse mellan/);
  });
});

describe('tagged table structure', () => {
  // One page: a heading and a table whose body rows start with a row header cell.
  const texts = ['Mål', 'Område', 'Värde', 'Trafik', 'Färre olyckor', 'Narkotika', 'Färre unga'];
  const runs = texts.map((str, i) => ({
    str,
    x: 72,
    y: 700 - i * 20,
    width: 40,
    size: 11,
    font: 'f',
    mc: `p1R_mc${i}`,
  }));
  const mc = (i: number) => ({ type: 'content', id: `p1R_mc${i}` });
  const cell = (role: string, i: number, extra: Partial<StructNode> = {}): StructNode => ({
    role,
    children: [mc(i)],
    ...extra,
  });
  const tree: StructNode = {
    role: 'Root',
    children: [
      cell('H1', 0),
      {
        role: 'Table',
        children: [
          { role: 'TR', children: [cell('TH', 1, { structId: 'a' }), cell('TH', 2, { structId: 'b' })] },
          {
            role: 'TR',
            children: [cell('TH', 3, { structId: 'r1' }), cell('TD', 4, { headers: ['b', 'r1'] })],
          },
          {
            role: 'TR',
            children: [cell('TH', 5, { structId: 'r2' }), cell('TD', 6, { headers: ['b', 'r2'] })],
          },
        ],
      },
    ],
  };

  it('keeps row header cells in their column instead of adding a column per row', () => {
    const blocks = taggedBlocks([{ number: 1, width: 595, height: 842, runs, tree }]);
    expect(blocks?.map((b) => b.rows ?? b.text)).toEqual([
      'Mål',
      [
        ['Område', 'Värde'],
        ['Trafik', 'Färre olyckor'],
        ['Narkotika', 'Färre unga'],
      ],
    ]);
  });

  it('leaves a tree without headings to layout analysis', () => {
    const flat: StructNode = { role: 'Root', children: [cell('P', 0), cell('P', 1)] };
    expect(
      taggedBlocks([{ number: 1, width: 595, height: 842, runs: runs.slice(0, 2), tree: flat }]),
    ).toBeUndefined();
  });
});

describe('heading levels of untagged PDFs', () => {
  it('puts a heading numbered one step deeper below one set in the same type', () => {
    const h = (text: string, level: number) => ({ kind: 'heading' as const, text, level, origin: {} });
    const blocks = [
      h('3. Underlag', 2),
      h('3.1 Kommunens lägesbild', 2),
      h('3.2 Polisens', 2),
      h('4. Mål', 2),
    ];
    blocks.push(h('4.1 Effektmål', 3), h('2024 års plan', 2));
    deepenByNumbering(blocks);
    expect(blocks.map((b) => b.level)).toEqual([2, 3, 3, 2, 3, 2]);
  });
});

describe('PDF line repair', () => {
  const url = new URL('../../fixtures/pdf-cases/hyphen-footnote-toc.pdf', import.meta.url);
  const doc = ingestPdf(read(url), 'hyphen-footnote-toc.pdf');

  it('undoes line-end hyphenation and keeps real hyphens and dashes', async () => {
    const { text } = await doc;
    expect(text).toContain('brottsförebyggande arbete');
    expect(text).toContain('trygghetsarbetet');
    expect(text).toContain('kommunstyrelsen');
    expect(text).toContain('narkotikaförsäljning');
    expect(text).toContain('brotts- och trygghetsarbete');
    expect(text).toContain('kommun- och polisområde');
    expect(text).toContain('Solvik–Strand');
    expect(text).toContain('2024–2027');
  });

  it('drops footnote markers glued to words', async () => {
    const { text } = await doc;
    expect(text).toContain('Kommunens lägesbild visar');
    expect(text).toContain('polisens lägesbild bekräftar');
    expect(text).not.toMatch(/lägesbild\d/);
  });

  it("removes Chromium's running header and footer and collapses letter-spaced titles", async () => {
    const d = await doc;
    expect(d.text).not.toMatch(/Testfall avstavning|file:\/\/|\d+\/3|\d+\/\d+\/\d+/);
    expect(d.blocks[0]).toMatchObject({ kind: 'heading', level: 1, text: 'Testplan' });
  });

  it('gives one toc line per dot-leader entry', async () => {
    const toc = (await doc).blocks.filter((b) => b.kind === 'toc').map((b) => b.text);
    expect(toc).toHaveLength(3);
    expect(toc[0]).toMatch(/^Bakgrund \.+ 2$/);
  });

  it('reads headings with levels from size and paragraphs apart', async () => {
    const d = await doc;
    expect(headings(d)).toEqual([
      '1 Testplan',
      '2 Innehåll',
      '2 1. Bakgrund',
      '2 2. Lägesbild',
      '2 3. Åtgärder',
    ]);
    expect(d.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(5);
  });
});

describe('PDF errors', () => {
  const bad = (f: string) => read(new URL(`../../fixtures/bad/${f}`, import.meta.url));
  const codeOf = async (f: string) => {
    try {
      await ingestPdf(bad(f), f);
    } catch (e) {
      return e instanceof IngestError
        ? { code: e.code, message: e.message }
        : { code: 'other', message: String(e) };
    }
    return { code: 'none', message: '' };
  };

  it('password-protected', async () => {
    expect(await codeOf('encrypted.pdf')).toEqual({
      code: 'encrypted',
      message: 'PDF:en är lösenordsskyddad och kan inte läsas.',
    });
  });

  it('corrupt', async () => {
    expect(await codeOf('corrupt.pdf')).toEqual({
      code: 'corrupt',
      message: 'PDF:en är skadad och kan inte läsas.',
    });
  });

  it('scanned, without a text layer', async () => {
    const r = await codeOf('scanned.pdf');
    expect(r.code).toBe('no-text-layer');
    expect(r.message.startsWith('PDF:en saknar textlager — den verkar vara skannad.')).toBe(true);
  });
});

describe('PDF section labels at a page break', () => {
  it('keeps a label at the foot of a page apart from the paragraph that starts the next', async () => {
    const url = new URL('../../fixtures/unseen-bh/pdf/okelsta-so-2023-2025.pdf', import.meta.url);
    const doc = await ingestPdf(read(url), 'okelsta.pdf');
    const at = doc.blocks.findIndex((b) => b.text === 'Samverkansområden');
    expect(at).toBeGreaterThan(0);
    expect(doc.blocks[at + 1]?.text.startsWith('Parterna ska samverka inom följande områden')).toBe(true);
  });
});
