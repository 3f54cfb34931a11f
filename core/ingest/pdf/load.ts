import { getDocument, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IngestError } from '../../model/errors.ts';
import { MAX_PDF_PAGES } from '../limits.ts';
import { messages } from '../messages.ts';
import type { Run, StructNode } from './types.ts';

export interface RawPage {
  number: number;
  width: number;
  height: number;
  runs: Run[];
  /** The page's structure tree when the PDF is tagged. */
  tree?: StructNode;
}

const LIGATURE = /[\ufb00-\ufb06]/;
const LIGATURE_ALL = /[\ufb00-\ufb06]/g;

const ENCRYPTED = 'PDF:en är lösenordsskyddad och kan inte läsas.';
const CORRUPT = 'PDF:en är skadad och kan inte läsas.';

/**
 * Every page's text items through pdf.js. No fonts are fetched or turned into font faces: only
 * positions, sizes and pdf.js's font ids are needed (pdf.js 6 no longer compiles code with eval,
 * so its former `isEvalSupported` option is gone). Without a configured worker pdf.js runs its parser on
 * the calling thread (Node resolves the bundled worker module locally, so nothing goes to the network).
 */
export async function loadPages(bytes: Uint8Array): Promise<RawPage[]> {
  const task = getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (error) {
      throw openError(error);
    }
    if (doc.numPages > MAX_PDF_PAGES)
      throw new IngestError('too-large', messages.tooManyPages(doc.numPages, MAX_PDF_PAGES));
    const numbers = Array.from({ length: doc.numPages }, (_, i) => i + 1);
    const pages = await Promise.all(numbers.map((n) => doc.getPage(n).then(readPage)));
    return pages;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('corrupt', CORRUPT, { cause: error });
  } finally {
    await task.destroy();
  }
}

/**
 * A page's text items with the marked-content sections they sit in, and its structure tree.
 * Not every tagged PDF sets MarkInfo (Chromium's do not), so the tree is always asked for; an
 * untagged page answers with none at little cost.
 */
async function readPage(page: PDFPageProxy): Promise<RawPage> {
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const [content, tree] = await Promise.all([
    // pdf.js's own normalisation runs a large regex over every item; only ligatures matter here.
    page.getTextContent({ includeMarkedContent: true, disableNormalization: true }),
    page.getStructTree().catch(() => undefined),
  ]);
  const runs: Run[] = [];
  // Open marked-content sections; a run belongs to the innermost one with an id (a ligature's
  // ActualText span has none).
  const open: (string | undefined)[] = [];
  for (const item of content.items) {
    if ('type' in item) {
      if (item.type === 'endMarkedContent') open.pop();
      else open.push(item.type === 'beginMarkedContentProps' ? (item.id ?? undefined) : undefined);
      continue;
    }
    if (item.str.trim() === '') continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    // Rotated or vertical text is rare in these documents and would only scramble lines.
    if (Math.abs(b ?? 0) > 0.01 || Math.abs(c ?? 0) > 0.01) continue;
    const size = Math.abs(d ?? a ?? 0) || item.height;
    runs.push({
      str: LIGATURE.test(item.str) ? item.str.replace(LIGATURE_ALL, (m) => m.normalize('NFKC')) : item.str,
      x: (e ?? 0) - x0,
      y: (f ?? 0) - y0,
      width: item.width,
      size,
      font: item.fontName,
    });
    const mc = open.findLast((id) => id !== undefined);
    if (mc !== undefined) (runs.at(-1) as Run).mc = mc;
  }
  const raw: RawPage = { number: page.pageNumber, width: x1 - x0, height: y1 - y0, runs };
  if (tree) raw.tree = tree as StructNode;
  return raw;
}

function openError(error: unknown): IngestError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return new IngestError('encrypted', ENCRYPTED, { cause: error });
  return new IngestError('corrupt', CORRUPT, { cause: error });
}
