import type { Analysis, Evidence } from '../analyse/analysis.ts';
import type { DocType } from '../analyse/doctype.ts';

export type Level = 0 | 1 | 2;
export type Area = 'A' | 'B' | 'C' | 'D' | 'E';
export type Status = 'uppfyllt' | 'delvis' | 'saknas' | 'ej-tillampig';

export const AREA_TITLE: Record<Area, string> = {
  A: 'Lägesbild',
  B: 'Orsaksanalys',
  C: 'Mål och åtgärder',
  D: 'Organisation och förutsättningar',
  E: 'Uppföljning och förankring',
};

/** What a rule decides: a level, the passages behind it, and the ids of the advice to give. */
export interface Verdict {
  level: Level;
  evidence: Evidence[];
  /** Message ids from the rule's `messages`; shown when the level is below 2. */
  advice: string[];
  /** Short Swedish remarks shown with the finding, e.g. "refererad men ej bifogad". */
  notes?: string[];
}

export interface RuleDefinition {
  id: string;
  area: Area;
  title: string;
  /** Types the point is scored for; for other collaboration types it is "ej tillämplig". */
  appliesTo: readonly DocType[];
  /** The handbook step the point rests on. */
  source: string;
  levels: Record<Level, string>;
  /** Advice texts by message id, in Swedish. */
  messages: Record<string, string>;
  evaluate(a: Analysis): Verdict;
}

export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}

export interface RulePack {
  id: string;
  version: string;
  title: string;
  rules: readonly RuleDefinition[];
}

/** The finding a renderer receives; one type from the engine to the terminal and the side panel. */
export interface Finding {
  id: string;
  title: string;
  area: Area;
  level: Level | null;
  status: Status;
  evidence: Evidence[];
  advice: string;
  adviceIds: string[];
  notes: string[];
  source: string;
}

export const STATUS_OF: Record<Level, Status> = { 2: 'uppfyllt', 1: 'delvis', 0: 'saknas' };

/** Build a verdict fluently: `verdict(1, ev).advise('needs-owner')`. */
export function verdict(level: Level, evidence: Evidence[] = [], ...advice: string[]): Verdict {
  return { level, evidence, advice };
}
