import type { Document } from '../model/document.ts';
import { IngestError } from '../model/errors.ts';

export async function ingestPdf(_bytes: Uint8Array, _name: string): Promise<Document> {
  throw new IngestError('unsupported-format', 'PDF stöds inte ännu.');
}
