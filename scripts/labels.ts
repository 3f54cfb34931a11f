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
