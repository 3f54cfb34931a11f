// JSZip is already here as mammoth's own zip reader; it lists a zip's entries without inflating them.
import JSZip from 'jszip';
import { IngestError } from '../model/errors.ts';
import { decodeText } from './decode.ts';
import { MAX_BYTES, MAX_DOCX_PART_BYTES, MAX_DOCX_TOTAL_BYTES, MAX_TEXT_BYTES } from './limits.ts';
import { messages } from './messages.ts';

export { MAX_BYTES } from './limits.ts';

export type IngestFormat = 'pdf' | 'docx' | 'markdown' | 'text';

export type Sniffed = { format: 'pdf' | 'docx' } | { format: 'markdown' | 'text'; text: string };

/**
 * Decide the format from the bytes first and the file name second; every file we cannot read
 * is refused here with an IngestError saying what it is and what to do instead.
 */
export async function sniff(bytes: Uint8Array, name: string): Promise<Sniffed> {
  if (bytes.length > MAX_BYTES)
    throw new IngestError('too-large', messages.tooLarge(MAX_BYTES / 1024 / 1024));
  if (bytes.length === 0) throw new IngestError('empty', messages.empty);
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

  if (startsWith(bytes, '%PDF')) return { format: 'pdf' };
  if (startsWith(bytes, 'PK\u0003\u0004') || startsWith(bytes, 'PK\u0005\u0006')) return sniffZip(bytes, ext);
  if (startsWith(bytes, '\xd0\xcf\u0011\xe0\xa1\xb1\u001a\xe1')) {
    throw contains(bytes, 'E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e')
      ? new IngestError('encrypted', messages.encryptedDocx)
      : new IngestError('unsupported-format', messages.oldWord);
  }
  if (startsWith(bytes, '{\\rtf')) throw new IngestError('unsupported-format', messages.rtf);
  const image = imageKind(bytes);
  if (image) throw new IngestError('unsupported-format', messages.image(image));

  const text = decodeText(bytes);
  if (text === undefined) {
    if (ext === 'pdf') throw new IngestError('corrupt', messages.notPdf);
    if (ext === 'docx') throw new IngestError('corrupt', messages.notDocx);
    throw new IngestError('unsupported-format', messages.binary);
  }
  if (text.trim() === '') throw new IngestError('empty', messages.empty);
  if (ext === 'pdf') throw new IngestError('corrupt', messages.notPdf);
  if (ext === 'docx') throw new IngestError('corrupt', messages.notDocx);
  const start = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^(<!doctype html|<html[\s>])/.test(start)) throw new IngestError('unsupported-format', messages.html);
  if (start.startsWith('<?xml') && /<(w:wordDocument|pkg:package)\b/i.test(start)) {
    throw new IngestError('unsupported-format', messages.wordXml);
  }
  if (start.startsWith('<?xml') && /<office:document\b/.test(start)) {
    const odt = start.includes('opendocument.text');
    throw new IngestError('unsupported-format', odt ? messages.odt : messages.openDocument);
  }
  if (bytes.length > MAX_TEXT_BYTES)
    throw new IngestError('too-large', messages.tooMuchText(MAX_TEXT_BYTES / 1024 / 1024));
  return { format: ext === 'md' || ext === 'markdown' ? 'markdown' : 'text', text };
}

async function sniffZip(bytes: Uint8Array, ext: string): Promise<Sniffed> {
  const wordish = ext === 'docx' || ext === 'docm' || contains(bytes.subarray(0, 4096), 'word/');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new IngestError('corrupt', wordish ? messages.corruptDocx : messages.corruptZip, { cause: error });
  }
  const mimetype = await zip
    .file('mimetype')
    ?.async('string')
    .catch(() => undefined);
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.text')) {
    throw new IngestError('unsupported-format', messages.odt);
  }
  if (mimetype?.startsWith('application/vnd.oasis.opendocument')) {
    throw new IngestError('unsupported-format', messages.openDocument);
  }
  if (zip.file('word/document.xml')) {
    await refuseBomb(zip);
    return { format: 'docx' };
  }
  const types = await zip
    .file('[Content_Types].xml')
    ?.async('string')
    .catch(() => undefined);
  // A main part under another name is still a Word document; mammoth finds it through the relationships.
  if (
    types &&
    /wordprocessingml\.(document|template)\.main|ms-word\.(document|template)\.macroenabled/i.test(types)
  ) {
    await refuseBomb(zip);
    return { format: 'docx' };
  }
  if (zip.file('xl/workbook.xml')) throw new IngestError('unsupported-format', messages.excel);
  if (zip.file('ppt/presentation.xml')) throw new IngestError('unsupported-format', messages.powerpoint);
  if (zip.file(/^word\//).length > 0) throw new IngestError('corrupt', messages.corruptDocx);
  if (ext === 'docx' || ext === 'docm') throw new IngestError('corrupt', messages.notDocx);
  throw new IngestError('unsupported-format', messages.zip);
}

type InternalStream = { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> };

/** The size a zip entry's central directory declares; JSZip keeps it on the entry without inflating. */
function declaredSize(entry: JSZip.JSZipObject): number {
  return (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

/**
 * A zip bomb is refused before mammoth inflates it: first by the sizes the zip declares, then by
 * inflating each XML part mammoth will read as a stream and stopping at the limit, since the
 * declared sizes can lie.
 */
async function refuseBomb(zip: JSZip): Promise<void> {
  const tooLarge = () =>
    new IngestError('too-large', messages.docxTooLarge(MAX_DOCX_PART_BYTES / 1024 / 1024));
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  const parts = entries.filter((f) => /\.(xml|rels)$/i.test(f.name));
  let total = 0;
  for (const f of entries) total += declaredSize(f);
  if (total > MAX_DOCX_TOTAL_BYTES || parts.some((f) => declaredSize(f) > MAX_DOCX_PART_BYTES))
    throw tooLarge();
  for (const part of parts) {
    await new Promise<void>((resolve, reject) => {
      let inflated = 0;
      // The public nodeStream() is Node-only; the internal stream it wraps runs in the extension too.
      const stream = (part as unknown as InternalStream).internalStream('uint8array');
      stream
        .on('data', (chunk) => {
          inflated += chunk.length;
          if (inflated > MAX_DOCX_PART_BYTES) {
            stream.pause();
            reject(tooLarge());
          }
        })
        .on('error', (error) => reject(new IngestError('corrupt', messages.corruptDocx, { cause: error })))
        .on('end', () => resolve())
        .resume();
    });
  }
}

function imageKind(b: Uint8Array): string | undefined {
  if (startsWith(b, '\x89PNG')) return 'PNG';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'JPEG';
  if (startsWith(b, 'GIF87a') || startsWith(b, 'GIF89a')) return 'GIF';
  if (startsWith(b, 'II*\0') || startsWith(b, 'MM\0*')) return 'TIFF';
  if (startsWith(b, 'RIFF') && latin1(b.subarray(8, 12)) === 'WEBP') return 'WebP';
  if (latin1(b.subarray(4, 8)) === 'ftyp') {
    const brand = latin1(b.subarray(8, 12));
    if (/^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(brand)) return 'HEIC';
    if (/^avi[fs]$/.test(brand)) return 'AVIF';
  }
  if (startsWith(b, 'BM') && b.length > 26 && b[6] === 0 && b[7] === 0 && b[8] === 0 && b[9] === 0)
    return 'BMP';
  return undefined;
}

function latin1(b: Uint8Array): string {
  return String.fromCharCode(...b);
}

function startsWith(b: Uint8Array, magic: string): boolean {
  if (b.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (b[i] !== magic.charCodeAt(i)) return false;
  return true;
}

function contains(b: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  outer: for (
    let i = b.indexOf(first);
    i !== -1 && i <= b.length - needle.length;
    i = b.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (b[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}
