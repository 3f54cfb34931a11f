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
  // "2024–" + "2027", "Solvik–" + "Strand": an unspaced dash joins without a space.
  if ((last === '–' || last === '—') && /\S/.test(prev.at(-2) ?? ' ')) return prev + next;
  return `${prev} ${next}`;
}

/**
 * Join two lines of a narrow table cell. LibreOffice breaks a word that does not fit the cell
 * at any letter, so a one-word line that fills the cell to within a letter continues in the next.
 */
export function joinCellLines(
  prev: string,
  prevLine: string,
  next: string,
  room: number,
  em: number,
): string {
  const brokenWord =
    !/\s/.test(prevLine) &&
    room < em * 0.56 &&
    /^[\p{Ll},.;:)]/u.test(next) &&
    !WORDS.test(next) &&
    /\p{L}$/u.test(prevLine);
  if (brokenWord) return prev + next;
  if (/^[,.;:)]/.test(next)) return prev + next;
  return joinLines(prev, next);
}
