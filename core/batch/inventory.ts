/**
 * The county inventory a batch ends with: the summary an evaluator would write after reading every
 * document ("22 av 30 har en aktuell samverkansöverenskommelse", "3 av 30 anger orsaker"), per
 * municipality, per point and per area. Computed from reports only; pure, so the extension can use it.
 */
import type { Report } from '../check.ts';
import { AREA_TITLE, type Area } from '../engine/rule.ts';
import { municipalitiesOf, nameParts } from './names.ts';
import type { FileError } from './types.ts';
import { reportName } from './types.ts';

/** Counts of documents per level; `na` = ej tillämplig. */
export interface LevelCounts {
  uppfyllt: number;
  delvis: number;
  saknas: number;
  na: number;
}

export interface PointSummary {
  id: string;
  title: string;
  area: Area;
  counts: LevelCounts;
  /** Mean level 0–2 over the documents where the point applies; null if it applies to none. */
  mean: number | null;
}

export interface AreaSummary {
  area: Area;
  title: string;
  counts: LevelCounts;
  /** Mean of the documents' area percentages. */
  meanPercent: number | null;
}

export interface MunicipalitySummary {
  name: string;
  files: string[];
  currentAgreement: boolean;
  currentPromise: boolean;
  statesCauses: boolean;
}

export interface Inventory {
  /** M: the municipalities seen in the batch (from file names). */
  municipalities: MunicipalitySummary[];
  currentAgreement: number;
  currentPromise: number;
  statesCauses: number;
  /** Documents or bundles read; scored = of those, collaboration documents. */
  documents: number;
  scored: number;
  failed: number;
  meanPercent: number | null;
  points: PointSummary[];
  areas: AreaSummary[];
  /** Ids of the points with the lowest mean level, weakest first. */
  weakest: string[];
  notCollaboration: string[];
}

const CAUSES = 'K05';
const WEAKEST = 3;

function emptyCounts(): LevelCounts {
  return { uppfyllt: 0, delvis: 0, saknas: 0, na: 0 };
}

function count(counts: LevelCounts, status: string): void {
  if (status === 'uppfyllt') counts.uppfyllt++;
  else if (status === 'delvis') counts.delvis++;
  else if (status === 'saknas') counts.saknas++;
  else counts.na++;
}

function mean(xs: number[]): number | null {
  return xs.length === 0 ? null : Math.round((10 * xs.reduce((s, x) => s + x, 0)) / xs.length) / 10;
}

export function inventory(reports: readonly Report[], errors: readonly FileError[] = []): Inventory {
  const firstFile = (r: Report) => r.file ?? r.files?.[0] ?? '';
  const allFiles = [...reports.map(firstFile), ...errors.map((e) => e.file)];
  const known = new Set(allFiles.map((f) => nameParts(f).municipality).filter((m) => !m.includes('-')));
  const byName = new Map<string, MunicipalitySummary>();
  const municipality = (name: string) => {
    let m = byName.get(name);
    if (!m) {
      m = { name, files: [], currentAgreement: false, currentPromise: false, statesCauses: false };
      byName.set(name, m);
    }
    return m;
  };

  const scored = reports.filter((r) => r.type !== 'inte-samverkansdokument');
  for (const r of reports) {
    for (const name of municipalitiesOf(firstFile(r), known)) {
      const m = municipality(name);
      m.files.push(reportName(r));
      if (r.aktuell === 'ja' && r.type === 'samverkansoverenskommelse') m.currentAgreement = true;
      if (r.aktuell === 'ja' && r.type === 'medborgarlofte') m.currentPromise = true;
      const causes = r.checks.find((c) => c.id === CAUSES);
      if (r.type !== 'inte-samverkansdokument' && (causes?.level ?? 0) > 0) m.statesCauses = true;
    }
  }
  for (const e of errors)
    for (const name of municipalitiesOf(e.file, known)) municipality(name).files.push(e.file);

  const ids = scored[0]?.checks ?? reports[0]?.checks ?? [];
  const points: PointSummary[] = ids.map((c) => {
    const counts = emptyCounts();
    const levels: number[] = [];
    for (const r of scored) {
      const f = r.checks.find((x) => x.id === c.id);
      if (!f) continue;
      count(counts, f.status);
      if (f.level !== null) levels.push(f.level);
    }
    return { id: c.id, title: c.title, area: c.area, counts, mean: mean(levels) };
  });

  const areas: AreaSummary[] = (Object.keys(AREA_TITLE) as Area[]).map((area) => {
    const counts = emptyCounts();
    for (const p of points.filter((x) => x.area === area)) {
      for (const k of Object.keys(counts) as (keyof LevelCounts)[]) counts[k] += p.counts[k];
    }
    const percents = scored.flatMap((r) => {
      const p = r.score.areas[area]?.percent;
      return p === null || p === undefined ? [] : [p];
    });
    return { area, title: AREA_TITLE[area], counts, meanPercent: mean(percents) };
  });

  const weakest = points
    .filter((p) => p.mean !== null)
    .sort((a, b) => (a.mean ?? 0) - (b.mean ?? 0) || a.id.localeCompare(b.id))
    .slice(0, WEAKEST)
    .map((p) => p.id);

  const municipalities = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return {
    municipalities,
    currentAgreement: municipalities.filter((m) => m.currentAgreement).length,
    currentPromise: municipalities.filter((m) => m.currentPromise).length,
    statesCauses: municipalities.filter((m) => m.statesCauses).length,
    documents: reports.length,
    scored: scored.length,
    failed: errors.length,
    meanPercent: mean(scored.flatMap((r) => (r.score.percent === null ? [] : [r.score.percent]))),
    points,
    areas,
    weakest,
    notCollaboration: reports.filter((r) => r.type === 'inte-samverkansdokument').map(reportName),
  };
}

/** Share of applicable documents at a level, in whole percent. */
export function share(counts: LevelCounts, level: 'uppfyllt' | 'delvis' | 'saknas'): number {
  const n = counts.uppfyllt + counts.delvis + counts.saknas;
  return n === 0 ? 0 : Math.round((100 * counts[level]) / n);
}

/** The inventory as the sentences an evaluator would write, in Swedish. */
export function inventorySentences(inv: Inventory): string[] {
  const m = inv.municipalities.length;
  const lines = [
    `${m} ${m === 1 ? 'kommun' : 'kommuner'} i underlaget (utlästa ur filnamnen).`,
    `${inv.currentAgreement} av ${m} har en aktuell samverkansöverenskommelse.`,
    `${inv.currentPromise} av ${m} har ett aktuellt gemensamt medborgarlöfte.`,
    `${inv.statesCauses} av ${m} anger orsaker.`,
    `${inv.scored} av ${inv.documents} lästa dokument är samverkansdokument${inv.meanPercent === null ? '' : `; de får i snitt ${formatPercent(inv.meanPercent)}`}.`,
  ];
  if (inv.failed > 0) lines.push(`${inv.failed} ${inv.failed === 1 ? 'fil' : 'filer'} kunde inte läsas.`);
  const weakest = inv.weakest
    .map((id) => inv.points.find((p) => p.id === id))
    .filter((p) => p !== undefined)
    .map((p) => `${p.id} ${p.title} (snitt ${String(p.mean).replace('.', ',')} av 2)`);
  if (weakest.length > 0) lines.push(`Svagast: ${weakest.join(', ')}.`);
  if (inv.notCollaboration.length > 0)
    lines.push(`Inte samverkansdokument: ${inv.notCollaboration.join(', ')}.`);
  return lines;
}

export function formatPercent(p: number | null): string {
  return p === null ? '–' : `${String(p).replace('.', ',')} %`;
}
