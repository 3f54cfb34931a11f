import { describe, expect, it } from 'vitest';
import { stripNumbering } from '../../core/analyse/text.ts';

describe('stripNumbering', () => {
  it.each([
    ['3.2 Mål och indikatorer', 'Mål och indikatorer'],
    ['4. Uppföljning', 'Uppföljning'],
    ['B. Orsaker', 'Orsaker'],
    ['IV) Resurser', 'Resurser'],
    ['Bilaga 2 Aktivitetsplan', 'Aktivitetsplan'],
    ['[2] Narkotika bland unga', 'Narkotika bland unga'],
    // Words that look like a letter or a roman numeral are the heading itself.
    ['Vi lovar', 'Vi lovar'],
    ['I Ekby gör vi så här', 'I Ekby gör vi så här'],
    ['Vi följer upp arbetet', 'Vi följer upp arbetet'],
  ])('%s → %s', (title, expected) => {
    expect(stripNumbering(title)).toBe(expected);
  });
});
