/** Hand-made reports for renderer tests: levels chosen by the test, not by the current rules. */
import type { Report } from '../../core/check.ts';
import { AREA_TITLE, type Area, type Finding, type Level, STATUS_OF } from '../../core/engine/rule.ts';
import { score } from '../../core/engine/score.ts';

const AREAS: Area[] = ['A', 'A', 'A', 'A', 'B', 'C', 'C', 'C', 'C', 'D', 'D', 'D', 'D', 'E', 'E', 'E', 'E'];

export const IDS = Array.from({ length: 17 }, (_, i) => `K${String(i + 1).padStart(2, '0')}`);

export interface SampleOptions {
  file?: string;
  type?: Report['type'];
  aktuell?: Report['aktuell'];
  /** 17 levels, null for ej tillämplig. */
  levels?: (Level | null)[];
  /** A quote for every point; by default "Citat för Kxx." */
  quote?: (id: string) => string;
}

export function sampleReport(o: SampleOptions = {}): Report {
  const levels = o.levels ?? IDS.map((_, i) => (i % 3) as Level);
  const checks: Finding[] = IDS.map((id, i) => {
    const level = levels[i] ?? 0;
    const quote = o.quote?.(id) ?? `Citat för ${id}.`;
    return {
      id,
      title: `Punkt ${id}`,
      area: AREAS[i] as Area,
      level,
      status: level === null ? 'ej-tillampig' : STATUS_OF[level],
      evidence: level
        ? [
            {
              quote,
              page: 2,
              start: 10 * i,
              end: 10 * i + 9,
              headingPath: ['Överenskommelse', `Avsnitt ${id}`],
            },
          ]
        : [],
      advice: level === 2 || level === null ? '' : `Råd för ${id}.`,
      adviceIds: level === 2 || level === null ? [] : ['missing'],
      notes: [],
      source: 'Brå steg 2',
    };
  });
  return {
    file: o.file ?? 'ekby-so-2024-2027.pdf',
    type: o.type ?? 'samverkansoverenskommelse',
    detectedType: o.type ?? 'samverkansoverenskommelse',
    aktuell: o.aktuell ?? 'ja',
    referenceDate: '2026-01-15',
    rulePack: { id: 'skane-2019', version: '0.1.0' },
    score: score(checks),
    checks,
    goals: [
      {
        text: 'Andelen som känner sig otrygga ska minska från 30 % till 20 % till 2027.',
        start: 0,
        end: 10,
        kind: 'effektmal',
        indicator: 'andelen som känner sig otrygga',
        baseline: 'från 30 %',
        target: 'till 20 %',
        deadline: '2027',
        vague: [],
        from: 'sentence',
      },
      {
        text: 'Vi ska verka för ökad trygghet.',
        start: 11,
        end: 20,
        kind: 'riktning',
        vague: ['verka för'],
        from: 'sentence',
      },
    ],
    focusAreas: [{ name: 'Trygghet i centrum', keywords: ['trygghet', 'centrum'], start: 0, end: 5 }],
    redThread: [
      {
        focusArea: 'Trygghet i centrum',
        picture: true,
        causes: false,
        goals: true,
        measures: true,
        followUp: false,
      },
    ],
  };
}

export { AREA_TITLE };
