/**
 * Accuracy on labelled documents the rules were not written against (our holdout and the unseen
 * sets, written and labelled from the checklist alone), in all three formats. The product's bars
 * for documents it has not seen: at least 85 % exact agreement and quadratic weighted kappa 0.80,
 * and every document type right. `npm run eval -- --dir fixtures/<set>` prints the disagreements.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../core/check.ts';
import { load } from '../../core/cli/files.ts';
import type { Document } from '../../core/model/document.ts';
import { skane2019 } from '../../rules/index.ts';
import { exact, loadLabels, type Pair, qwk, unitFiles } from '../../scripts/labels.ts';

const SETS = [
  'holdout',
  'unseen-a',
  'unseen-b',
  'unseen-c',
  'unseen-d',
  'unseen-e',
  'unseen-f',
  'unseen-g',
  'unseen-h',
  'unseen-i',
  'unseen-j',
  'unseen-k',
  'unseen-l',
  'unseen-m',
  'unseen-n',
  'unseen-o',
  'unseen-p',
  'unseen-q',
  'unseen-r',
  'unseen-s',
  'unseen-t',
  'unseen-u',
  'unseen-v',
  'unseen-w',
  'unseen-x',
  'unseen-y',
  'unseen-z',
  'unseen-aa',
  'unseen-ab',
  'unseen-ac',
  'unseen-ad',
  'unseen-ae',
  'unseen-af',
  'unseen-ag',
  'unseen-ah',
  'unseen-ai',
  'unseen-aj',
  'unseen-ak',
  'unseen-al',
  'unseen-am',
  'unseen-an',
  'unseen-ao',
  'unseen-ap',
  'unseen-aq',
  'unseen-ar',
  'unseen-as',
  'unseen-at',
  'unseen-au',
  'unseen-av',
  'unseen-aw',
  'unseen-ax',
  'unseen-ay',
  'unseen-az',
  'unseen-ba',
  'unseen-bb',
  'unseen-bc',
  'unseen-bd',
  'unseen-be',
  'unseen-bf',
  'unseen-bg',
  'unseen-bh',
  'unseen-bi',
];
const FORMATS = ['md', 'docx', 'pdf'];
const level = (v: number | 'ej-tillampig' | null | undefined) => (typeof v === 'number' ? v : -1);

describe.each(SETS)('labelled set %s', (set) => {
  const dir = join(import.meta.dirname, '../../fixtures', set);

  it('meets the accuracy bars for unseen documents in every format', { timeout: 120_000 }, async () => {
    const pairs: Pair[] = [];
    const wrongTypes: string[] = [];
    for (const unit of loadLabels(dir)) {
      for (const format of FORMATS) {
        const docs: Document[] = [];
        for (const file of unitFiles(dir, unit, format)) {
          const loaded = await load(file);
          if (!('doc' in loaded)) throw new Error(`${file}: ${loaded.error}`);
          docs.push(loaded.doc);
        }
        const typed = check(skane2019, docs, { referenceDate: unit.reference });
        if (typed.type !== unit.type) wrongTypes.push(`${unit.id ?? unit.file} [${format}]: ${typed.type}`);
        const scored = check(skane2019, docs, { referenceDate: unit.reference, type: unit.type });
        for (const c of scored.checks) {
          const pair: Pair = [level(unit.points[c.id]), level(c.level)];
          if (pair[0] >= 0 || pair[1] >= 0) pairs.push(pair);
        }
      }
    }
    expect(wrongTypes).toEqual([]);
    expect(exact(pairs)).toBeGreaterThanOrEqual(0.85);
    expect(qwk(pairs)).toBeGreaterThanOrEqual(0.8);
  });
});
