/**
 * Regular expressions as the finders and rules use them, made cheaper without changing what they
 * match. A text of the document being analysed that lacks every literal the expression needs is
 * ruled out by the trigram index before the expression runs. And a leading `(?<!\p{L})`, which V8
 * evaluates at every offset before trying the rest (five to ten times slower), is dropped from the
 * expression and checked at each match instead.
 */
import { requiredLiterals } from './required.ts';
import { currentIndex, literalNeedles, NeedleFilter } from './text-index.ts';

const LOOKBEHIND = '(?<!\\p{L})';
const IS_LETTER = /\p{L}/u;
/** An alternative that may open with a run of letters ("\p{L}*område"): the lookbehind keeps it from trying every offset. */
const LETTER_RUN = /(?:^|[|(]|\(\?:)\\p\{L\}[*+{]/;

/** Whether a letter ends text just before `index` (a code point, as the `u` flag reads it). */
function letterBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  if (low < 0xdc00 || low > 0xdfff || index < 2) return IS_LETTER.test(text[index - 1] ?? '');
  return IS_LETTER.test(text.slice(index - 2, index));
}

/** The first match of a global expression at or after `from` that starts a word. */
export function nextAtWordStart(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!letterBefore(text, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** All matches of a global expression that start a word, as `matchAll` with a leading lookbehind gives them. */
export function allAtWordStart(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m = nextAtWordStart(re, text, 0); m; m = nextAtWordStart(re, text, m.index + (m[0].length || 1)))
    out.push(m);
  return out;
}

/** Top-level alternatives of an expression's source. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

class Pattern extends RegExp {
  /** The expression that runs: the same one, or without its leading lookbehinds (then global). */
  readonly #run: RegExp;
  readonly #wordStart: boolean;
  readonly #filter: NeedleFilter | undefined;

  constructor(re: RegExp, stripped: string | undefined, filter: NeedleFilter | undefined) {
    super(re.source, re.flags);
    this.#wordStart = stripped !== undefined;
    this.#run =
      stripped === undefined ? new RegExp(re) : new RegExp(stripped, re.global ? re.flags : `${re.flags}g`);
    this.#filter = filter;
  }

  // split and matchAll build their own expressions from the source, as written.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  #ruledOut(text: string): boolean {
    if (!this.#filter) return false;
    const index = currentIndex();
    const id = index?.idOf(text);
    return index !== undefined && id !== undefined && this.#filter.rulesOut(index, id);
  }

  override test(text: string): boolean {
    if (this.global || this.sticky) return this.exec(text) !== null;
    if (this.#ruledOut(text)) return false;
    return this.#wordStart ? nextAtWordStart(this.#run, text, 0) !== null : this.#run.test(text);
  }

  override exec(text: string): RegExpExecArray | null {
    const stateful = this.global || this.sticky;
    if (this.#ruledOut(text)) {
      if (stateful) this.lastIndex = 0;
      return null;
    }
    const run = this.#run;
    if (!stateful) return this.#wordStart ? nextAtWordStart(run, text, 0) : run.exec(text);
    run.lastIndex = this.lastIndex;
    const m = this.#wordStart ? nextAtWordStart(run, text, run.lastIndex) : run.exec(text);
    this.lastIndex = m ? run.lastIndex : 0;
    return m;
  }
}

/** The same expression, matching the same texts, cheaper to test over a document's sentences. */
export function pattern(re: RegExp): RegExp {
  const literals = requiredLiterals(re.source);
  const needles = literals ? literalNeedles(literals) : undefined;
  const filter = needles ? new NeedleFilter(needles) : undefined;
  const alts = alternatives(re.source);
  const strip =
    !re.sticky && alts.every((a) => a.startsWith(LOOKBEHIND) && !LETTER_RUN.test(a.slice(LOOKBEHIND.length)));
  if (!strip && !filter) return re;
  return new Pattern(re, strip ? alts.map((a) => a.slice(LOOKBEHIND.length)).join('|') : undefined, filter);
}
