import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError, ingest } from '../../core/ingest/index.ts';
import { MAX_BYTES, sniff } from '../../core/ingest/sniff.ts';
import type { IngestErrorCode } from '../../core/model/errors.ts';

const read = (path: string) => new Uint8Array(readFileSync(path));

/** Swedish a user can act on: a sentence with å, ä or ö, and something to do. */
function expectSwedishAdvice(message: string, advice = true): void {
  expect(message.length).toBeGreaterThan(15);
  expect(message).toMatch(/[åäöÅÄÖ]/);
  if (advice) {
    expect(message).toMatch(
      /(?<!\p{L})(spara|öppna|kontrollera|kör|packa|välj|ladda upp|dela upp|använd|exportera)/iu,
    );
  }
}

async function ingestError(bytes: Uint8Array, name: string): Promise<IngestError> {
  try {
    await ingest(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error(`${name} was ingested without an error`);
}

const BAD: [file: string, code: IngestErrorCode, says?: RegExp, advice?: boolean][] = [
  ['gammal-word.doc', 'unsupported-format', /\.doc\b.*\.docx/],
  ['opendocument.odt', 'unsupported-format', /OpenDocument-text \(\.odt\) stöds inte/],
  ['rtf-dokument.rtf', 'unsupported-format', /RTF/],
  ['inskannad-sida.png', 'unsupported-format', /bild \(PNG\).*OCR/],
  ['foto-av-sida.jpeg', 'unsupported-format', /bild \(JPEG\)/],
  ['tom.txt', 'empty', /^Filen är tom\./],
  ['tom.docx', 'empty', /^Filen är tom\./],
  ['bara-blanksteg.md', 'empty', /^Filen är tom\./],
  ['avbruten-nedladdning.docx', 'corrupt', /^Word-filen är skadad och kan inte läsas\./],
  ['utan-document-xml.docx', 'corrupt', /^Word-filen är skadad och kan inte läsas\./],
  ['trasig-document-xml.docx', 'corrupt', /^Word-filen är skadad och kan inte läsas\./],
  ['zip-med-fel-namn.docx', 'corrupt', /heter \.docx men är inget Word-dokument/],
  ['inte-word.zip', 'unsupported-format', /zip-arkiv/],
  ['slumpbytes.pdf', 'corrupt', /heter \.pdf men är ingen läsbar PDF/],
  ['binarfil.bin', 'unsupported-format', /inget textdokument/],
  // The PDF ingester's own wording; only its code and language are checked here.
  ['avbruten.pdf', 'corrupt', undefined, false],
];

describe('bad inputs give a Swedish IngestError', () => {
  for (const [file, code, says, advice] of BAD) {
    it(file, async () => {
      const error = await ingestError(read(`fixtures/bad/${file}`), file);
      expect(error.code).toBe(code);
      expectSwedishAdvice(error.message, advice);
      if (says) expect(error.message).toMatch(says);
    });
  }

  it('refuses a file over the size cap before reading it', async () => {
    const error = await ingestError(new Uint8Array(MAX_BYTES + 1), 'stor.pdf');
    expect(error.code).toBe('too-large');
    expectSwedishAdvice(error.message);
  });

  it('recognises a password-protected Word file by its encrypted package', async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(
      [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]),
      1024,
    );
    const error = await ingestError(ole, 'hemlig.docx');
    expect(error.code).toBe('encrypted');
    expectSwedishAdvice(error.message);
  });

  it('names other image formats by their magic bytes', async () => {
    const gif = new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000');
    expect((await ingestError(gif, 'bild.txt')).message).toMatch(/bild \(GIF\)/);
    const webp = new Uint8Array([
      ...new TextEncoder().encode('RIFF'),
      0,
      0,
      0,
      0,
      ...new TextEncoder().encode('WEBPVP8 '),
    ]);
    expect((await ingestError(webp, 'bild')).message).toMatch(/bild \(WebP\)/);
    const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0]);
    expect((await ingestError(heic, 'IMG_0001.HEIC')).message).toMatch(/bild \(HEIC\)/);
  });
});

describe('text encodings', () => {
  const expected = readFileSync('fixtures/own/md/rodmyra-ml-2026.md', 'utf8');
  const reference = async () => (await ingest(new TextEncoder().encode(expected), 'rodmyra.txt')).text;

  for (const file of readdirSync('fixtures/own/txt')) {
    it(`decodes ${file}`, async () => {
      const doc = await ingest(read(`fixtures/own/txt/${file}`), file);
      expect(doc.text).toContain('Medborgarlöfte för Rödmyra 2026');
      expect(doc.text).toContain('Järnvägsparken');
      expect(doc.text).toBe(await reference());
    });
  }

  it('reads .md as Markdown and anything else as text', async () => {
    const bytes = new TextEncoder().encode('# Rubrik\n\nTrygghet i Åby.');
    expect((await ingest(bytes, 'a.md')).format).toBe('markdown');
    expect((await ingest(bytes, 'a.markdown')).format).toBe('markdown');
    expect((await ingest(bytes, 'a.txt')).format).toBe('text');
    expect((await ingest(bytes, 'utan-filändelse')).format).toBe('text');
  });

  it('decodes UTF-16 big-endian with a byte-order mark', async () => {
    const text = 'Medborgarlöfte för Åby: vi lovar ökad närvaro.';
    const be = new Uint8Array(2 + text.length * 2);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) be[3 + i * 2] = text.charCodeAt(i);
    expect((await ingest(be, 'a.txt')).text).toBe(text);
  });

  it('decodes UTF-16 without a byte-order mark', async () => {
    const text = 'Lägesbild för Östra Vik: otryggheten har ökat.';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) le[i * 2] = text.charCodeAt(i);
    expect((await ingest(le, 'a.txt')).text).toBe(text);
  });
});

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

describe('ingest() over every fixture', () => {
  it('never throws anything but an IngestError', async () => {
    let read_ = 0;
    for (const path of files('fixtures')) {
      try {
        await ingest(read(path), path);
        read_++;
      } catch (error) {
        if (!(error instanceof IngestError)) throw new Error(`${path}: ${String(error)}`);
        expect(error.message, path).not.toBe('');
      }
    }
    expect(read_).toBeGreaterThan(40);
  }, 300_000);
});

describe('text that is not a document', () => {
  const text = (s: string) => new TextEncoder().encode(s);

  it('refuses a saved web page with advice to print it as PDF', async () => {
    const error = await ingestError(
      text('<!DOCTYPE html>\n<html><body><p>Trygghet</p></body></html>'),
      'sida.html',
    );
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toMatch(/webbsida \(HTML\)/);
    expectSwedishAdvice(error.message);
  });

  it('refuses Word and OpenDocument saved as flat XML', async () => {
    const word = text(
      '<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<pkg:package xmlns:pkg="x">',
    );
    expect((await ingestError(word, 'avtal.xml')).message).toMatch(/Word-dokument sparat som XML/);
    const fodt = text(
      '<?xml version="1.0"?>\n<office:document office:mimetype="application/vnd.oasis.opendocument.text">',
    );
    expect((await ingestError(fodt, 'avtal.fodt')).message).toMatch(/\.odt/);
  });

  it('calls Markdown without any text empty', async () => {
    const error = await ingestError(text('<!-- utkast -->\n\n![logga](logga.png)\n'), 'utkast.md');
    expect(error.code).toBe('empty');
    expectSwedishAdvice(error.message);
  });
});

describe('the bytes decide, not the name', () => {
  it('reads a Word file named .pdf as Word and a PDF named .docx as PDF', async () => {
    const docx = read('fixtures/own/docx/rodmyra-ml-2026.docx');
    expect((await ingest(docx, 'fel-namn.pdf')).format).toBe('docx');
    const sniffed = await sniff(read('fixtures/corpus/pdf/solvik-ml-2024.pdf'), 'fel-namn.docx');
    expect(sniffed.format).toBe('pdf');
  });
});
