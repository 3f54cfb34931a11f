import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseStructure } from '../../core/analyse/analysis.ts';
import type { DocType } from '../../core/analyse/doctype.ts';
import { ingestMarkdown } from '../../core/ingest/markdown.ts';
import { buildDocument } from '../../core/model/build.ts';
import { skane2019 } from '../../rules/index.ts';

const root = join(import.meta.dirname, '../..');
const ruleFiles = readdirSync(join(root, 'rules')).filter((f) => /^k\d{2}-.*\.ts$/.test(f));
const TYPES: DocType[] = ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'];

const edgeDocuments = {
  empty: buildDocument('tom', 'text', []),
  'no headings': ingestMarkdown('Kommunen och polisen samverkar. Arbetet följs upp.', 'x.txt', 'text'),
  'only a heading': ingestMarkdown('# Samverkansöverenskommelse', 'x.md'),
  'only a table': ingestMarkdown('| Åtgärd | Ansvarig |\n|---|---|\n| | |', 'x.md'),
  corpus: ingestMarkdown(readFileSync(join(root, 'fixtures/corpus/md/ekby-so-2024-2027.md'), 'utf8'), 'x.md'),
};

describe('the rule pack', () => {
  it('has K01–K17, in order, once each', () => {
    expect(skane2019.rules.map((r) => r.id)).toEqual(
      Array.from({ length: 17 }, (_, i) => `K${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('has a version', () => {
    expect(skane2019.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('keeps one rule per file, named after its id', () => {
    expect(ruleFiles.map((f) => f.slice(0, 3).toUpperCase())).toEqual(skane2019.rules.map((r) => r.id));
  });

  describe.each(skane2019.rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    it('states its area, title, handbook source and all three levels', () => {
      expect(rule.area).toMatch(/^[A-E]$/);
      expect(rule.title.length).toBeGreaterThan(3);
      expect(rule.source).toMatch(/Brå|Strandell|Lag/);
      for (const level of [0, 1, 2] as const) expect(rule.levels[level].length).toBeGreaterThan(5);
    });

    it('has Swedish text for every message id', () => {
      const messages = Object.entries(rule.messages);
      expect(messages.length).toBeGreaterThan(0);
      for (const [, text] of messages) expect(text.trim().length).toBeGreaterThan(10);
    });

    it('has table-driven cases for every level it can give', () => {
      const file = join(root, `test/rules/${id.toLowerCase()}.test.ts`);
      expect(existsSync(file), `${file} saknas`).toBe(true);
      const text = readFileSync(file, 'utf8');
      for (const level of [0, 1, 2]) expect(text).toMatch(new RegExp(`level: ${level}\\b`));
    });

    it.each(Object.entries(edgeDocuments))(
      'survives a document with %s, giving only known advice',
      (_name, doc) => {
        for (const type of TYPES) {
          const v = rule.evaluate(analyseStructure(doc, { type, referenceDate: '2026-11-22' }));
          expect([0, 1, 2]).toContain(v.level);
          for (const adviceId of v.advice)
            expect(rule.messages, `${id}: ${adviceId}`).toHaveProperty(adviceId);
          if (v.level > 0) expect(v.evidence.length).toBeGreaterThan(0);
        }
      },
    );
  });
});
