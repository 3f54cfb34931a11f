import {
  AnnotationMode,
  getDocument,
  type PDFDocumentProxy,
  type PDFPageProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IngestError } from '../../model/errors.ts';
import { MAX_PDF_PAGES } from '../limits.ts';
import { messages } from '../messages.ts';
import { dropStruck, mentionsStrikes, thinBars } from './strikes.ts';
import type { Run, StructNode } from './types.ts';

export interface RawPage {
  number: number;
  width: number;
  height: number;
  runs: Run[];
  /** The page's structure tree when the PDF is tagged. */
  tree?: StructNode;
  /**
   * Read by a helper thread from its own parse of the file. pdf.js numbers font ids per parse, so
   * this page's `font`s compare only with each other.
   */
  helper?: true;
}

/**
 * Reads some of a document's pages on another thread while the caller reads the rest. Registered by
 * Node entry points (threads.ts); the browser extension has pdf.js's own worker and none.
 */
export interface PageHelper {
  /** Fewest pages for which sharing pays. */
  readonly minPages: number;
  /** Starts sharing pages 1…count of the file, of which 1…claimed are already the caller's. */
  start(bytes: Uint8Array, count: number, claimed: number): PageJob | undefined;
}

/** One document's pages shared between the caller and a helper, each taking the next unread page. */
export interface PageJob {
  /** The next page for the caller to read, or undefined when every page is taken. */
  claim(): number | undefined;
  /** The helper's pages among `numbers`, once each is delivered or lost (a failed helper delivers none). */
  collect(numbers: number[]): Promise<Map<number, RawPage>>;
  /** Ends the job: the helper takes no more pages and delivers nothing more. */
  close(): void;
}

export interface LoadOptions {
  /** Whether a registered page helper may read pages (default true). */
  helper?: boolean;
  /**
   * Whether to drop struck-through text (default: in documents whose text mentions it). Finding it
   * means reading every page's paint, which costs about half as much again as reading its text.
   */
  strikes?: boolean;
}

let pageHelper: PageHelper | undefined;

/** Sets (or with undefined removes) the helper that loadPages shares pages with. */
export function usePageHelper(helper: PageHelper | undefined): void {
  pageHelper = helper;
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
export async function loadPages(bytes: Uint8Array, options: LoadOptions = {}): Promise<RawPage[]> {
  const task = openPdf(bytes);
  try {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (error) {
      throw openError(error);
    }
    if (doc.numPages > MAX_PDF_PAGES)
      throw new IngestError('too-large', messages.tooManyPages(doc.numPages, MAX_PDF_PAGES));
    const helper = options.helper === false ? undefined : pageHelper;
    const pages =
      helper && doc.numPages >= helper.minPages
        ? await readShared(doc, bytes, helper)
        : await Promise.all(pageNumbers(doc.numPages).map((n) => doc.getPage(n).then((p) => readPage(p))));
    if (options.strikes ?? mentionsStrikes(pages))
      await Promise.all(pages.map((p) => dropStruckText(doc, p)));
    return pages;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('corrupt', CORRUPT, { cause: error });
  } finally {
    await task.destroy();
  }
}

/** The loading task for a file, with the options every reader of its pages uses. */
export function openPdf(bytes: Uint8Array) {
  return getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  });
}

const pageNumbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

/**
 * The pages read here and by the helper, each taking the next unread page, so a helper that starts
 * late or fails only leaves more to this thread. Only for a tagged document (page 1 has a tree):
 * its blocks come from the tree, while layout analysis compares font ids, which differ per parse.
 */
async function readShared(doc: PDFDocumentProxy, bytes: Uint8Array, helper: PageHelper): Promise<RawPage[]> {
  const numbers = pageNumbers(doc.numPages);
  // The helper opens its copy of the file while page 1 shows whether the document is tagged.
  let job = helper.start(bytes, numbers.length, 1);
  const first = await doc.getPage(1);
  const tree = structTree(first);
  if (job && !(await tree)) {
    job.close();
    job = undefined;
  }
  if (!job) {
    const rest = numbers.slice(1).map((n) => doc.getPage(n).then((p) => readPage(p)));
    return Promise.all([readPage(first, tree), ...rest]);
  }
  try {
    const pages = new Map([[1, await readPage(first, tree)]]);
    for (let n = job.claim(); n !== undefined; n = job.claim())
      pages.set(n, await readPage(await doc.getPage(n)));
    const theirs = numbers.filter((n) => !pages.has(n));
    const helped = await job.collect(theirs);
    for (const n of theirs) {
      const page = helped.get(n);
      pages.set(n, page ? { ...page, helper: true } : await readPage(await doc.getPage(n)));
    }
    return numbers.map((n) => pages.get(n) as RawPage);
  } finally {
    job.close();
  }
}

const structTree = (page: PDFPageProxy) =>
  page.getStructTree().then(
    (tree) => (tree ?? undefined) as StructNode | undefined,
    () => undefined,
  );

/**
 * A page's text items with the marked-content sections they sit in, and its structure tree.
 * Not every tagged PDF sets MarkInfo (Chromium's do not), so the tree is always asked for; an
 * untagged page answers with none at little cost.
 */
export async function readPage(page: PDFPageProxy, knownTree = structTree(page)): Promise<RawPage> {
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const [content, tree] = await Promise.all([
    // pdf.js's own normalisation runs a large regex over every item; only ligatures matter here.
    page.getTextContent({ includeMarkedContent: true, disableNormalization: true }),
    knownTree,
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
  if (tree) raw.tree = tree;
  return raw;
}

/** Drops a page's text struck through by lines in its paint (annotations are no part of it). */
async function dropStruckText(doc: PDFDocumentProxy, raw: RawPage): Promise<void> {
  const page = await doc.getPage(raw.number);
  const [x0, y0] = page.view as [number, number];
  const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  raw.runs = dropStruck(raw.runs, thinBars(ops, x0, y0));
}

function openError(error: unknown): IngestError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return new IngestError('encrypted', ENCRYPTED, { cause: error });
  return new IngestError('corrupt', CORRUPT, { cause: error });
}
