import { analyseStructure, type Evidence } from './analyse/analysis.ts';
import { classify } from './analyse/classify.ts';
import type { DocType } from './analyse/doctype.ts';
import { type FocusArea, focusAreas } from './analyse/focus-areas.ts';
import { type Goal, goals } from './analyse/goals.ts';
import { type Aktuell, aktuell } from './analyse/period.ts';
import { type RedThreadRow, redThread } from './analyse/red-thread.ts';
import type { Finding, RulePack } from './engine/rule.ts';
import { runPack } from './engine/run.ts';
import { type Score, score } from './engine/score.ts';
import { combine } from './model/bundle.ts';
import type { Document } from './model/document.ts';

export interface CheckOptions {
  /** YYYY-MM-DD; default today. */
  referenceDate?: string;
  /** Overrides the detected type. */
  type?: DocType;
}

/** The JSON contract: one report per document or bundle (schema: schema/report.schema.json). */
export interface Report {
  file?: string;
  files?: string[];
  type: DocType;
  detectedType: DocType;
  aktuell: Aktuell;
  referenceDate: string;
  rulePack: { id: string; version: string };
  score: Score;
  checks: Finding[];
  goals: Goal[];
  focusAreas: (FocusArea & { evidence?: Evidence })[];
  redThread: RedThreadRow[];
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Score one document, or several files as one bundle. Pure: no I/O, runs in Node and the browser. */
export function check(pack: RulePack, docs: Document[], options: CheckOptions = {}): Report {
  const doc = combine(docs);
  const detectedType = detectBundleType(docs);
  const type = options.type ?? detectedType;
  const referenceDate = options.referenceDate ?? today();
  const a = analyseStructure(doc, { type, referenceDate });
  const checks = runPack(pack, a);
  const report: Report = {
    type,
    detectedType,
    aktuell: aktuell(a),
    referenceDate,
    rulePack: { id: pack.id, version: pack.version },
    score: score(checks),
    checks,
    goals: goals(a),
    focusAreas: focusAreas(a),
    redThread: redThread(a),
  };
  if (docs.length === 1) report.file = doc.name;
  else report.files = docs.map((d) => d.name);
  return report;
}

/** A bundle takes the type of its agreement, else of its first file. */
function detectBundleType(docs: Document[]): DocType {
  const types = docs.map(classify);
  for (const preferred of ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'] as const) {
    if (types.includes(preferred)) return preferred;
  }
  return types[0] ?? 'inte-samverkansdokument';
}
