import { buildDocument } from '../model/build.ts';
import type { Document, RawBlock } from '../model/document.ts';
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
  let raw = await loadPages(bytes);
  if (raw.every((p) => p.runs.length === 0)) throw new IngestError('no-text-layer', NO_TEXT);
  // A tagged PDF says what its blocks are; layout analysis is the fallback for untagged ones.
  const tagged = taggedBlocks(raw);
  if (tagged) return buildDocument(name, 'pdf', tagged, raw.length);
  // Layout analysis compares font ids, which pdf.js numbers per parse: it needs every page from one.
  if (raw.some((p) => p.helper)) raw = await loadPages(bytes, { helper: false });
  const pages = raw.map(buildLines);
  removeFurniture(pages);
  const styles = measureStyles(pages);
  const builder = new BlockBuilder(styles);
  for (const page of pages) for (const flow of readingFlows(page)) builder.addFlow(flow);
  builder.assignLevels();
  return buildDocument(name, 'pdf', splitTableCaptions(builder.blocks), raw.length);
}

/**
 * A heading set right above a table is read into the table as a first row with one filled cell.
 * Split it off as a heading one level below the section it is in.
 */
function splitTableCaptions(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  let level = 0;
  for (const b of blocks) {
    if (b.kind === 'heading') level = b.level ?? level;
    const first = b.rows?.[0];
    const filled = first?.filter((c) => c.trim() !== '') ?? [];
    const caption = filled[0];
    if (
      b.kind === 'table' &&
      b.rows &&
      first &&
      first.length >= 2 &&
      filled.length === 1 &&
      first[0] === caption &&
      b.rows.length >= 3 &&
      caption &&
      caption.split(/\s+/).length <= 12
    ) {
      out.push({ kind: 'heading', level: Math.min(6, level + 1), text: caption, origin: b.origin });
      out.push({ ...b, rows: b.rows.slice(1) });
      continue;
    }
    out.push(b);
  }
  return out;
}
