import { IngestError } from '../model/errors.ts';

export type IngestFormat = 'pdf' | 'docx' | 'markdown' | 'text';

/** Decide the format from the bytes first and the file name second. */
export function sniff(bytes: Uint8Array, name: string): IngestFormat {
  if (bytes.length === 0) throw new IngestError('empty', 'Filen är tom.');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'docx';
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  return 'text';
}
