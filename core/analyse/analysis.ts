import type { Block, Cell, Document } from '../model/document.ts';
import type { DocType } from './doctype.ts';
import { type Cue, matchAll, matches } from './lexicon.ts';
import { pattern } from './pattern.ts';
import { withoutPlaceholders } from './placeholders.ts';
import { type Span, splitSentences, stripNumbering } from './text.ts';
import { indexTexts } from './text-index.ts';
import { swedishTitle } from './titles.ts';

export interface Sentence extends Span {
  block: Block;
  section: Section;
}

export interface Section {
  /** Heading text without its number; '' for the part before the first heading. */
  title: string;
  heading?: Block;
  level: number;
  start: number;
  end: number;
  /** The section's own blocks and those of its subsections, headings excluded. */
  blocks: Block[];
  sentences: Sentence[];
  parent?: Section;
  children: Section[];
}

export interface Evidence {
  quote: string;
  file?: string;
  page?: number;
  line?: number;
  start: number;
  end: number;
  headingPath: string[];
}

export interface AnalysisOptions {
  /** Reference date (YYYY-MM-DD) deciding whether the document is current. */
  referenceDate: string;
  type: DocType;
}

/**
 * What every rule reads: the document split once into sections and sentences. Shared finders
 * (goals, focus areas, signatures …) hang off it through `memo`, so each is computed once.
 */
export interface Analysis extends AnalysisOptions {
  doc: Document;
  /** Names of the files analysed together (one for a single file). */
  files: string[];
  /** Content blocks: not headings, not table of contents, not signatures. */
  content: Block[];
  headings: Block[];
  signatureBlocks: Block[];
  sentences: Sentence[];
  sections: Section[];
  root: Section;
}

/** Titles of parts on the national frame: "Tryggheten i Sverige", "Brå:s roll", "Polisens uppdrag". */
const NATIONAL_TITLE = pattern(
  /(?<!\p{L})(?:i\s+(?:hela\s+)?(?:Sverige|landet|riket)|nationell\p{L}*|Brå:s|Brottsförebyggande\s+rådets|lagen\s+om|polisens\s+uppdrag|regeringens|länsstyrelsens\s+roll)(?!\p{L})/iu,
);

/** "[Kommentar: ska vi ha med siffror här?]", "[Avsnittet skrivs i utkast 3.]": a draft's remark, not the document's text. */
const COMMENT = pattern(
  /\[\s*(?:kommentar|fråga|anm|anmärkning|not|obs|todo|tbd|text\s+saknas|avsnittet|skrivs|fylls\s+i|att\s+skriva)\b[^\]]*\]/giu,
);

function reviewerComments(text: string): Span[] {
  if (!text.includes('[')) return [];
  return [...text.matchAll(COMMENT)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

function inComment(comments: Span[], span: Span): boolean {
  return comments.some((c) => span.start >= c.start && span.end <= c.end);
}

export function analyseStructure(given: Document, options: AnalysisOptions): Analysis {
  const doc = withoutPlaceholders(given);
  const root: Section = {
    title: '',
    level: 0,
    start: 0,
    end: doc.text.length,
    blocks: [],
    sentences: [],
    children: [],
  };
  const sections: Section[] = [root];
  const stack: Section[] = [root];
  const content: Block[] = [];
  const headings: Block[] = [];
  const signatureBlocks: Block[] = [];
  const sentences: Sentence[] = [];
  const spans = splitSentences(doc.text);
  const comments = reviewerComments(doc.text);
  let next = 0;
  // Sections on the national frame, and every section under one.
  const national = new Set<Section>();

  for (const block of doc.blocks) {
    if (block.kind === 'heading') {
      const level = block.level ?? 1;
      while (stack.length > 1 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
      const parent = stack.at(-1) ?? root;
      const section: Section = {
        title: swedishTitle(stripNumbering(block.text)),
        heading: block,
        level,
        start: block.start,
        end: block.end,
        blocks: [],
        sentences: [],
        parent,
        children: [],
      };
      parent.children.push(section);
      sections.push(section);
      stack.push(section);
      headings.push(block);
      if (national.has(parent) || NATIONAL_TITLE.test(section.title)) national.add(section);
      continue;
    }
    if (block.kind === 'toc' || block.kind === 'struck') continue;
    if (block.kind === 'signature') {
      signatureBlocks.push(block);
      continue;
    }
    content.push(block);
    const section = stack.at(-1) ?? root;
    for (const s of stack) {
      s.blocks.push(block);
      s.end = Math.max(s.end, block.end);
    }
    while (next < spans.length && (spans[next]?.start ?? 0) < block.start) next++;
    const own = [];
    while (next < spans.length && (spans[next]?.end ?? 0) <= block.end) own.push(spans[next++] as Span);
    // "1.5 Tryggheten i Sverige", "1.3 Lagen om kommuners ansvar …": the national frame says nothing of this place.
    if (national.has(section)) continue;
    // "[Målen formuleras när nollmätningen är klar.]": a paragraph wholly in brackets is the drafter's note.
    if (block.kind === 'paragraph' && DRAFT_NOTE.test(block.text)) continue;
    for (const whole of block.kind === 'table' ? tableRows(block) : own) {
      const span = withoutRevisionLabel(whole);
      // "[fylls i]", "XX": a placeholder in a draft says nothing, nor does a reviewer's comment or note.
      if (
        PLACEHOLDER.test(span.text) ||
        DRAFT_NOTE.test(span.text) ||
        FIGURE_PLACEHOLDER.test(span.text) ||
        inComment(comments, span) ||
        NATIONAL_MODEL.test(span.text)
      )
        continue;
      const sentence: Sentence = { ...span, block, section };
      sentences.push(sentence);
      for (const s of stack) s.sentences.push(sentence);
    }
  }

  indexTexts([...sentences.map((s) => s.text), ...sections.map((s) => s.title)], doc);
  return {
    ...options,
    doc,
    files: doc.files ?? [doc.name],
    content,
    headings,
    signatureBlocks,
    sentences,
    sections,
    root,
  };
}

/** The national model, the law and the practice in general, not this document. */
const NATIONAL_PATTERNS = [
  // "Brå har i sitt kunskapsstöd beskrivit ett arbetssätt i fem steg", "Polisens nationella arbetssätt … beskriver".
  /^(?:enligt\s+)?(?:brå(?::s|s)?|brottsförebyggande\s+rådets?|lagen|regeringen|(?:polisens\s+|den\s+)?nationella\s+\p{L}+)(?:\s+har)?\s+(?:\S+\s+){0,4}?(?:beskriv\p{L}*|rekommender\p{L}*|föreskriv\p{L}*|anger|kräver|skriver|bör|betonar|understryker|framhåller|lyfter|förordar|påpek\p{L}*)(?!\p{L})/u,
  // "Enligt Brås kunskapsstöd ska ett medborgarlöfte bygga på …", "Enligt arbetssättet ska polis och kommun …",
  // "Enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete ska kommunen …"
  /^enligt\s+(?:brå(?::s|s)?|(?:den\s+(?:nya\s+)?)?lagen(?:\s*\(\d{4}:\d+\))?(?:\s+om(?:\s+\S+){1,6}?)?|arbetssättet|modellen|metoden)\s+(?:\S+\s+){0,2}?ska(?!\p{L})/u,
  // "… och orsaksanalys är en självklar del av hur vi planerar": the method praised, not done.
  /(?<!\p{L})(?:orsaksanalys\p{L}*|lägesbild\p{L}*|uppföljning\p{L}*|medborgardialog\p{L}*)\s+är\s+en\s+(?:självklar|naturlig|viktig|central|given|bärande)\s+del\s+av(?!\p{L})/u,
  /^nationellt\s+(?:rekommenderas|förordas|föreskrivs|krävs)(?!\p{L})/u,
  // "Medborgarlöften infördes i hela Polisen 2016": the practice, not this promise.
  /^(?:medborgarlöften|samverkansöverenskommelser)\s+(?:infördes|är|används|bygger|ska|kan|finns|har)(?!\p{L})/u,
  // "… gäller lagen (2023:196), som kräver att kommunen tar fram en lägesbild".
  /(?<!\p{L})lag(?:en)?\s*\(\d{4}:\d+\)[^.]{0,120}?(?:kräver|innebär\s+att|ställer\s+krav)(?!\p{L})/u,
  // "Arbetet följer Brås modell i fem steg: lägesbild, orsaksanalys, åtgärder och uppföljning": the way, not the work.
  /(?<!\p{L})fem\s+steg(?!\p{L})|(?<!\p{L})(?:följer|enligt)\s+brå(?::s|s)\s+(?:kunskapsstöd|modell|metod|arbetssätt)\p{L}*\s*:/u,
];
export const NATIONAL_MODEL = new RegExp(NATIONAL_PATTERNS.map((r) => r.source).join('|'), 'iu');

/** "Ny text: Mål 1A. …": a revision's mark on added text, not part of it. */
const REVISION_LABEL = pattern(
  /^\s*(?:ny\s+text|ny\s+lydelse|ändrad\s+text|ändrad\s+lydelse|tillägg|tillagd\s+text)\s*:\s*/iu,
);

function withoutRevisionLabel(span: Span): Span {
  const label = REVISION_LABEL.exec(span.text)?.[0];
  return label
    ? { start: span.start + label.length, end: span.end, text: span.text.slice(label.length) }
    : span;
}

/** A paragraph wholly in square brackets, as a draft's notes to itself are. */
const DRAFT_NOTE = pattern(/^\s*\[[^[\]]{3,400}\]\s*$/u);
/** "[XX] procent": a figure still to be filled in, so the sentence states nothing yet. */
const FIGURE_PLACEHOLDER = pattern(/\[\s*X{2,}\s*\]/u);

const PLACEHOLDER = pattern(/^\s*\[?\s*(?:fylls\s+i|text\s+kommer|XX+|TBD|\.{3,}|…)\s*\]?\s*\.?\s*$/iu);

/** "Status | … Stryks": a row the plan has dropped. */
const STATUS_HEADER = pattern(/^status$/iu);
const DROPPED = pattern(
  /^(?:stryks|struken|struket|utgår|utgått|avbruten|avbrutet|ställs\s+in|inställd)\.?$/iu,
);

/** Whether a row's status cell ("Status | … | Stryks") says the plan has dropped it. */
export function droppedRow(header: Cell[] | undefined, row: Cell[]): boolean {
  const i = header?.findIndex((c) => STATUS_HEADER.test(c.text.trim())) ?? -1;
  return i >= 0 && DROPPED.test(row[i]?.text.trim() ?? '');
}

/** A table row is one "sentence": its cells joined as in the block text. A row marked dropped says nothing. */
function tableRows(block: Block): Span[] {
  const header = block.rows?.[0];
  return (block.rows ?? []).flatMap((row) => {
    const first = row[0];
    const last = row.at(-1);
    if (!first || !last || droppedRow(header, row)) return [];
    return [{ start: first.start, end: last.end, text: row.map((c) => c.text).join(' | ') }];
  });
}

/** Sections whose title contains one of the cues (outermost first). */
export function sectionsTitled(a: Analysis, cues: readonly Cue[]): Section[] {
  return a.sections.filter((s) => s.heading && matches(s.title, cues));
}

/** Cue hits with their sentence. */
export function hits(
  scope: { sentences: Sentence[] },
  cues: readonly Cue[],
): { sentence: Sentence; text: string }[] {
  return scope.sentences.flatMap((sentence) =>
    matchAll(sentence.text, cues).map((m) => ({ sentence, text: m.text })),
  );
}

/** Evidence for a span of the document: the quote and where it is. */
export function evidence(a: Analysis, span: { start: number; end: number; block?: Block }): Evidence {
  const block = span.block ?? a.doc.blocks.find((b) => b.start <= span.start && span.start <= b.end);
  const quote = a.doc.text.slice(span.start, span.end);
  const ev: Evidence = {
    quote: clip(quote),
    start: span.start,
    end: span.end,
    headingPath: block?.headingPath ?? [],
  };
  if (block?.origin.file) ev.file = block.origin.file;
  if (block?.origin.page !== undefined) ev.page = block.origin.page;
  if (block?.origin.line !== undefined) ev.line = block.origin.line;
  return ev;
}

const MAX_QUOTE = 400;

function clip(quote: string): string {
  return quote.length <= MAX_QUOTE ? quote : `${quote.slice(0, MAX_QUOTE - 1).trimEnd()}…`;
}

/**
 * The first heading of a file when it wraps the rest ("Medborgarlöfte 2025", "Bilaga 2: Aktivitetsplan
 * 2025"): it names the document, not a part of it.
 */
export function isFileTitle(s: Section): boolean {
  if (!s.parent || s.parent.heading || s.children.length === 0) return false;
  const file = s.heading?.origin.file;
  return s.parent.children.find((c) => c.heading?.origin.file === file) === s;
}

const memos = new WeakMap<Analysis, Map<unknown, unknown>>();

/** Compute a shared finder's result once per analysis. */
export function memo<T>(a: Analysis, finder: (a: Analysis) => T): T {
  let table = memos.get(a);
  if (!table) {
    table = new Map();
    memos.set(a, table);
  }
  if (table.has(finder)) return table.get(finder) as T;
  const value = finder(a);
  table.set(finder, value);
  return value;
}
