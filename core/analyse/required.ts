/**
 * Literal text an expression cannot match without: for every way it can match, at least one of the
 * returned strings (lower case) occurs in the text. Undefined when some way needs no literal of three
 * characters. Conservative: anything not understood contributes nothing.
 */
export function requiredLiterals(source: string): string[] | undefined {
  const parsed = parseAlternatives(source, 0);
  if (!parsed || parsed.end !== source.length) return undefined;
  return parsed.sets;
}

const MIN = 3;

interface Parsed {
  /** The union over the alternatives of each one's required set; undefined when one has none. */
  sets: string[] | undefined;
  end: number;
}

/** Alternatives from `i` up to an unmatched `)` or the end. */
function parseAlternatives(source: string, i: number): Parsed | undefined {
  const union: string[] = [];
  let ok = true;
  for (;;) {
    const seq = parseSequence(source, i);
    if (!seq) return undefined;
    if (seq.sets) union.push(...seq.sets);
    else ok = false;
    i = seq.end;
    if (source[i] !== '|') return { sets: ok ? union : undefined, end: i };
    i++;
  }
}

/** One alternative: the best required set among its literal runs and unquantified groups. */
function parseSequence(source: string, i: number): Parsed | undefined {
  let best: string[] | undefined;
  let run = '';
  const consider = (set: string[] | undefined) => {
    if (set && set.length > 0 && (!best || score(set) > score(best))) best = set;
  };
  const endRun = () => {
    if (run.length >= MIN) consider([run]);
    run = '';
  };
  while (i < source.length && source[i] !== '|' && source[i] !== ')') {
    const c = source[i] as string;
    let atom: { literal?: string; set?: string[]; end: number };
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[pPu]/.test(next) && source[i + 2] === '{') atom = { end: source.indexOf('}', i) + 1 };
      else if (next === 'u' || next === 'x') atom = { end: i + (next === 'u' ? 6 : 4) };
      else if (/[.()[\]{}|?*+^$\\/-]/.test(next)) atom = { literal: next, end: i + 2 };
      else atom = { end: i + 2 };
    } else if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      atom = { end: j + 1 };
    } else if (c === '(') {
      const look = /^\(\?<?[=!]/.test(source.slice(i, i + 4));
      const open = source.startsWith('(?:', i)
        ? 3
        : source.startsWith('(?<', i) && !look
          ? source.indexOf('>', i) + 1 - i
          : look
            ? source.slice(i, i + 4).startsWith('(?<')
              ? 4
              : 3
            : 1;
      const inner = parseAlternatives(source, i + open);
      if (!inner || source[inner.end] !== ')') return undefined;
      atom = look
        ? { end: inner.end + 1 }
        : { ...(inner.sets ? { set: inner.sets } : {}), end: inner.end + 1 };
    } else if (c === '.' || c === '^' || c === '$') atom = { end: i + 1 };
    else atom = { literal: c, end: i + 1 };
    i = atom.end;
    // A quantifier that allows zero makes the atom optional; one that allows more breaks a run.
    const q = /^(?:[?*]|\{0,?\d*\}|\+|\{[1-9]\d*,?\d*\})\??/.exec(source.slice(i));
    const optional = q !== null && (q[0].startsWith('?') || q[0].startsWith('*') || q[0].startsWith('{0'));
    if (q) i += q[0].length;
    if (atom.literal !== undefined && !optional) {
      run += atom.literal.toLowerCase();
      if (q) endRun();
      continue;
    }
    endRun();
    if (atom.set && !optional) consider(atom.set);
  }
  endRun();
  return { sets: best, end: i };
}

/** A set is as selective as its shortest member. */
function score(set: string[]): number {
  return Math.min(...set.map((s) => s.length)) - set.length / 100;
}
