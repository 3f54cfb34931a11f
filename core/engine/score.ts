import { AREA_TITLE, type Area, type Finding } from './rule.ts';

export interface AreaScore {
  title: string;
  points: number;
  max: number;
  percent: number | null;
}

export interface Score {
  points: number;
  max: number;
  percent: number | null;
  areas: Record<Area, AreaScore>;
}

/** Total = sum / (2 × applicable points), overall and per area. */
export function score(findings: readonly Finding[]): Score {
  const areas = Object.fromEntries(
    (Object.keys(AREA_TITLE) as Area[]).map((area) => [
      area,
      tally(
        findings.filter((f) => f.area === area),
        AREA_TITLE[area],
      ),
    ]),
  ) as Record<Area, AreaScore>;
  const { points, max, percent } = tally(findings, '');
  return { points, max, percent, areas };
}

function tally(findings: readonly Finding[], title: string): AreaScore {
  const applicable = findings.filter((f) => f.level !== null);
  const points = applicable.reduce((sum, f) => sum + (f.level ?? 0), 0);
  const max = 2 * applicable.length;
  return { title, points, max, percent: max === 0 ? null : Math.round((1000 * points) / max) / 10 };
}
