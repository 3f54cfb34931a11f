/**
 * Two versions of a document point by point, after the 2021 follow-up review of Skåne's agreements:
 * the old and new level, the evidence that appeared or disappeared, whether the earlier advice was
 * acted on, and the change in total. Pure: compares reports, never re-runs a rule.
 */
import type { Evidence } from '../analyse/analysis.ts';
import type { Report } from '../check.ts';
import type { Area, Level, Status } from '../engine/rule.ts';

export type AdviceOutcome = 'följt' | 'delvis-följt' | 'ej-följt' | 'inget-råd';
export type Direction = 'bättre' | 'sämre' | 'oförändrad';

export interface PointChange {
  id: string;
  title: string;
  area: Area;
  old: { level: Level | null; status: Status; advice: string } | null;
  new: { level: Level | null; status: Status; advice: string } | null;
  direction: Direction;
  appeared: Evidence[];
  disappeared: Evidence[];
  /** Whether the old version's advice for the point was acted on in the new one. */
  advice: AdviceOutcome;
}

export interface Comparison {
  old: Report;
  new: Report;
  points: PointChange[];
  total: {
    old: number | null;
    new: number | null;
    change: number | null;
    oldPoints: number;
    newPoints: number;
  };
  areas: { area: Area; title: string; old: number | null; new: number | null; change: number | null }[];
  improved: number;
  worsened: number;
  adviceFollowed: number;
  adviceGiven: number;
}

function key(e: Evidence): string {
  return e.quote.toLowerCase().replace(/\s+/g, ' ').trim();
}

function delta(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : Math.round(10 * (b - a)) / 10;
}

function outcome(oldLevel: Level | null, newLevel: Level | null): AdviceOutcome {
  if (oldLevel === null || oldLevel === 2) return 'inget-råd';
  if (newLevel === null) return 'inget-råd';
  if (newLevel === 2) return 'följt';
  return newLevel > oldLevel ? 'delvis-följt' : 'ej-följt';
}

export function compareReports(oldReport: Report, newReport: Report): Comparison {
  const ids = [...new Set([...oldReport.checks.map((c) => c.id), ...newReport.checks.map((c) => c.id)])];
  const points: PointChange[] = ids.map((id) => {
    const o = oldReport.checks.find((c) => c.id === id);
    const n = newReport.checks.find((c) => c.id === id);
    const base = n ?? o;
    const oldKeys = new Set((o?.evidence ?? []).map(key));
    const newKeys = new Set((n?.evidence ?? []).map(key));
    const ol = o?.level ?? null;
    const nl = n?.level ?? null;
    const direction: Direction =
      (nl ?? 0) > (ol ?? 0) ? 'bättre' : (nl ?? 0) < (ol ?? 0) ? 'sämre' : 'oförändrad';
    return {
      id,
      title: base?.title ?? id,
      area: base?.area ?? 'A',
      old: o ? { level: o.level, status: o.status, advice: o.advice } : null,
      new: n ? { level: n.level, status: n.status, advice: n.advice } : null,
      direction,
      appeared: (n?.evidence ?? []).filter((e) => !oldKeys.has(key(e))),
      disappeared: (o?.evidence ?? []).filter((e) => !newKeys.has(key(e))),
      advice: outcome(ol, nl),
    };
  });
  const areas = (Object.keys(newReport.score.areas) as Area[]).map((area) => {
    const before = oldReport.score.areas[area]?.percent ?? null;
    const after = newReport.score.areas[area]?.percent ?? null;
    return {
      area,
      title: newReport.score.areas[area].title,
      old: before,
      new: after,
      change: delta(before, after),
    };
  });
  return {
    old: oldReport,
    new: newReport,
    points,
    total: {
      old: oldReport.score.percent,
      new: newReport.score.percent,
      change: delta(oldReport.score.percent, newReport.score.percent),
      oldPoints: oldReport.score.points,
      newPoints: newReport.score.points,
    },
    areas,
    improved: points.filter((p) => p.direction === 'bättre').length,
    worsened: points.filter((p) => p.direction === 'sämre').length,
    adviceFollowed: points.filter((p) => p.advice === 'följt' || p.advice === 'delvis-följt').length,
    adviceGiven: points.filter((p) => p.advice !== 'inget-råd').length,
  };
}

export const DIRECTION_MARK: Record<Direction, string> = { bättre: '↑', sämre: '↓', oförändrad: '=' };
export const ADVICE_LABEL: Record<AdviceOutcome, string> = {
  följt: 'rådet följt',
  'delvis-följt': 'rådet delvis följt',
  'ej-följt': 'rådet inte följt',
  'inget-råd': '',
};
