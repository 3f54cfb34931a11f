import type { Block } from '../model/document.ts';
import { activities, isPartyDoingTitle, NUMBERED_MEASURE } from './activities.ts';
import { type Analysis, isFileTitle, memo, type Section, type Sentence } from './analysis.ts';

import { type Cue, matches as test } from './lexicon.ts';
import { pattern } from './pattern.ts';
import { signatures } from './signatures.ts';
import { roleTable } from './table-roles.ts';

/** `matches` under the short name the finders use. */
export { test };

/**
 * Where a sentence stands: which sections it is in, and whether it describes what is (a picture,
 * a dialogue held) or what is to be done (a measure, a commitment, a plan).
 */

/** Sections whose content is measures, commitments or administration, not a description of the situation. */
export const NON_PICTURE_TITLES: Cue[] = [
  'åtgärd*',
  'aktivitet*',
  'åtagande*',
  'ansvarsfördelning*',
  'organisation*',
  'organiserade',
  'samordning*',
  'resurser',
  'mandat',
  'uppföljning*',
  'följer vi upp',
  'följs upp',
  'giltighet*',
  'avtalstid',
  'löptid',
  'sekretess*',
  'samverkan med',
  'revidering*',
  'underskrift*',
  'kontakt*',
  'kommunikation*',
  'informationsutbyte',
  'informationsdelning',
  '=löfte',
  'våra löften',
  'polisens löften',
  'kommunens roll',
  'löften för',
  'särskilda händelser',
  'samverkan i vardagen',
  'styrgrupp*',
  'arbetsgrupp*',
  'rapportering*',
  'det här gör vi',
  // "Socialförvaltningen gör", "Vad gör vi?"
  '=gör',
];

const PROMISE_TITLES: Cue[] = ['=löfte', 'våra löften', 'löften för'];

/** Wording of a plan or commitment: what is to be done rather than what has been done. */
export const PROSPECTIVE: Cue[] = [
  '=ska',
  '=skall',
  'kommer att',
  'planera*',
  '=avser',
  '=genomföra',
  '=ta fram',
  '=tas fram',
  '=görs under',
  '=genomförs under',
  '=utreda',
  'ännu inte',
  '=åtar sig',
  '=uppdatera',
  // "Polisens lokala lägesbild väntas under våren 2026."
  '=väntas',
];

const titled = new WeakMap<Section, Map<readonly Cue[], boolean>>();

/** Titles of the section and all its ancestors, innermost first; a file's title heading is left out. */
export function titlesOf(section: Section | undefined): string[] {
  const out: string[] = [];
  for (let s = section; s; s = s.parent) if (s.heading && !isFileTitle(s)) out.push(s.title);
  return out;
}

/** Titles that introduce the picture behind a part: "Därför lovar vi detta", "Varför?", "Bakgrund". */
const WHY_TITLES: Cue[] = [
  'därför lovar vi detta',
  'därför lovar vi det här',
  'varför',
  'bakgrund*',
  'nuläge*',
  'problembild*',
];

/**
 * Whether the sentence is in a part other than the picture (measures, follow-up …). The nearest
 * title decides: "Därför lovar vi detta" under "Löfte 1: Tryggare i parken" gives the picture.
 */
export function inNonPictureSection(sentence: Sentence): boolean {
  for (let s: Section | undefined = sentence.section; s; s = s.parent) {
    if (!s.heading || isFileTitle(s)) continue;
    if (test(s.title, WHY_TITLES)) return false;
    if (test(s.title, NON_PICTURE_TITLES) || isPartyDoingTitle(s.title)) return true;
  }
  return false;
}

/** Whether the sentence is in a section (or subsection of one) titled with one of the cues. */
export function inSectionTitled(sentence: Sentence, cues: readonly Cue[]): boolean {
  let table = titled.get(sentence.section);
  if (!table) {
    table = new Map();
    titled.set(sentence.section, table);
  }
  let hit = table.get(cues);
  if (hit === undefined) {
    hit = titlesOf(sentence.section).some((t) => test(t, cues));
    table.set(cues, hit);
  }
  return hit;
}

/** "… när den gemensamma lägesbilden är klar": it does not exist yet. */
const PENDING = pattern(
  /(?<!\p{L})(?:när|då|så\s+snart)\s+(?:\S+\s+){0,4}?(?:är|blir|har\s+blivit)\s+(?:klar|färdig|framtagen|fastställd)(?!\p{L})/iu,
);

export function isProspective(sentence: { text: string }): boolean {
  return test(sentence.text, PROSPECTIVE) || PENDING.test(sentence.text);
}

/**
 * Sentences that may describe the situation: outside measure, commitment and administration sections.
 * Tables of measures are also left out where their header says so.
 */
export function pictureSentences(a: Analysis): Sentence[] {
  return memo(a, findPictureSentences);
}

// A named function: `memo` keys on the finder, so an inline arrow would never be reused.
function findPictureSentences(a: Analysis): Sentence[] {
  const measures = activities(a);
  const labelled = nonPictureLabelled(a);
  let i = 0;
  const inMeasure = new Set<Sentence>();
  for (const s of a.sentences) {
    // Sentences and activities are both in document order: walk them together.
    while (i < measures.length && (measures[i] as { end: number }).end <= s.start) i++;
    const m = measures[i];
    if (m && m.start < s.end && s.start < m.end) inMeasure.add(s);
  }
  // A section that is mostly measures (and their follow-up) is a plan of measures even when its heading names an area.
  const perSection = new Map<Section, [number, number]>();
  for (const s of a.sentences) {
    const c = perSection.get(s.section) ?? [0, 0];
    c[0] += inMeasure.has(s) || labelled.has(s.block) ? 1 : 0;
    c[1] += 1;
    perSection.set(s.section, c);
  }
  const measureSection = (sec: Section) => {
    const [m, n] = perSection.get(sec) ?? [0, 0];
    return m >= 3 && m >= 0.6 * n;
  };
  // "Vårt löfte i Fjärilsund" over running text and no promise in it tells the situation the promise answers.
  const toldPromise = (sec: Section) =>
    !!sec.heading &&
    test(sec.title, PROMISE_TITLES) &&
    sec.children.length === 0 &&
    perSection.get(sec)?.[0] === 0;
  // The signing lines ("Anna Berg | Kommunstyrelsens ordförande | 2026-01-12") tell nothing of the situation.
  const signing = new Set(signatures(a).blocks);
  return a.sentences.filter(
    (s) =>
      !signing.has(s.block) &&
      !DOING.test(s.text) &&
      !NUMBERED_MEASURE.test(s.block.text) &&
      (!inNonPictureSection(s) || toldPromise(s.section)) &&
      !isMeasureRow(s) &&
      !COMMITMENT.test(s.text) &&
      !labelled.has(s.block) &&
      !inMeasure.has(s) &&
      !(s.section.heading && measureSection(s.section)),
  );
}

/**
 * What is being done, not what the situation is: "I februari genomförs en trygghetsvandring",
 * "Under första kvartalet startar grannsamverkan …", "Åtgärderna bygger delvis på synpunkter …".
 */
const DOING = pattern(
  /(?<!\p{L})(?:genomförs|startar|startas|anordnas|bjuds\s+in|införs|inleds)(?!\p{L})|^(?:åtgärderna|aktiviteterna|insatserna|förslagen\s+till\s+(?:aktiviteter|åtgärder|insatser))(?!\p{L})/iu,
);

/** A short label opening a paragraph ("Uppföljning.", "Arbetsgrupp och styrgrupp.", "Det här gör vi:"). */
const LEAD_LABEL = pattern(/^(\p{Lu}[\p{L}\s,–-]{2,50}?)[.:](?:\s|$)/u);

/**
 * Blocks under a lead label that names a part other than the picture: the paragraph it opens, and
 * when the label stands alone ("Det här gör vi:"), the list that follows it.
 */
function nonPictureLabelled(a: Analysis): Set<Block> {
  const out = new Set<Block>();
  let listOwner = false;
  for (const b of a.doc.blocks) {
    if (b.kind === 'list-item') {
      if (listOwner) out.add(b);
      continue;
    }
    listOwner = false;
    if (b.kind !== 'paragraph') continue;
    const m = LEAD_LABEL.exec(b.text);
    if (!m?.[1] || wordCount(m[1]) > 6 || !test(m[1], NON_PICTURE_TITLES)) continue;
    out.add(b);
    listOwner = b.text.trim().length === m[0].trim().length;
  }
  return out;
}

/** "Polisen lovar att …", "Kommunen åtar sig att …": a commitment, wherever it stands. */
const COMMITMENT = pattern(/(?<!\p{L})(?:lovar|åtar\s+sig)(?:\s+\p{L}+){0,2}\s+att(?!\p{L})/iu);

const measureTables = new WeakMap<Block, boolean>();

/** A row of a table of measures (its header has a what or who column), not a table of data. */
function isMeasureRow(s: Sentence): boolean {
  if (s.block.kind !== 'table') return false;
  let hit = measureTables.get(s.block);
  if (hit === undefined) {
    const roles = roleTable(s.block)?.roles ?? [];
    hit = roles.includes('what') || roles.includes('who');
    measureTables.set(s.block, hit);
  }
  return hit;
}

/** Number of words, for telling names and headings from sentences. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}
