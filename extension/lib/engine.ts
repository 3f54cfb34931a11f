import type { DocType } from '../../core/analyse/doctype.ts';
import { type CheckOptions, check, type Report } from '../../core/check.ts';
import { ingestMarkdown } from '../../core/ingest/markdown.ts';
import type { Document } from '../../core/model/document.ts';
import { skane2019 } from '../../rules/index.ts';

export type { Report } from '../../core/check.ts';
export type { Document } from '../../core/model/document.ts';

export interface Settings {
  /** '' = detected type. */
  type: DocType | '';
  /** '' = today. */
  referenceDate: string;
}

export const DEFAULT_SETTINGS: Settings = { type: '', referenceDate: '' };

export interface Checked {
  doc: Document;
  report: Report;
  /** Milliseconds spent in check() (not ingestion). */
  ms: number;
}

export function options(settings: Settings): CheckOptions {
  const o: CheckOptions = {};
  if (settings.type) o.type = settings.type;
  if (settings.referenceDate) o.referenceDate = settings.referenceDate;
  return o;
}

/** Check an already ingested document: what the panel re-runs when settings change. */
export function checkDoc(doc: Document, settings: Settings): Checked {
  const t0 = performance.now();
  const report = check(skane2019, [doc], options(settings));
  return { doc, report, ms: performance.now() - t0 };
}

/** Typed or pasted text, and text read from a page: Markdown is plain text with optional markup. */
export function checkText(text: string, name: string, settings: Settings): Checked {
  return checkDoc(ingestMarkdown(text, name, 'markdown'), settings);
}

let prepare: (() => Promise<void>) | undefined;

/** Set up what ingestion needs in this page (pdf.js's worker) before the first file is read. */
export function beforeFirstFile(setup: () => Promise<void>): void {
  prepare = setup;
}

/** A file's bytes, through the same ingestion as the CLI. Throws IngestError with a Swedish message. */
export async function checkFile(bytes: Uint8Array, name: string, settings: Settings): Promise<Checked> {
  // Loaded on the first file: pdf.js and mammoth are most of the bundle, and typing needs neither.
  const [{ ingest }] = await Promise.all([import('../../core/ingest/index.ts'), prepare?.()]);
  prepare = undefined;
  return checkDoc(await ingest(bytes, name), settings);
}

/** Several files scored as one bundle (an SÖ with its bilagor). */
export function checkBundle(docs: Document[], settings: Settings): Report {
  return check(skane2019, docs, options(settings));
}

export const RULE_COUNT = skane2019.rules.length;

/** A Swedish message for any failure; ingestion already gives one for every file problem. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.name === 'IngestError') return error.message;
  return `Något gick fel: ${error instanceof Error ? error.message : String(error)}`;
}
