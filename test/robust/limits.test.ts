/**
 * Resource limits: a file built to exhaust memory or time gets a Swedish 'too-large' error quickly,
 * and one merely large or oddly shaped gets a result in bounded time. The biggest cases are built in
 * the test (a zip bomb from a few MB of deflated zeros, a 3 000-page PDF); ROBUST_HEAVY=1 adds more.
 */
import { describe, expect, it } from 'vitest';
import { IngestError, ingest, MAX_PDF_PAGES, MAX_TEXT_BYTES } from '../../core/ingest/index.ts';
import { manyPagePdf } from './support/pdf.ts';
import { deflatedZeros, documentXml, docx, entry } from './support/zip.ts';

const HEAVY = process.env.ROBUST_HEAVY === '1';
const GB = 1024 * 1024 * 1024;
const enc = (s: string) => new TextEncoder().encode(s);

async function refusal(bytes: Uint8Array, name: string): Promise<{ error: IngestError; ms: number }> {
  const start = performance.now();
  const error = await ingest(bytes, name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return { error: error as IngestError, ms: performance.now() - start };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

describe('a .docx zip bomb', { timeout: 60_000 }, () => {
  it('is refused by its declared size without inflating it', async () => {
    const bomb = docx({ name: 'word/document.xml', deflated: deflatedZeros(1024), declaredSize: GB });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024); // 1 GB inflated, about 1 MB on disk
    const { error, ms } = await refusal(bomb, 'bomb.docx');
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/Word-filen packas upp till mer än 50 MB/);
    expect(ms).toBeLessThan(1000);
  });

  it('that lies about its size is stopped while inflating, long before the end', async () => {
    // Declares 1 KB, inflates to 3 GB (HEAVY: 4 GB minus a little, the most a zip can hold).
    const megabytes = HEAVY ? 4080 : 3072;
    const bomb = docx({ name: 'word/document.xml', deflated: deflatedZeros(megabytes), declaredSize: 1024 });
    const heapBefore = process.memoryUsage().heapUsed;
    const { error, ms } = await refusal(bomb, 'bomb.docx');
    expect(error.code).toBe('too-large');
    // Inflating all of it takes tens of seconds and would hold gigabytes; stopping at 50 MB does neither.
    expect(ms).toBeLessThan(10_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(400 * 1024 * 1024);
  });

  it('a bomb in another part (footnotes) is refused as well', async () => {
    const bytes = docx(entry('word/document.xml', documentXml('<w:p><w:r><w:t>Hej</w:t></w:r></w:p>')));
    const withNotes = docx({ name: 'word/footnotes.xml', deflated: deflatedZeros(256), declaredSize: 10 });
    expect((await ingest(bytes, 'liten.docx')).text).toContain('Hej');
    expect((await refusal(withNotes, 'fotnoter.docx')).error.code).toBe('too-large');
  });
});

describe('a PDF with thousands of pages', { timeout: 120_000 }, () => {
  it(`is refused above ${MAX_PDF_PAGES} pages, before any page is read`, async () => {
    const { error, ms } = await refusal(manyPagePdf(3000), 'tjock.pdf');
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('3000 sidor');
    expect(ms).toBeLessThan(5000);
  });

  it(`is read in bounded time at ${MAX_PDF_PAGES} pages`, async () => {
    const { value: doc, ms } = await timed(() => ingest(manyPagePdf(MAX_PDF_PAGES), 'gräns.pdf'));
    expect(doc.pages).toBe(MAX_PDF_PAGES);
    expect(doc.text).toContain('Orsaker');
    expect(ms).toBeLessThan(30_000);
  });
});

describe('Markdown and text', { timeout: 120_000 }, () => {
  it(`over ${MAX_TEXT_BYTES / 1024 / 1024} MB is refused without parsing`, async () => {
    const big = new Uint8Array(HEAVY ? 50 * 1024 * 1024 : MAX_TEXT_BYTES + 1).fill(0x61);
    for (const name of ['stor.md', 'stor.txt']) {
      const { error, ms } = await refusal(big, name);
      expect(error.code).toBe('too-large');
      expect(error.message).toMatch(/för mycket text/);
      expect(ms).toBeLessThan(2000);
    }
  });

  it.each([
    ['lists', '- '],
    ['quotes', '> '],
    ['numbered lists', '1. '],
  ])('nested 10 000 deep (%s) is refused at once, not parsed for minutes', async (_, marker) => {
    const { error, ms } = await refusal(enc(`# Rubrik\n\n${marker.repeat(10_000)}x\n`), 'djup.md');
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/djupt nästlat/);
    expect(ms).toBeLessThan(1000);
  });

  it('nested by indentation 1 000 deep is refused too', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- nivå ${i}`);
    expect((await refusal(enc(lines.join('\n')), 'trappa.md')).error.code).toBe('too-large');
  });

  it('ordinary nesting (five levels) is read', async () => {
    const lines = Array.from({ length: 5 }, (_, i) => `${'  '.repeat(i)}- nivå ${i}`);
    const doc = await ingest(enc(`# Mål\n\n${lines.join('\n')}\n`), 'lista.md');
    expect(doc.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(5);
  });

  it('a table with a huge row or many rows gives a result in bounded time', async () => {
    const cols = HEAVY ? 10_000 : 2000;
    const wide = `|${' a |'.repeat(cols)}\n|${'-|'.repeat(cols)}\n|${' b c |'.repeat(cols)}\n`;
    const long = `| mål | mått |\n|-|-|\n${'| minska brotten | antal anmälningar |\n'.repeat(HEAVY ? 100_000 : 10_000)}`;
    for (const [name, source] of [
      ['bred.md', wide],
      ['lång.md', long],
    ] as const) {
      const { value: doc, ms } = await timed(() => ingest(enc(source), name));
      expect(doc.blocks.some((b) => b.kind === 'table')).toBe(true);
      expect(ms).toBeLessThan(HEAVY ? 120_000 : 30_000);
    }
  });
});

describe('deeply nested Word XML', { timeout: 60_000 }, () => {
  const nested = (depth: number) =>
    docx(
      entry(
        'word/document.xml',
        documentXml(
          `<w:p><w:r><w:t>Inledning</w:t></w:r></w:p>${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>Inne</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}`,
        ),
      ),
    );

  it('500 levels of content controls are read', async () => {
    expect((await ingest(nested(500), 'nästlad.docx')).text).toContain('Inne');
  });

  it('10 000 levels give the Swedish too-deep error, not a crash', async () => {
    const { error, ms } = await refusal(nested(10_000), 'djup.docx');
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/djupt nästlat/);
    expect(ms).toBeLessThan(10_000);
  });
});
