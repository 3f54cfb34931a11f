import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allAtWordStart, pattern } from '../../core/analyse/pattern.ts';
import { requiredLiterals } from '../../core/analyse/required.ts';
import { indexTexts } from '../../core/analyse/text-index.ts';

describe('requiredLiterals', () => {
  it.each([
    ['(?<!\\p{L})(?:genomför\\p{L}*|görs|hålls|ordnas)(?!\\p{L})', ['genomför', 'görs', 'hålls', 'ordnas']],
    ['(?:\\p{L}*område)(?:na|t|n)?\\s+(\\d+)', ['område']],
    ['(?:foo)?barbaz', ['barbaz']],
    ['x(?<name>hello|world)y', ['hello', 'world']],
    ['Mål\\s*:', ['mål']],
    ['rådets?', ['rådet']],
    ['(?:lovar)*att', ['att']],
  ])('%s needs one of %j', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it.each([
    // "kr" is too short to rule a text out; so is every alternative but one of "ab?c".
    'kr|sek|miljon',
    'ab?c',
    '[a-z]{3}',
    '\\(([^()]{2,120})\\)',
    'lovar|(?=x)',
  ])('%s needs no literal it can be ruled out by', (source) => {
    expect(requiredLiterals(source)).toBeUndefined();
  });
});

/** Expressions in the styles the finders use: lookbehind word starts, alternations, optional parts, compounds. */
const EXPRESSIONS = [
  /(?<!\p{L})(?:genomför\p{L}*|görs|hålls|ordnas)(?!\p{L})/iu,
  /(?<!\p{L})(?:ska|skall)\s+(?:\p{L}+\s+){0,2}?(?:minska|öka)/iu,
  /(?<!\p{L})lovar(?!\p{L})|(?<!\p{L})åtar\s+sig/iu,
  /(?<!\p{L})(?:\p{L}*område)(?:na|t|n)?\s+(\d+)/iu,
  /^(?:enligt\s+)?(?:brå|lagen)\s+bör/iu,
  /Polisen\s+ansvarar/u,
  /(?<!\p{L})(mål|delmål)(?:et)?\s*:\s*(M?\d+)/giu,
];

const WORDS = [
  'genomförs',
  'utförs',
  'görs',
  'Görs',
  'ska',
  'människa',
  'skall',
  'minska',
  'öka',
  'de',
  'lovar',
  'förlovar',
  'åtar',
  'sig',
  'område',
  'fokusområdet',
  'fokusområde',
  'områden',
  '3',
  '12',
  'enligt',
  'Brå',
  'lagen',
  'bör',
  'Polisen',
  'polisen',
  'ansvarar',
  'mål',
  'delmål',
  'Målet',
  'M1',
  ':',
  'å',
  'x',
];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '  ', ', ', '-', '')), { maxLength: 12 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

describe('pattern', () => {
  it('matches exactly what the expression matches, indexed or not', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, indexed) => {
        indexTexts(indexed ? [t, 'något annat'] : ['något annat']);
        for (const re of EXPRESSIONS) {
          const fast = pattern(re);
          const plain = new RegExp(re.source, re.flags);
          expect(fast.test(t)).toBe(plain.test(t));
          plain.lastIndex = 0;
          fast.lastIndex = 0;
          const [a, b] = [fast.exec(t), plain.exec(t)];
          expect(a?.index).toBe(b?.index);
          expect(a ? [...a] : null).toEqual(b ? [...b] : null);
          expect(t.replace(fast, '#')).toBe(t.replace(plain, '#'));
          if (re.global)
            expect([...t.matchAll(fast)].map((m) => m.index)).toEqual(
              [...t.matchAll(plain)].map((m) => m.index),
            );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds word-start matches only, as a lookbehind would', () => {
    const re = /(?:ska|skall)\s+\p{L}+/giu;
    expect(allAtWordStart(re, 'En människa ska ha det bra; vi skall se.').map((m) => m[0])).toEqual([
      'ska ha',
      'skall se',
    ]);
  });
});
