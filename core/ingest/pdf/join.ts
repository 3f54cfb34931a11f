/** Joining wrapped lines: where a line break was a space, a hyphenation or a broken word. */

/** Short words that begin a wrapped cell line as words, not as the tail of a broken word. */
const WORDS =
  /^(i|och|vid|av|på|om|med|för|som|till|att|eller|samt|mot|från|under|efter|per|via|när|men|så|ska|kan|det|den|har|är|inte|alla|varje)(?=\s|$)/;

const KEEP_HYPHEN_BEFORE = /^(och|eller|samt|respektive|resp\.|till|som|men|&)(?=\s|$)/;

/** Join two wrapped lines of running text, undoing line-end hyphenation but keeping real hyphens. */
export function joinLines(prev: string, next: string): string {
  if (prev === '') return next;
  if (next === '') return prev;
  const last = prev.at(-1) ?? '';
  if (last === '\u00ad') return prev.slice(0, -1) + next;
  if (last === '-' || last === '\u2010' || last === '\u2011') {
    const before = prev.at(-2) ?? '';
    if (!/\p{L}|\d/u.test(before)) return `${prev} ${next}`;
    // "brotts- och trygghetsarbete": a suspended compound keeps its hyphen and the space.
    if (KEEP_HYPHEN_BEFORE.test(next)) return `${prev} ${next}`;
    // "SSPF-samordnare", "2023-talet", "EU-medel": a hyphen after capitals or digits is real.
    if (/[\p{Lu}\d]/u.test(before) || !/^\p{Ll}/u.test(next)) return `${prev.slice(0, -1)}-${next}`;
    return prev.slice(0, -1) + next;
  }
  // "September" + "–oktober": a line starting with an unspaced range dash continues the word.
  if (/^[–—][\p{L}\d]/u.test(next) && /[\p{L}\d]$/u.test(prev)) return prev + next;
  // "2024–" + "2027", "Solvik–" + "Strand": an unspaced dash joins without a space.
  if ((last === '–' || last === '—') && /\S/.test(prev.at(-2) ?? ' ')) return prev + next;
  return `${prev} ${next}`;
}

/** Words known to be whole: seen in running text, where no word is broken at a letter. */
export interface Words {
  has(word: string): boolean;
}

/**
 * The words of some lines (lower case, letters only) seen at least `min` times. Counted on
 * first use: most documents never ask.
 */
export function wordsOf(lines: () => Iterable<string>, min = 1): Words {
  let known: Set<string> | undefined;
  const count = () => {
    const counts = new Map<string, number>();
    for (const line of lines())
      for (const w of line.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => n >= min).map(([w]) => w));
  };
  return {
    has: (word) => {
      known ??= count();
      return known.has(word);
    },
  };
}

/**
 * Join two lines of a narrow table cell or column. LibreOffice and Chromium break a word that
 * does not fit at any letter, so a one-word line that fills its width to within a letter may
 * continue in the next. Where geometry cannot tell a broken word from a wrap after a long word,
 * the document's own words decide: "cykelparkeringe|n" glues because "cykelparkeringen" occurs
 * in running text, "respektive|vandring" stays apart because "respektive" does.
 */
export function joinCellLines(
  prev: string,
  prevLine: string,
  next: string,
  room: number,
  em: number,
  words?: Words,
): string {
  const shape = !/\s/.test(prevLine) && /^[\p{Ll},.;:)]/u.test(next) && /\p{L}$/u.test(prevLine);
  let brokenWord = shape && room < em * 0.56 && !WORDS.test(next);
  const a = /\p{L}+$/u.exec(prevLine)?.[0]?.toLowerCase();
  const b = /^\p{L}+/u.exec(next)?.[0]?.toLowerCase();
  if (shape && words && a && b) {
    const glued = words.has(a + b);
    if (glued && room < em * 1.2) brokenWord = true;
    else if (words.has(a) && !glued) brokenWord = false;
  }
  if (brokenWord) return prev + next;
  if (/^[,.;:)]/.test(next)) return prev + next;
  return joinLines(prev, next);
}
