import { readFileSync } from 'node:fs';
import { AnnotationMode, getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../core/ingest/index.ts';
import { loadPages } from '../../core/ingest/pdf/load.ts';
import { type Bar, dropStruck, type OperatorList, thinBars } from '../../core/ingest/pdf/strikes.ts';
import type { Run } from '../../core/ingest/pdf/types.ts';
import { content, headings } from './pdf-helpers.ts';

const read = (file: string) => new Uint8Array(readFileSync(file));
const GASSLINGE = 'fixtures/unseen-bg/{md,pdf}/gasslinge-so-2024-2026-v2-1';
const gasslinge = (format: 'md' | 'pdf') => `${GASSLINGE.replace('{md,pdf}', format)}.${format}`;

describe('struck-through text in a PDF', () => {
  it('is dropped from a Chromium PDF (printed from <del>), leaving what the Markdown keeps', async () => {
    const md = readFileSync(gasslinge('md'), 'utf8');
    const pdf = await ingest(read(gasslinge('pdf')), 'gasslinge.pdf');
    expect(pdf.text).not.toContain('Färre trafikolyckor med unga förare');
    expect(pdf.text).toContain('Mål 2: Färre unga ska använda alkohol och narkotika.');
    // No struck passage is left in the body (the change log before it names some of them).
    const start = pdf.text.indexOf('1 Utgångspunkt');
    expect(start).toBeGreaterThan(0);
    const body = pdf.text.slice(start);
    for (const [, passage] of md.matchAll(/~~(.+?)~~/g)) expect(body).not.toContain(passage);
    // "## 9 ~~Medborgarlöften och kommunikation~~" leaves its number, in both formats.
    const fromMd = await ingest(new TextEncoder().encode(md), 'gasslinge.md');
    expect(headings(pdf)).toEqual(headings(fromMd));
    expect(headings(pdf)).toContain('2 9');
    expect(content(pdf)).toBe(content(fromMd));
  });

  // Underlined links (Chromium), table rules crossing the edges of cell text (Chromium) and
  // stroked table borders (LibreOffice): thin horizontal paint that strikes nothing.
  it.each([
    'fixtures/unseen-a/pdf/ormvik-brandasen-lofte-2026.pdf',
    'fixtures/corpus/pdf/ekby-so-2024-2027.pdf',
    'fixtures/corpus/pdf/bergsjo-so-2024-2027.pdf',
  ])('keeps all text under underlines and beside table rules: %s', async (file) => {
    const bytes = read(file);
    const runs = async (strikes: boolean) =>
      (await loadPages(bytes, { strikes, helper: false })).map((p) =>
        p.runs.map(({ font: _, ...run }) => run),
      );
    expect(await barsTouchingText(bytes)).toBeGreaterThan(0);
    expect(await runs(true)).toEqual(await runs(false));
  });
});

/** How many thin bars on the file's pages overlap a text run horizontally, within an em of it. */
async function barsTouchingText(bytes: Uint8Array): Promise<number> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0 });
  try {
    const doc = await task.promise;
    let n = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
      const items = (await page.getTextContent()).items.flatMap((t) =>
        'str' in t && t.str.trim() !== '' ? [t] : [],
      );
      for (const bar of thinBars(ops))
        if (
          items.some((t) => {
            const [, , , d = 0, x = 0, y = 0] = t.transform as number[];
            return bar.x0 < x + t.width && bar.x1 > x && Math.abs((bar.y0 + bar.y1) / 2 - y) < Math.abs(d);
          })
        )
          n++;
    }
    return n;
  } finally {
    await task.destroy();
  }
}

describe('thin horizontal paint', () => {
  const f32 = (...xs: number[]) => new Float32Array(xs);

  it('is found in a Chromium page: filled bars under a flipped, scaled matrix', () => {
    // The strike through the list item "Trafik" in gasslinge's PDF, page 2.
    const ops: OperatorList = {
      fnArray: [OPS.transform, OPS.save, OPS.transform, OPS.constructPath, OPS.constructPath, OPS.restore],
      argsArray: [
        [0.24, 0, 0, -0.24, 0, 841.92],
        null,
        [3.125, 0, 0, 3.125, 237.5, -2731.25],
        [
          OPS.fill,
          [f32(0, 73.8, 1305, 1, 116, 1305, 1, 116, 1306, 1, 73.8, 1306, 4)],
          f32(73.8, 1305, 116, 1306),
        ],
        // The page's white background: not thin.
        [OPS.fill, [f32(0, 0, 0, 1, 643, 0, 1, 643, 956, 1, 0, 956, 4)], f32(0, 0, 643, 956)],
        null,
      ],
    };
    const [bar, ...rest] = thinBars(ops);
    expect(rest).toEqual([]);
    expect(bar?.x0).toBeCloseTo(112.35, 1);
    expect(bar?.x1).toBeCloseTo(144, 1);
    expect(bar?.y0).toBeCloseTo(517.92, 1);
    expect(bar?.y1).toBeCloseTo(518.67, 1);
  });

  it('is found in a LibreOffice page: stroked lines, as thick as the pen', () => {
    // The strike through "Medborgarlöften och kommunikation" after the heading's number.
    const ops: OperatorList = {
      fnArray: [OPS.save, OPS.transform, OPS.setLineWidth, OPS.constructPath, OPS.restore, OPS.constructPath],
      argsArray: [
        null,
        [1, 0, 0, 1, 86.7, 336.1],
        [0.8],
        [OPS.stroke, [f32(0, 0, 3.9, 1, 293.3, 3.9)], f32(0, 3.9, 293.3, 3.9)],
        null,
        // A clipping path paints nothing.
        [OPS.endPath, [f32(0, 0, 300, 1, 600, 300)], f32(0, 300, 600, 300)],
      ],
    };
    const bars = thinBars(ops);
    expect(bars).toHaveLength(1);
    expect(bars[0]?.x0).toBeCloseTo(86.7, 1);
    expect(bars[0]?.x1).toBeCloseTo(380, 1);
    expect(bars[0]?.y0).toBeCloseTo(339.6, 1);
    expect(bars[0]?.y1).toBeCloseTo(340.4, 1);
  });
});

describe('which text a bar strikes', () => {
  const run = (str: string, x: number, width: number, y = 600, size = 12): Run => ({
    str,
    x,
    y,
    width,
    size,
    font: 'f',
  });
  const bar = (x0: number, x1: number, y: number, thickness = 0.7): Bar => ({
    x0,
    x1,
    y0: y - thickness / 2,
    y1: y + thickness / 2,
  });
  const texts = (runs: Run[]) => runs.map((r) => r.str);

  // Geometry from LibreOffice and Chromium exports of the same Markdown.
  it.each([
    {
      why: 'a struck phrase inside a run (LibreOffice)',
      runs: [run('Otryggheten ska minska till 20 procent till högst 25 procent i mätningen.', 72.1, 446.7)],
      bar: bar(224.7, 310.9, 603.3),
      kept: ['Otryggheten ska minska till högst 25 procent i mätningen.'],
    },
    {
      why: 'a heading struck after its number',
      runs: [run('9 Medborgarlöften och kommunikation', 72.1, 307.7, 336.1, 14)],
      bar: bar(86.7, 380, 340, 0.8),
      kept: ['9'],
    },
    {
      why: 'a list item struck whole, with its bullet',
      runs: [run('•', 84.1, 7.1), run('Andra punkten är struken', 108.1, 157.8)],
      bar: bar(108.1, 266, 603.3),
      kept: [],
    },
    {
      why: 'an underline, below the baseline',
      runs: [run('understruken text', 138.6, 109.8)],
      bar: bar(138.6, 248.4, 598.8),
      kept: ['understruken text'],
    },
    {
      why: 'a highlight, as tall as the glyphs',
      runs: [run('markerad text', 100, 80)],
      bar: { x0: 100, x1: 180, y0: 597, y1: 610 },
      kept: ['markerad text'],
    },
    {
      why: 'a table rule at mid-height that reaches a few points into a cell',
      runs: [run('Åtgärden riktas mot', 330.6, 112.3, 535.9, 11)],
      bar: bar(233.2, 334.5, 542.3, 0.75),
      kept: ['Åtgärden riktas mot'],
    },
    {
      why: 'a rule far longer than the words it passes through',
      runs: [run('Nej', 300, 20)],
      bar: bar(72, 520, 604),
      kept: ['Nej'],
    },
  ])('$why', ({ runs, bar: b, kept }) => {
    expect(texts(dropStruck(runs, [b]))).toEqual(kept);
  });

  it('closes up the line after a struck run, but not the next cell', () => {
    const line = [
      run('Otryggheten ska minska ', 94.5, 130),
      run('till 20 procent', 224.5, 80),
      run(' till högst 25 procent.', 304.5, 120),
      run('Kvar i nästa kolumn', 460, 100),
    ];
    const out = dropStruck(line, [bar(224.5, 304.5, 604)]);
    expect(texts(out)).toEqual(['Otryggheten ska minska ', ' till högst 25 procent.', 'Kvar i nästa kolumn']);
    expect(out[1]?.x).toBe(224.5);
    expect(out[2]?.x).toBe(460);
  });

  it('leaves a dash after the struck text, which belongs to what follows', () => {
    const line = [run('B: Ansökan om kameraövervakning', 130.7, 200), run('–', 335, 5.2)];
    expect(texts(dropStruck(line, [bar(130.7, 330.7, 604)]))).toEqual(['–']);
  });
});
