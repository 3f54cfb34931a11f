import type { Document } from '../model/document.ts';
import { IngestError } from '../model/errors.ts';
import { ingestDocx } from './docx.ts';
import { ingestMarkdown } from './markdown.ts';
import { ingestPdf } from './pdf.ts';
import { sniff } from './sniff.ts';

export { IngestError } from '../model/errors.ts';

/** Any supported file's bytes to a Document; every failure is an IngestError with a Swedish message. */
export async function ingest(bytes: Uint8Array, name: string): Promise<Document> {
  const kind = sniff(bytes, name);
  try {
    switch (kind) {
      case 'pdf':
        return await ingestPdf(bytes, name);
      case 'docx':
        return await ingestDocx(bytes, name);
      case 'markdown':
      case 'text':
        return ingestMarkdown(decodeText(bytes), name, kind);
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('corrupt', `Filen kunde inte läsas: den verkar vara skadad (${name}).`, {
      cause: error,
    });
  }
}

function decodeText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.trim() === '') throw new IngestError('empty', 'Filen innehåller ingen text.');
  return text;
}
