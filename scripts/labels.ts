/** The labelled corpus: every labels-*.json in a folder, read the same way by `npm run eval` and the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocType } from '../core/analyse/doctype.ts';

export interface LabelledUnit {
  /** A single document … */
  file?: string;
  /** … or a bundle of several, scored as one. */
  id?: string;
  files?: string[];
  type: DocType;
  aktuell: string;
  points: Record<string, number | 'ej-tillampig'>;
  why: Record<string, string>;
  /** The labels' reference date (YYYY-MM-DD). */
  reference: string;
}

interface LabelFile {
  reference_date: string;
  documents: Omit<LabelledUnit, 'reference'>[];
  bundles?: Omit<LabelledUnit, 'reference'>[];
}

export function loadLabels(dir: string): LabelledUnit[] {
  return readdirSync(dir)
    .filter((f) => /^labels-.*\.json$/.test(f))
    .sort()
    .flatMap((name) => {
      const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as LabelFile;
      return [...data.documents, ...(data.bundles ?? [])].map((u) => ({
        ...u,
        reference: data.reference_date,
      }));
    });
}

/** The unit's files in one rendering: labels name the Markdown sources, fixtures/X/md|docx|pdf hold the rest. */
export function unitFiles(dir: string, unit: LabelledUnit, format: string): string[] {
  return (unit.files ?? [unit.file ?? '']).map((f) => join(dir, format, f.replace(/\.md$/, `.${format}`)));
}

/** A labelled level and the tool's, as numbers; ej tillämplig is -1. */
export type Pair = [number, number];

/** Share of pairs where the tool gives the labelled level. */
export function exact(ps: Pair[]): number {
  return ps.length === 0 ? 1 : ps.filter(([x, y]) => x === y).length / ps.length;
}

/** Quadratic weighted kappa over levels 0–2 (ej tillämplig pairs are left out). */
export function qwk(ps: Pair[]): number {
  const scored = ps.filter(([x, y]) => x >= 0 && y >= 0);
  const n = scored.length;
  if (n === 0) return 1;
  const k = 3;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const rowSum = new Array<number>(k).fill(0);
  const colSum = new Array<number>(k).fill(0);
  for (const [x, y] of scored) {
    (observed[x] as number[])[y] = ((observed[x] as number[])[y] ?? 0) + 1;
    rowSum[x] = (rowSum[x] ?? 0) + 1;
    colSum[y] = (colSum[y] ?? 0) + 1;
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      num += w * ((observed[i] as number[])[j] ?? 0);
      den += (w * (rowSum[i] ?? 0) * (colSum[j] ?? 0)) / n;
    }
  }
  return den === 0 ? 1 : 1 - num / den;
}
