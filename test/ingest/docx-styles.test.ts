import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ingestDocx } from '../../core/ingest/docx.ts';
import { ingest } from '../../core/ingest/index.ts';

const SOURCE = 'fixtures/own/docx/rodmyra-ml-2026.docx';

/** The fixture with its XML parts rewritten, as Word in another language or setup would save it. */
async function variant(edit: (part: string, xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(SOURCE));
  for (const part of ['word/styles.xml', 'word/document.xml']) {
    const xml = await zip.file(part)?.async('string');
    if (xml !== undefined) zip.file(part, edit(part, xml));
  }
  return zip.generateAsync({ type: 'uint8array' });
}

const headings = async (bytes: Uint8Array) =>
  (await ingestDocx(bytes, 'x.docx')).blocks
    .filter((b) => b.kind === 'heading')
    .map((b) => [b.level, b.text]);

describe('Word heading styles', () => {
  it('reads Swedish Word\'s "Rubrik 1…6" as headings', async () => {
    const expected = await headings(new Uint8Array(readFileSync(SOURCE)));
    let renamed = 0;
    const rename = (xml: string) =>
      xml
        .replace(/<w:name w:val="heading (\d)"/gi, (_, n) => {
          renamed++;
          return `<w:name w:val="Rubrik ${n}"`;
        })
        .replace(/w:(styleId|val)="Heading(\d)"/g, 'w:$1="Rubrik$2"');
    const swedish = await variant((_, xml) => rename(xml));
    expect(renamed).toBeGreaterThanOrEqual(2);
    expect(await headings(swedish)).toEqual(expected);
    expect(expected).toContainEqual([2, 'Det här lovar vi']);
  });

  it('reads a "Title" paragraph (pandoc\'s title block) as the top heading', async () => {
    const titled = await variant((part, xml) =>
      part === 'word/document.xml'
        ? xml.replace('<w:pStyle w:val="Heading1" />', '<w:pStyle w:val="Title" />')
        : xml,
    );
    expect((await headings(titled))[0]).toEqual([1, 'Medborgarlöfte för Rödmyra 2026']);
  });

  it('reads a document whose text is all gone as empty, not as an error', async () => {
    const hollow = await variant((part, xml) =>
      part === 'word/document.xml' ? xml.replace(/<w:t( [^>]*)?>[^<]*<\/w:t>/g, '') : xml,
    );
    await expect(ingest(hollow, 'tom-text.docx')).rejects.toMatchObject({ code: 'empty' });
  });

  it('gives every block its place in the body', async () => {
    const doc = await ingestDocx(new Uint8Array(readFileSync(SOURCE)), 'rodmyra.docx');
    expect(doc.blocks[0]?.origin).toEqual({ paragraph: 1 });
    expect(doc.blocks.at(-1)?.origin.paragraph).toBe(doc.blocks.length);
  });
});

describe('Word revision marks', () => {
  it('drops struck-through runs, which a revision no longer holds to, and keeps the rest', async () => {
    const struck = await variant((part, xml) =>
      part === 'word/document.xml'
        ? xml.replace(
            '<w:r><w:t xml:space="preserve">besöka Järnvägsparken',
            '<w:r><w:rPr><w:strike /></w:rPr><w:t xml:space="preserve">besöka Järnvägsparken',
          )
        : xml,
    );
    const text = (await ingestDocx(struck, 'x.docx')).text;
    expect(text).not.toContain('Järnvägsparken under kvällspass');
    expect(text).toContain('genomföra trafikkontroller på Storgatan');
  });
});
