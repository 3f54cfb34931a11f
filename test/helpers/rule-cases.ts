import { describe, expect, it } from 'vitest';
import { type Analysis, analyseStructure } from '../../core/analyse/analysis.ts';
import type { DocType } from '../../core/analyse/doctype.ts';
import type { RuleDefinition } from '../../core/engine/rule.ts';
import { runPack } from '../../core/engine/run.ts';
import { ingestMarkdown } from '../../core/ingest/markdown.ts';

export interface RuleCase {
  /** What the case shows, in a few words. */
  name: string;
  /** Markdown or plain text. */
  text: string;
  level: 0 | 1 | 2 | null;
  type?: DocType;
  /** Advice message ids that must be given. */
  advice?: string[];
  referenceDate?: string;
}

export function analyseText(
  text: string,
  type: DocType = 'samverkansoverenskommelse',
  referenceDate = '2026-11-22',
): Analysis {
  return analyseStructure(ingestMarkdown(text, 'case.md'), { type, referenceDate });
}

/** The rule's specification in executable form: each case a short Swedish text and the level it must get. */
export function ruleCases(rule: RuleDefinition, cases: RuleCase[]): void {
  describe(`${rule.id} ${rule.title}`, () => {
    for (const c of cases) {
      it(`${c.level ?? 'ej tillämplig'}: ${c.name}`, () => {
        const a = analyseText(c.text, c.type, c.referenceDate);
        const [finding] = runPack({ id: 'test', version: '0', title: '', rules: [rule] }, a);
        expect(finding?.notes.filter((n) => n.startsWith('Error'))).toEqual([]);
        expect(finding?.level).toBe(c.level);
        if (finding && finding.level !== null && finding.level > 0)
          expect(finding.evidence.length).toBeGreaterThan(0);
        for (const id of c.advice ?? []) expect(finding?.adviceIds).toContain(id);
      });
    }
  });
}
