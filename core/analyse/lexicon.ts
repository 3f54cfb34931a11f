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
  /** Kept for callers that reset it before `test`; matching never depends on it. */
  lastIndex = 0;
  readonly #bounded: RegExp | undefined;
  readonly #free: RegExp | undefined;

  constructor(cues: readonly Cue[]) {
    const bounded = cues.filter((c) => !c.trim().startsWith('*')).map(alternative);
    const free = cues.filter((c) => c.trim().startsWith('*')).map(alternative);
    this.#bounded = bounded.length > 0 ? new RegExp(`(?:${bounded.join('|')})(?!\\p{L})`, 'giu') : undefined;
    this.#free = free.length > 0 ? new RegExp(`(?:${free.join('|')})(?!\\p{L})`, 'giu') : undefined;
  }

  /** Finders and rules test the same sentences against the same lexicons; remember the answers. */
  readonly #seen = new Map<string, boolean>();

  test(text: string): boolean {
    const known = this.#seen.get(text);
    if (known !== undefined) return known;
    let hit = false;
    if (this.#free) {
      this.#free.lastIndex = 0;
      hit = this.#free.test(text);
    }
    if (!hit) hit = this.#nextBounded(text, 0) !== null;
    if (this.#seen.size >= MEMO_LIMIT) this.#seen.clear();
    this.#seen.set(text, hit);
    return hit;
  }

  forget(): void {
    this.#seen.clear();
  }

  /** All non-overlapping matches in text order; a compound match is reported from its word start. */
  all(text: string): CueMatch[] {
    const out: CueMatch[] = [];
    for (let m = this.#nextBounded(text, 0); m; m = this.#nextBounded(text, m.index + m[0].length)) {
      out.push({ cue: m[0].toLowerCase(), index: m.index, text: m[0] });
    }
    if (this.#free) {
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
    const re = this.#bounded;
    if (!re) return null;
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index === 0 || !IS_LETTER.test(text[m.index - 1] ?? '')) return m;
      re.lastIndex = m.index + 1;
    }
    return null;
  }
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

/** Drop remembered answers (for benchmarks that measure a cold start). */
export function forgetLexiconAnswers(): void {
  for (const lexicon of cache.values()) lexicon.forget();
}
