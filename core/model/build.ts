import type { Block, Cell, Document, RawBlock, SourceFormat } from './document.ts';
import { unfoldLayoutTables } from './layout-tables.ts';
import {
  isChangeLogHeading,
  isSignatureHeading,
  isStruck,
  isTocHeading,
  isTocLine,
  normaliseInline,
} from './normalise.ts';
import { promoteLabelHeadings, promoteOutlineHeadings, splitLabelledParagraphs } from './outline.ts';

const BLOCK_SEPARATOR = '\n\n';
const CELL_SEPARATOR = ' | ';

/**
 * Turn an ingester's raw blocks into a Document: normalise text, assign offsets and heading
 * paths, and mark tables of contents and the signature block so they never count as content.
 */
const BALLOT_BOX = /^[\u2610-\u2612]\s*/u;

export function buildDocument(name: string, format: SourceFormat, raw: RawBlock[], pages?: number): Document {
  const blocks: Block[] = [];
  const path: { level: number; text: string }[] = [];
  let text = '';
  let region: 'content' | 'toc' | 'signature' = 'content';
  let regionLevel = 0;

  const furniture = runningLines(raw);
  for (const rb of splitLabelledParagraphs(
    unfoldLayoutTables(promoteLabelHeadings(promoteOutlineHeadings(raw))),
  )) {
    if (furniture.has(rb)) continue;
    const rows = rb.rows?.map((row) => row.map(normaliseInline)).filter((row) => row.some((c) => c !== ''));
    // "☒ A: SSPF-gruppen startar …": a checklist's box, as Word writes it, is no more text than Markdown's "[x]".
    const blockText = rows
      ? rows.map((r) => r.join(CELL_SEPARATOR)).join('\n')
      : normaliseInline(rb.text).replace(BALLOT_BOX, '');
    if (blockText === '') continue;

    let kind = rb.kind;
    if (kind === 'heading') {
      const level = rb.level ?? 1;
      if (region !== 'content' && level <= regionLevel) region = 'content';
      while (path.length > 0 && (path.at(-1)?.level ?? 0) >= level) path.pop();
      if (isTocHeading(blockText) || isChangeLogHeading(blockText)) {
        region = 'toc';
        regionLevel = level;
      } else if (isSignatureHeading(blockText)) {
        region = 'signature';
        regionLevel = level;
      }
    } else if (region === 'toc' || isTocLine(blockText)) {
      kind = 'toc';
    } else if (isTocHeading(blockText.replace(/\*/g, ''))) {
      // A bold "Läsanvisning" line opens a reading guide that lasts until the next heading.
      kind = 'toc';
      region = 'toc';
      regionLevel = Number.POSITIVE_INFINITY;
    } else if (region === 'signature') {
      kind = 'signature';
    } else if ((kind === 'paragraph' || kind === 'list-item') && isStruck(blockText)) {
      kind = 'struck';
    }

    if (text !== '') text += BLOCK_SEPARATOR;
    const start = text.length;
    let cells: Cell[][] | undefined;
    if (rows) {
      cells = [];
      let offset = start;
      for (const row of rows) {
        const cellRow: Cell[] = [];
        for (const [i, cellText] of row.entries()) {
          if (i > 0) offset += CELL_SEPARATOR.length;
          cellRow.push({ text: cellText, start: offset, end: offset + cellText.length });
          offset += cellText.length;
        }
        cells.push(cellRow);
        offset += 1;
      }
    }
    text += blockText;
    const block: Block = {
      kind,
      text: blockText,
      start,
      end: text.length,
      headingPath: path.map((h) => h.text),
      origin: rb.origin,
    };
    if (kind === 'heading') block.level = rb.level ?? 1;
    if (cells) block.rows = cells;
    blocks.push(block);
    if (kind === 'heading') path.push({ level: rb.level ?? 1, text: blockText });
  }

  markTrailingSignatures(blocks);
  const doc: Document = { name, format, text, blocks };
  if (pages !== undefined) doc.pages = pages;
  return doc;
}

/** Line, page and heading path for an offset into the document's text. */
export function locate(
  doc: Document,
  offset: number,
): { block?: Block; page?: number; line?: number; headingPath: string[] } {
  let lo = 0;
  let hi = doc.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = doc.blocks[mid];
    if (!b) break;
    if (offset < b.start) hi = mid - 1;
    else if (offset > b.end) lo = mid + 1;
    else return { block: b, page: b.origin.page, line: b.origin.line, headingPath: b.headingPath };
  }
  return { headingPath: [] };
}

const SIGNATURE_ROLE =
  /(ordförande|kommunalråd|kommundirektör|kommunchef|polisområdeschef|lokalpolisområdeschef|chef (?:för )?lokalpolisområde|kommunpolis|polischef|områdeschef|underskrift)/i;
const SIGNATURE_PLACE_DATE =
  /^[A-ZÅÄÖ][\p{L}-]+(?:(?:,| och) [A-ZÅÄÖ][\p{L}-]+)*(?:( den)? \d{1,2}|,? i) [a-zåäö]+ \d{4}$|^(ort och )?datum\b|^(?:[A-ZÅÄÖ][\p{L}-]+,?\s+)?(?:den\s+)?\d{4}-\d{2}-\d{2}$/iu;

/** "För Ekby kommun", "För Polismyndigheten", or a name alone on its line. */
const SIGNATURE_PARTY_OR_NAME =
  /^(?:[Ff]ör\s+(?:\p{Lu}|kommunen|polisen)[\p{L}-]*(?:,?\s+[\p{L}-]+){0,4}|\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,3})$/u;

/** An unheaded signature block: the short place/date and name/role lines that end a document. */
/** "Harvsjö kommun · Samverkansöverenskommelse · Sida 3 av 9": a page marker, digits masked. */
const PAGE_MARK = /(?:sida|sid\.?|bild|page)\s*#|#\s*\(#\)|#\s*av\s*#/i;
const RUNNING_REPEATS = 3;

/**
 * Running headers and footers written into the text (as a Word or Markdown export keeps them): short
 * paragraphs with a page marker that recur, digits aside, on several pages.
 */
function runningLines(raw: RawBlock[]): Set<RawBlock> {
  const masked = (b: RawBlock) => normaliseInline(b.text).replace(/\d+/g, '#');
  const counts = new Map<string, RawBlock[]>();
  for (const b of raw) {
    if (b.kind !== 'paragraph' || b.text.length > 160) continue;
    const m = masked(b);
    if (!PAGE_MARK.test(m)) continue;
    counts.set(m, [...(counts.get(m) ?? []), b]);
  }
  return new Set([...counts.values()].filter((bs) => bs.length >= RUNNING_REPEATS).flat());
}

function markTrailingSignatures(blocks: Block[]): void {
  let first = blocks.length;
  let hasRole = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (!b || b.kind === 'heading' || b.kind === 'table' || b.text.length > 160) break;
    const words = b.text.split(' ').length;
    // A sentence that names a role ("… beslutas av lokalpolisområdeschefen.") is content, not a signature.
    const sentence = words >= 6 && /[.!?]$/.test(b.text);
    const role = SIGNATURE_ROLE.test(b.text) && words <= 14 && !sentence;
    const line = SIGNATURE_PLACE_DATE.test(b.text) || SIGNATURE_PARTY_OR_NAME.test(b.text);
    if (!role && !line && b.kind !== 'signature') break;
    hasRole ||= role;
    first = i;
  }
  if (!hasRole) return;
  for (let i = first; i < blocks.length; i++) {
    const b = blocks[i];
    if (b && b.kind !== 'toc') b.kind = 'signature';
  }
}
