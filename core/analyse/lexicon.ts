/**
 * Cue lexicons, written so a domain expert can extend them.
 *
 * A cue is one or more words. Each word matches its Swedish inflections (lägesbild → lägesbilden,
 * lägesbilder, lägesbildens). `*` at the end of a word allows any ending (förebygg* → förebyggande,
 * förebyggs); `*` at the start allows a compound prefix (*mätning → trygghetsmätningen).
 * `=` before a word matches that exact form only (=mål does not match målsägande).
 * The words of a multi-word cue may have one other word between them (polisens lägesbild →
 * "polisens lokala lägesbild").
 */

import { nextAtWordStart } from './pattern.ts';
import { currentIndex, folded, forgetIndexes, hasBit, needleOf, type TextIndex } from './text-index.ts';

// s n en et er ar or na ns ens ets era erna ara arna ora orna ernas arnas ornas es e t a ade at as, as a trie.
const INFLECTION = '(?:e(?:ns?|ts?|r(?:a|nas?)?|s)?|a(?:r(?:a|nas?)?|de|t|s)?|or(?:a|nas?)?|n[as]?|s|t)?';
/** Function words inside multi-word cues are matched as written ("beror på", "vi lovar"). */
const FUNCTION_WORDS = new Set(
  'att av de den det där du efter eller en ett for från för hos i inom med men mot när och om på sig som till under ut utan vad var vi vid är över'.split(
    ' ',
  ),
);
const GAP = '[\\s\\u00a0]+(?:\\p{L}+[\\s\\u00a0]+)??';
const IS_LETTER = /\p{L}/u;
const MEMO_LIMIT = 20_000;

export type Cue = string;

export interface CueMatch {
  cue: Cue;
  /** Offset of the match in the searched text. */
  index: number;
  text: string;
}

function wordPattern(word: string, first: boolean, alone: boolean): string {
  const exact = word.startsWith('=') || (!alone && FUNCTION_WORDS.has(word.toLowerCase()));
  const anyEnding = word.endsWith('*');
  const core = word.replace(/^[=*]+|\*+$/g, '');
  const escaped = core.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  // A compound prefix is only possible on the first word; later words start after whitespace anyway.
  const prefix = !first && word.startsWith('*') ? '\\p{L}*' : '';
  const ending = exact ? '' : anyEnding ? '\\p{L}*' : INFLECTION;
  return `${prefix}${escaped}${ending}`;
}

function alternative(cue: Cue): string {
  const words = cue.trim().split(/\s+/);
  return words.map((w, i) => wordPattern(w, i === 0, words.length === 1)).join(GAP);
}

/**
 * A compiled lexicon. A left word boundary written as a lookbehind makes V8 try every alternative
 * at every position (about ten times slower), so cues that must start a word are matched without
 * it and the boundary is checked here; cues with a compound prefix need no left boundary at all.
 */
export class Lexicon {
  readonly #bounded: RegExp | undefined;
  readonly #free: RegExp | undefined;

  readonly #cues: readonly Cue[];
  /** Per cue, some trigrams of its longest word; undefined when a cue has no word of three letters. */
  readonly #needles: Uint16Array[] | undefined;
  /** For the current index: the texts each cue may match, and those any cue may match. */
  #candidates: { index: TextIndex; any: Uint32Array; cue: Uint32Array[] } | undefined;
  /** Per cue, its own expression, compiled when first needed. */
  readonly #single: RegExp[] = [];

  constructor(cues: readonly Cue[]) {
    const bounded = cues.filter((c) => !isCompound(c)).map(alternative);
    const free = cues.filter(isCompound).map(alternative);
    this.#bounded = bounded.length > 0 ? cueExpression(bounded, 'giu') : undefined;
    this.#free = free.length > 0 ? cueExpression(free, 'giu') : undefined;
    this.#cues = cues;
    this.#needles = needlesOf(cues);
  }

  #candidatesIn(index: TextIndex): { any: Uint32Array; cue: Uint32Array[] } {
    if (this.#candidates?.index !== index) {
      const cue = (this.#needles ?? []).map((n) => index.candidates([n]));
      const any = new Uint32Array(index.width);
      for (const bits of cue)
        for (let w = 0; w < any.length; w++) any[w] = (any[w] as number) | (bits[w] as number);
      this.#candidates = { index, any, cue };
    }
    return this.#candidates;
  }

  /** False when the text is indexed and holds no cue's trigrams: the expression cannot match. */
  #ruledOut(index: TextIndex, id: number): boolean {
    return !!this.#needles && !hasBit(this.#candidatesIn(index).any, id);
  }

  /** Only the cues whose trigrams the text holds can match it: try those alone. */
  #runCandidates(text: string, index: TextIndex, id: number): boolean {
    if (!this.#needles) return this.#run(text);
    const { cue } = this.#candidatesIn(index);
    for (let i = 0; i < cue.length; i++) {
      if (!hasBit(cue[i] as Uint32Array, id)) continue;
      const c = this.#cues[i] as Cue;
      let re = this.#single[i];
      if (!re) {
        re = cueExpression([alternative(c)], isCompound(c) ? 'iu' : 'giu');
        this.#single[i] = re;
      }
      if (isCompound(c) ? re.test(text) : nextAtWordStart(re, text, 0) !== null) return true;
    }
    return false;
  }

  /** Finders and rules test the same sentences against the same lexicons; remember the answers. */
  readonly #seen = new Map<string, boolean>();
  /** Answers for indexed texts, two bits per text id: known, and matched. */
  #answers: { index: TextIndex; known: Uint32Array; hit: Uint32Array } | undefined;

  test(text: string): boolean {
    const index = currentIndex();
    const id = index?.idOf(text);
    if (index && id !== undefined) {
      if (this.#ruledOut(index, id)) return false;
      if (this.#answers?.index !== index) {
        this.#answers = { index, known: new Uint32Array(index.width), hit: new Uint32Array(index.width) };
      }
      const word = id >>> 5;
      const bit = 1 << (id & 31);
      const { known, hit } = this.#answers;
      if (((known[word] as number) & bit) !== 0) return ((hit[word] as number) & bit) !== 0;
      const matched = this.#runCandidates(text, index, id);
      known[word] = (known[word] as number) | bit;
      if (matched) hit[word] = (hit[word] as number) | bit;
      return matched;
    }
    const known = this.#seen.get(text);
    if (known !== undefined) return known;
    const matched = this.#run(text);
    if (this.#seen.size >= MEMO_LIMIT) this.#seen.clear();
    this.#seen.set(text, matched);
    return matched;
  }

  #run(text: string): boolean {
    if (this.#free) {
      this.#free.lastIndex = 0;
      if (this.#free.test(text)) return true;
    }
    return this.#nextBounded(text, 0) !== null;
  }

  forget(): void {
    this.#seen.clear();
    this.#answers = undefined;
  }

  /** All non-overlapping matches in text order; a compound match is reported from its word start. */
  all(text: string): CueMatch[] {
    const out: CueMatch[] = [];
    const index = currentIndex();
    const id = index?.idOf(text);
    if (index && id !== undefined && this.#ruledOut(index, id)) return out;
    for (let m = this.#nextBounded(text, 0); m; m = this.#nextBounded(text, m.index + m[0].length)) {
      out.push({ cue: m[0].toLowerCase(), index: m.index, text: m[0] });
    }
    if (this.#free) {
      // matchAll starts where the expression's last test stopped.
      this.#free.lastIndex = 0;
      for (const m of text.matchAll(this.#free)) {
        let start = m.index;
        while (start > 0 && IS_LETTER.test(text[start - 1] ?? '')) start--;
        const whole = text.slice(start, m.index + m[0].length);
        out.push({ cue: whole.toLowerCase(), index: start, text: whole });
      }
      out.sort((x, y) => x.index - y.index);
      return out.filter(
        (m, i) => i === 0 || m.index >= (out[i - 1]?.index ?? 0) + (out[i - 1]?.text.length ?? 0),
      );
    }
    return out;
  }

  #nextBounded(text: string, from: number): RegExpExecArray | null {
    return this.#bounded ? nextAtWordStart(this.#bounded, text, from) : null;
  }
}

const isCompound = (cue: Cue) => cue.trim().startsWith('*');
/** Cue alternatives as one expression, each ending at a word's end. */
const cueExpression = (alternatives: string[], flags: string) =>
  new RegExp(`(?:${alternatives.join('|')})(?!\\p{L})`, flags);

/**
 * A cue's word stands in every text it matches (inflections only add endings, compounds only a
 * prefix), so a text lacking one of its trigrams cannot match that cue. Each cue's needle is a few
 * trigrams spread over its longest word.
 */
function needlesOf(cues: readonly Cue[]): Uint16Array[] | undefined {
  const needles: Uint16Array[] = [];
  for (const cue of cues) {
    const longest = cue
      .trim()
      .split(/\s+/)
      .map((w) => folded(w.replace(/^[=*]+|\*+$/g, '')))
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest.length < 3 || longest.includes('*')) return undefined;
    needles.push(needleOf(longest));
  }
  return needles;
}

const cache = new Map<string, Lexicon>();
const byIdentity = new WeakMap<readonly Cue[], Lexicon>();

/** The compiled lexicon, cached by array identity and by content. */
export function compileLexicon(cues: readonly Cue[]): Lexicon {
  const known = byIdentity.get(cues);
  if (known) return known;
  const key = cues.join('\u0000');
  let lexicon = cache.get(key);
  if (!lexicon) {
    lexicon = new Lexicon(cues);
    cache.set(key, lexicon);
  }
  byIdentity.set(cues, lexicon);
  return lexicon;
}

/** Every lexicon compiled so far (for tests and benchmarks). */
export function compiledLexicons(): Lexicon[] {
  return [...cache.values()];
}

/** All non-overlapping matches of a lexicon in a text. */
export function matchAll(text: string, cues: readonly Cue[]): CueMatch[] {
  return compileLexicon(cues).all(text);
}

export function matches(text: string, cues: readonly Cue[]): boolean {
  return compileLexicon(cues).test(text);
}

const single = new Map<Cue, readonly Cue[]>();

/** Which cues of the lexicon occur in the text. */
export function distinctCues(text: string, cues: readonly Cue[]): Cue[] {
  return cues.filter((cue) => {
    let one = single.get(cue);
    if (!one) {
      one = [cue];
      single.set(cue, one);
    }
    return matches(text, one);
  });
}

/** Drop remembered answers and indexes (for benchmarks that measure a cold start). */
export function forgetLexiconAnswers(): void {
  forgetIndexes();
  for (const lexicon of cache.values()) lexicon.forget();
}
