import { type Analysis, memo, type Sentence } from './analysis.ts';
import { type Cue, matches } from './lexicon.ts';
import { allAtWordStart, pattern } from './pattern.ts';

/** A sentence that points to another document: a bilaga, the aktivitetsplan, the agreement. */
export interface Reference {
  sentence: Sentence;
  /** What it points to, lower-case: "bilaga 2", "aktivitetsplan", "handlingsplan", "lägesbild", "överenskommelse". */
  target: string;
  /** Whether the target is part of what is being checked (another file of the bundle, or a section of this one). */
  attached: boolean;
}

export const NOT_ATTACHED_NOTE = 'refererad men ej bifogad';

const VERB =
  '(?:se|i|enligt|redovisas\\s+i|framgår\\s+av|finns\\s+i|beskrivs\\s+i|anges\\s+i|återfinns\\s+i|bifogas\\s+i|utgår\\s+från|bygger\\s+på|(?:i|av)\\s+den\\s+(?:separata|särskilda|årliga|gemensamma))';
const TARGET =
  '(bilaga\\s*(?:\\d+|[A-Z])\\b|bilagan|bilagorna|(?:den\\s+)?(?:separata\\s+|särskilda\\s+|årliga\\s+|gemensamma\\s+)?(?:aktivitetsplan|handlingsplan|åtgärdsplan|lägesbild|problembild|orsaksanalys)(?:en|erna|er)?|överenskommelsen|samverkansöverenskommelsen)';
/** Matched where it starts a word (`allAtWordStart`). */
const REFERENCE = new RegExp(`${VERB}\\s+${TARGET}`, 'giu');
/** A cheap pre-test: every reference names one of these. */
const MENTION = pattern(/bilag|plan|bild|orsaksanalys|överenskommelse/i);
/** "Aktivitetsplanen (bild 8)", "handlingsplanen i avsnitt 6", "aktivitetsplanen nedan": a part of this very document. */
const HERE = new RegExp(
  `${TARGET}\\s*(?:\\(\\s*(?:se\\s+)?|i\\s+|under\\s+)?(?:(?:bild|avsnitt|kapitel|sidan|sid\\.?|s\\.|punkt|tabell)\\s*\\d+|nedan|ovan)(?!\\p{L})`,
  'giu',
);
const SELF_BILAGA = pattern(/(?<!\p{L})(?:är|utgör)\s+(bilaga\s*(?:\d+|[A-Z])\b)/giu);
const BILAGA_ONLY = pattern(/(?<!\p{L})(bilaga\s*(?:\d+|[A-Z])\b)/giu);

export function references(a: Analysis): Reference[] {
  return memo(a, findReferences);
}

/** References, not resolved within what is checked, in sentences that mention one of the cues. */
export function referencedElsewhere(a: Analysis, cues: readonly Cue[] = []): Reference[] {
  return references(a).filter((r) => !r.attached && (cues.length === 0 || matches(r.sentence.text, cues)));
}

/** "Målen ska konkretiseras i handlingsplanen": what a document still to be written will hold. */
const YET_TO_BE_WRITTEN = pattern(
  /(?<!\p{L})(?:ska|skall|kommer\s+att)\s+(?:\p{L}+\s+){0,2}?(?:konkretiseras|preciseras|utvecklas|formuleras|tas\s+fram|arbetas\s+fram|utarbetas)(?!\p{L})/iu,
);

/** "Den första handlingsplanen ska vara klar senast den 31 maj 2027": the plan does not exist yet. */
const NOT_YET_MADE = pattern(
  /(?<!\p{L})(?:aktivitetsplan|handlingsplan|åtgärdsplan)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:ska\s+vara\s+(?:klar|färdig|beslutad)|har\s+(?:ännu\s+)?inte\s+(?:tagits\s+fram|beslutats|upprättats))(?!\p{L})/iu,
);

function findReferences(a: Analysis): Reference[] {
  const out: Reference[] = [];
  const notYetMade = new Set<string>();
  const here = new Set<string>();
  for (const sentence of a.sentences) {
    if (!MENTION.test(sentence.text)) continue;
    for (const m of allAtWordStart(HERE, sentence.text)) here.add(canonical(m[1] ?? ''));
    if (NOT_YET_MADE.test(sentence.text))
      for (const m of sentence.text.matchAll(PLAN_KINDS)) notYetMade.add(canonical(m[0]));
    if (YET_TO_BE_WRITTEN.test(sentence.text)) continue;
    const targets = new Set<string>();
    for (const m of allAtWordStart(REFERENCE, sentence.text)) targets.add(canonical(m[1] ?? ''));
    for (const m of sentence.text.matchAll(BILAGA_ONLY)) targets.add(canonical(m[1] ?? ''));
    // "Aktivitetsplanen är bilaga 2 till överenskommelsen": the document names itself.
    for (const m of sentence.text.matchAll(SELF_BILAGA)) targets.delete(canonical(m[1] ?? ''));
    for (const target of targets) out.push({ sentence, target, attached: isAttached(a, target, sentence) });
  }
  // A plan the document says is still to be made is not kept elsewhere: it is missing.
  return out
    .filter((r) => !notYetMade.has(r.target))
    .map((r) => (here.has(r.target) && PLAN_KIND.test(r.target) ? { ...r, attached: true } : r));
}

/** The kinds of plan that hold measures. */
export const PLAN_KIND = pattern(/aktivitetsplan|handlingsplan|åtgärdsplan/iu);
const PLAN_KINDS = new RegExp(PLAN_KIND.source, 'giu');

function canonical(target: string): string {
  const t = target.toLowerCase().replace(/\s+/g, ' ');
  const bilaga = /bilaga ?(\d+|[a-z])/.exec(t);
  if (bilaga) return `bilaga ${bilaga[1]}`;
  for (const word of [
    'aktivitetsplan',
    'handlingsplan',
    'åtgärdsplan',
    'lägesbild',
    'problembild',
    'orsaksanalys',
  ]) {
    if (t.includes(word)) return word;
  }
  if (t.includes('överenskommelse')) return 'överenskommelse';
  return t;
}

const attachables = new WeakMap<
  Analysis,
  Map<string | undefined, { titles: string[]; firstLines: string[] }>
>();

/** The titles and first lines a reference from a file may resolve to, computed once per file. */
function attachable(a: Analysis, fromFile: string | undefined): { titles: string[]; firstLines: string[] } {
  let byFile = attachables.get(a);
  if (!byFile) {
    byFile = new Map();
    attachables.set(a, byFile);
  }
  let known = byFile.get(fromFile);
  if (!known) {
    const otherFiles = a.files.length > 1;
    const titles = a.headings
      .filter((h) => (otherFiles ? h.origin.file !== fromFile || h.level === 1 : true))
      .map((h) => h.text.toLowerCase());
    // "*Tabell 2. Aktivitetsplan 2026.*" over the table names what it holds, as a heading would.
    for (const b of a.doc.blocks)
      if (b.kind === 'paragraph' && CAPTION.test(b.text)) titles.push(b.text.toLowerCase());
    const firstLines = otherFiles
      ? a.doc.blocks
          .filter((b) => b.origin.file !== fromFile)
          .slice(0, 400)
          .map((b) => b.text.toLowerCase().slice(0, 200))
      : [];
    known = { titles, firstLines };
    byFile.set(fromFile, known);
  }
  return known;
}

const CAPTION = pattern(/^(?:tabell|figur)\s*\d+[.:]?\s+\S.{0,80}$/iu);

/** Titles of the other files of the bundle, and this file's own section titles. */
function isAttached(a: Analysis, target: string, from: Sentence): boolean {
  const otherFiles = a.files.length > 1;
  const { titles, firstLines } = attachable(a, from.block.origin.file);
  if (target.startsWith('bilaga')) {
    const n = target.slice('bilaga '.length);
    const re = new RegExp(`bilaga\\s*${n}\\b`, 'i');
    // "# Bilaga 3 Aktivitetsplan 2026" further on in the same file is attached, too.
    return [...titles, ...firstLines.slice(0, 3)].some((t) => re.test(t));
  }
  if (target === 'överenskommelse') return otherFiles || a.type === 'samverkansoverenskommelse';
  const stem = target === 'åtgärdsplan' ? 'åtgärdsplan' : target;
  if (otherFiles) return titles.some((t) => t.includes(stem));
  return titles.some((t) => t.includes(stem) && !/innehåll/.test(t));
}
