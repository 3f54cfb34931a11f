import type { Document } from '../model/document.ts';
import { IngestError } from '../model/errors.ts';
import { ingestDocx } from './docx.ts';
import { ingestMarkdown } from './markdown.ts';
import { messages } from './messages.ts';
import { ingestPdf } from './pdf.ts';
import { sniff } from './sniff.ts';

export { IngestError } from '../model/errors.ts';
export * from './limits.ts';

const FORMAT_NAMES = { pdf: 'PDF', docx: 'Word', markdown: 'Markdown', text: 'text' } as const;

/** Any supported file's bytes to a Document; every failure is an IngestError with a Swedish message. */
export async function ingest(bytes: Uint8Array, name: string): Promise<Document> {
  let format: keyof typeof FORMAT_NAMES | undefined;
  try {
    const sniffed = await sniff(bytes, name);
    format = sniffed.format;
    switch (sniffed.format) {
      case 'pdf':
        return await ingestPdf(bytes, name);
      case 'docx':
        return await ingestDocx(bytes, name);
      case 'markdown':
      case 'text': {
        const doc = ingestMarkdown(sniffed.text, name, sniffed.format);
        if (doc.blocks.length === 0) throw new IngestError('empty', messages.noText);
        return doc;
      }
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    // A parser recursing once per level of nesting runs out of stack on a hostile document.
    if (error instanceof RangeError && /call stack/i.test(error.message))
      throw new IngestError('too-large', messages.tooDeep, { cause: error });
    const message =
      format === 'docx' ? messages.corruptDocx : messages.unreadable(FORMAT_NAMES[format ?? 'text']);
    throw new IngestError('corrupt', message, { cause: error });
  }
}
