import { buildDocument } from '../model/build.ts';
import type { Document } from '../model/document.ts';
import { IngestError } from '../model/errors.ts';
import { BlockBuilder } from './pdf/blocks.ts';
import { readingFlows } from './pdf/columns.ts';
import { removeFurniture } from './pdf/furniture.ts';
import { buildLines } from './pdf/lines.ts';
import { loadPages } from './pdf/load.ts';
import { measureStyles } from './pdf/styles.ts';
import { taggedBlocks } from './pdf/tagged.ts';

const NO_TEXT =
  'PDF:en saknar textlager — den verkar vara skannad. Kör den genom textigenkänning (OCR) eller använd originalfilen i Word-format.';

/**
 * PDF to Document. A tagged PDF's structure tree gives the blocks directly. Otherwise pdf.js text items are rebuilt into lines by position, running headers and
 * footers are dropped, columns are read in order, and lines become headings, paragraphs, list
 * items and tables by size, font, gaps and alignment.
 */
export async function ingestPdf(bytes: Uint8Array, name: string): Promise<Document> {
  const raw = await loadPages(bytes);
  if (raw.every((p) => p.runs.length === 0)) throw new IngestError('no-text-layer', NO_TEXT);
  // A tagged PDF says what its blocks are; layout analysis is the fallback for untagged ones.
  const tagged = taggedBlocks(raw);
  if (tagged) return buildDocument(name, 'pdf', tagged, raw.length);
  const pages = raw.map(buildLines);
  removeFurniture(pages);
  const styles = measureStyles(pages);
  const builder = new BlockBuilder(styles);
  for (const page of pages) for (const flow of readingFlows(page)) builder.addFlow(flow);
  builder.assignLevels();
  return buildDocument(name, 'pdf', builder.blocks, raw.length);
}
