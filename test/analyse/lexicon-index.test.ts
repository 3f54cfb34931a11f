import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseStructure } from '../../core/analyse/analysis.ts';
import { compiledLexicons, forgetLexiconAnswers, matches } from '../../core/analyse/lexicon.ts';
import { indexTexts } from '../../core/analyse/text-index.ts';
import { runPack } from '../../core/engine/run.ts';
import { ingestMarkdown } from '../../core/ingest/markdown.ts';
import { skane2019 } from '../../rules/index.ts';

const dirs = ['fixtures/corpus/md', 'fixtures/holdout/md', 'fixtures/own/md'];
const docs = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ingestMarkdown(readFileSync(join(dir, f), 'utf8'), f)),
);
const options = { type: 'samverkansoverenskommelse' as const, referenceDate: '2026-11-22' };

/** Every sentence and title of the fixtures, and the same texts in other cases and with odd letters. */
function texts(): string[] {
  const plain = docs.flatMap((doc) => {
    const a = analyseStructure(doc, options);
    return [...a.sentences.map((s) => s.text), ...a.sections.map((s) => s.title)];
  });
  return [
    ...plain,
    ...plain.map((t) => t.toUpperCase()),
    ...plain.map((t) => t.replaceAll('s', '\u017f').replaceAll('k', '\u212a')),
    ...plain.map((t) => t.replaceAll(' ', '\u00a0').replaceAll('i', '\u0130')),
  ];
}

describe('text index', () => {
  // Compile every lexicon the rules use.
  for (const doc of docs) runPack(skane2019, analyseStructure(doc, options));
  const lexicons = compiledLexicons();
  const all = texts();

  const answers = () => {
    forgetLexiconAnswers();
    return lexicons.map((l) => all.map((t) => `${l.test(t)}:${l.all(t).map((m) => m.index)}`).join(' '));
  };

  it('never changes an answer: every lexicon gives the same matches with and without it', () => {
    indexTexts([]);
    const plain = answers();
    indexTexts(all);
    expect(answers()).toEqual(plain);
    expect(lexicons.length).toBeGreaterThan(40);
  });

  it('matches case-insensitively through it, as the expression does', () => {
    const text = 'KOMMUNENS LÄGESBILD VISAR ATT OTRYGGHETEN ÖKAR.';
    indexTexts([text, 'Något helt annat.']);
    forgetLexiconAnswers();
    expect(matches(text, ['lägesbild'])).toBe(true);
    expect(matches('Något helt annat.', ['lägesbild'])).toBe(false);
  });
});
