/**
 * Cue lexicons, written so a domain expert can extend them.
 *
 * A cue is one or more words. Each word matches its Swedish inflections (lägesbild → lägesbilden,
 * lägesbilder, lägesbildens). `*` at the end of a word allows any ending (förebygg* → förebyggande,
 * förebyggs); `*` at the start allows a compound prefix (*mätning → trygghetsmätningen).
 * `=` before a word matches that exact form only (=mål does not match målsägande).
 */

const LETTER = '\\p{L}';
const INFLECTION =
  '(?:s|n|en|et|er|ar|or|na|ns|ens|ets|er[n]?a|ar[n]?a|or[n]?a|erna[s]?|arna[s]?|orna[s]?|ernas|es|e|t|a|ade|at|as)?';

export type Cue = string;

export interface CueMatch {
  cue: Cue;
  /** Offset of the match in the searched text. */
  index: number;
  text: string;
}

const cache = new Map<string, RegExp>();

function wordPattern(word: string): string {
  const exact = word.startsWith('=');
  const compoundPrefix = word.startsWith('*');
  const anyEnding = word.endsWith('*');
  const core = word.replace(/^[=*]+|\*+$/g, '');
  const escaped = core.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const prefix = compoundPrefix ? `${LETTER}*` : '';
  const ending = exact ? '' : anyEnding ? `${LETTER}*` : INFLECTION;
  return `${prefix}${escaped}${ending}`;
}

/** One regular expression for a whole lexicon; global, case-insensitive, Unicode. */
export function compileLexicon(cues: readonly Cue[]): RegExp {
  const key = cues.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const alternatives = cues.map((cue) =>
    cue.trim().split(/\s+/).map(wordPattern).join('[\\s\\u00a0]+(?:\\p{L}+[\\s\\u00a0]+)??'),
  );
  const re = new RegExp(`(?<!${LETTER})(?:${alternatives.join('|')})(?!${LETTER})`, 'giu');
  cache.set(key, re);
  return re;
}

/** All non-overlapping matches of a lexicon in a text. */
export function matchAll(text: string, cues: readonly Cue[]): CueMatch[] {
  const re = compileLexicon(cues);
  re.lastIndex = 0;
  const out: CueMatch[] = [];
  for (const m of text.matchAll(re)) out.push({ cue: m[0].toLowerCase(), index: m.index, text: m[0] });
  return out;
}

export function matches(text: string, cues: readonly Cue[]): boolean {
  const re = compileLexicon(cues);
  re.lastIndex = 0;
  return re.test(text);
}

/** How many distinct cues of the lexicon occur in the text. */
export function distinctCues(text: string, cues: readonly Cue[]): Cue[] {
  return cues.filter((cue) => matches(text, [cue]));
}
