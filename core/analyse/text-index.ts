/** A trigram index over the texts of the document being analysed, to rule texts out before matching. */

/** Lower case as the `i` flag compares Swedish text; long s is the one letter folding to another. */
export const folded = (text: string) => text.toLowerCase().replaceAll('\u017f', 's');

/** Trigrams are hashed into this many rows of the index. */
const ROWS = 1024;
/** Trigrams of a cue word checked against the index: enough to rule out nearly every text. */
const NEEDLE_TRIGRAMS = 4;

const hash = (a: number, b: number, c: number) => Math.imul((a << 20) ^ (b << 10) ^ c, 0x9e3779b1) >>> 22; // 10 bits: ROWS
const trigram = (text: string, i: number) =>
  hash(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));

/** A few trigrams spread over a folded literal of at least three characters. */
export function needleOf(literal: string): Uint16Array {
  const count = literal.length - 2;
  const picks = Math.min(count, NEEDLE_TRIGRAMS);
  const needle = new Uint16Array(picks);
  for (let k = 0; k < picks; k++)
    needle[k] = trigram(literal, Math.round((k * (count - 1)) / Math.max(1, picks - 1)));
  return needle;
}

/**
 * The texts of the document being analysed (sentences, blocks, titles), each a bit in the rows of
 * the trigrams it contains. A lexicon then finds the few texts it may match with a handful of
 * bitwise ANDs instead of running its expression over every sentence.
 */
export class TextIndex {
  readonly ids = new Map<string, number>();
  #lastText: string | undefined;
  #lastId: number | undefined;
  /** 32-bit words per row: one bit for every indexed text. */
  readonly width: number;
  readonly #rows: Uint32Array;

  constructor(texts: Iterable<string>) {
    for (const t of texts) if (!this.ids.has(t)) this.ids.set(t, this.ids.size);
    this.width = Math.max(1, Math.ceil(this.ids.size / 32));
    this.#rows = new Uint32Array(ROWS * this.width);
    for (const [text, id] of this.ids) {
      const lower = folded(text);
      const word = id >>> 5;
      const bit = 1 << (id & 31);
      let a = lower.charCodeAt(0);
      let b = lower.charCodeAt(1);
      for (let i = 2; i < lower.length; i++) {
        const c = lower.charCodeAt(i);
        const at = hash(a, b, c) * this.width + word;
        this.#rows[at] = (this.#rows[at] as number) | bit;
        a = b;
        b = c;
      }
    }
  }

  /** The text's id, if indexed. Finders test one sentence against several expressions in a row: remember the last. */
  idOf(text: string): number | undefined {
    if (text !== this.#lastText) {
      this.#lastText = text;
      this.#lastId = this.ids.get(text);
    }
    return this.#lastId;
  }

  /** Bits of the texts holding every trigram of at least one needle. */
  candidates(needles: readonly Uint16Array[]): Uint32Array {
    const width = this.width;
    const rows = this.#rows;
    const out = new Uint32Array(width);
    for (const needle of needles) {
      const first = (needle[0] as number) * width;
      for (let w = 0; w < width; w++) {
        let bits = rows[first + w] as number;
        for (let k = 1; k < needle.length && bits !== 0; k++)
          bits &= rows[(needle[k] as number) * width + w] as number;
        out[w] = (out[w] as number) | bits;
      }
    }
    return out;
  }
}

let current: TextIndex | undefined;

/** Needles for literals (lower case) of which a text must contain one. */
export function literalNeedles(literals: readonly string[]): Uint16Array[] | undefined {
  return literals.length > 0 && literals.every((l) => l.length >= 3)
    ? literals.map((l) => needleOf(folded(l)))
    : undefined;
}

/** Whether the bit of text `id` is set in a row of the index's width. */
export const hasBit = (bits: Uint32Array, id: number) =>
  ((bits[id >>> 5] as number) & (1 << (id & 31))) !== 0;

/** The index of the document being analysed, if any. */
export function currentIndex(): TextIndex | undefined {
  return current;
}

/** The indexed texts that may hold one of some needles, computed once per index. */
export class NeedleFilter {
  readonly #needles: readonly Uint16Array[];
  #index: TextIndex | undefined;
  #bits: Uint32Array = new Uint32Array(0);

  constructor(needles: readonly Uint16Array[]) {
    this.#needles = needles;
  }

  /** True when the indexed text `id` holds none of the needles, so nothing needing one can match it. */
  rulesOut(index: TextIndex, id: number): boolean {
    if (this.#index !== index) {
      this.#index = index;
      this.#bits = index.candidates(this.#needles);
    }
    return !hasBit(this.#bits, id);
  }
}

/** Indexes kept per document, so checking an unchanged document again reuses its index and answers. */
let indexes = new WeakMap<object, TextIndex>();

/**
 * Index the texts rules will test; the latest analysis's texts replace the previous ones. With an
 * owner (the document they come from) the index is built once per owner.
 */
export function indexTexts(texts: Iterable<string>, owner?: object): void {
  const known = owner ? indexes.get(owner) : undefined;
  current = known ?? new TextIndex(texts);
  if (owner && !known) indexes.set(owner, current);
}

export function forgetIndexes(): void {
  indexes = new WeakMap();
}
