import { pattern } from '../analyse/pattern.ts';
import type { RawBlock } from './document.ts';
import { isTocLine } from './normalise.ts';

/**
 * Headings written only as outline numbers. A document without heading markup ("4. Mål",
 * "4.1 Övergripande mål", "4.1.1 Sälgsjö ska …") still has chapters: a short numbered line followed by
 * clauses numbered under it is a heading. Only documents with no headings of their own below the
 * title are read this way, so a real heading structure is never second-guessed.
 */
export function promoteOutlineHeadings(raw: RawBlock[]): RawBlock[] {
  if (raw.filter((b) => b.kind === 'heading').length > 1) return raw;
  const numberOf = (b: RawBlock | undefined) => (b ? CLAUSE.exec(b.text.trim())?.[1] : undefined);
  return raw.map((b, i) => {
    const text = b.text.trim();
    if (!isTitleLike(text)) return b;
    const next = raw[i + 1];
    if (b.kind === 'list-item') {
      // "4. Mål" read as an ordered list item, followed by its first clause "4.1 …".
      const following = numberOf(next);
      return following?.includes('.') ? { ...b, kind: 'heading', level: 2 } : b;
    }
    if (b.kind !== 'paragraph') return b;
    // "1 BAKGRUND", "KÄLLOR": a short line in capitals is a chapter heading.
    if (isCapitalsLine(text) && !isTocLine(text)) {
      const n = CLAUSE.exec(text)?.[1];
      return { ...b, kind: 'heading', level: n ? n.split('.').length + 1 : 2 };
    }
    const own = SHORT_CLAUSE.exec(text)?.[1];
    if (!own) return b;
    const below = raw.slice(i + 1, i + 1 + LOOKAHEAD).some((x) => numberOf(x)?.startsWith(`${own}.`));
    return below ? { ...b, kind: 'heading', level: own.split('.').length + 1 } : b;
  });
}

/** How far after a numbered line its first sub-clause may stand. */
const LOOKAHEAD = 3;
const CLAUSE = /^(\d+(?:\.\d+)*)\.?\s+\S/u;
/** "4.1 Övergripande mål": a number and a few words, nothing after. */
const SHORT_CLAUSE = /^(\d+(?:\.\d+)*)\.?\s+\p{Lu}/u;
const MAX_TITLE_WORDS = 8;

/** A heading-length line without closing punctuation. */
function isTitleLike(text: string): boolean {
  return text.split(/\s+/).length <= MAX_TITLE_WORDS + 1 && !/[.!?;:,]$/.test(text);
}

/** A line whose letters are all capitals, with a word of at least four letters. */
function isCapitalsLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toLocaleUpperCase('sv') && /\p{Lu}{4,}/u.test(text);
}

/** Words that name the sections of a collaboration document. */
const SECTION_WORD = pattern(
  /(?<!\p{L})(?:parter(?:na)?|syfte|bakgrund|inledning|underlag|lägesbild\p{L}*|problembild\p{L}*|fokusområd\p{L}*|prioriter\p{L}*|orsak\p{L}*|mål(?:en)?|åtgärd\p{L}*|insats\p{L}*|aktivitet\p{L}*|åtagand\p{L}*|ansvar(?:sfördelning)?|samverkansområd\p{L}*|utgångspunkt\p{L}*|avtalstid|sekretess|informationsutbyte|samordning|organisation|resurs\p{L}*|mandat|aktörer|uppföljning|utvärdering|dokumentation|medborgarlöfte\p{L}*|kommunikation|giltighet\p{L}*|revidering|underskrift\p{L}*|delaktighet|dialog|tidplan|källor|bilagor)(?!\p{L})/iu,
);
/** Section labels it takes before a document is read as built from them. */
const MIN_LABELS = 3;
const MAX_LABEL_WORDS = 6;

/**
 * Headings written as bold lines ("**Lägesbild**", "**Mål**"): in a document with no headings below its
 * title, a short line naming a section over the text it heads is a heading. Bold is lost in some formats,
 * so the line's words decide, and only when the document is built of several such lines.
 */
export function promoteLabelHeadings(raw: RawBlock[]): RawBlock[] {
  const headings = raw.filter((b) => b.kind === 'heading');
  if (headings.length > 1) return raw;
  const level = (headings[0]?.level ?? 1) + 1;
  const isLabel = (b: RawBlock, next: RawBlock | undefined) => {
    const text = b.text.trim();
    return (
      b.kind === 'paragraph' &&
      next !== undefined &&
      next.kind !== 'heading' &&
      text.split(/\s+/).length <= MAX_LABEL_WORDS &&
      /^\p{Lu}/u.test(text) &&
      !/[.!?:;,]/.test(text) &&
      !/(?<!\p{L})att$/u.test(text) &&
      SECTION_WORD.test(text)
    );
  };
  const labels = new Set(raw.filter((b, i) => isLabel(b, raw[i + 1])));
  if (labels.size < MIN_LABELS) return raw;
  return raw.map((b) => (labels.has(b) ? { ...b, kind: 'heading', level } : b));
}

/** "… Norrbyn. Orsaker (brottstriangeln): … Mål: högst 50 … Åtgärder: …": a paragraph run through part labels. */
const PART_LABEL =
  /(?<=[\p{L}\d)][.!?]\s*)(?=(?:orsaker|mål|åtgärder|aktiviteter|insatser)(?:\s*\([^)]{1,40}\))?\s*:\s*\S)/iu;
const MIN_PARTS = 3;

/** A paragraph that sets out an area's causes, goals and measures after labels is read as one paragraph per label. */
export function splitLabelledParagraphs(raw: RawBlock[]): RawBlock[] {
  return raw.flatMap((b) => {
    if (b.kind !== 'paragraph') return [b];
    const parts = b.text.split(PART_LABEL).filter((t) => t.trim() !== '');
    return parts.length >= MIN_PARTS ? parts.map((text) => ({ ...b, text: text.trim() })) : [b];
  });
}
