import { describe, expect, it } from 'vitest';
import type { Finding, Level } from '../../core/engine/rule.ts';
import { score } from '../../core/engine/score.ts';

function finding(id: string, area: Finding['area'], level: Level | null): Finding {
  return {
    id,
    title: id,
    area,
    level,
    status: level === null ? 'ej-tillampig' : level === 2 ? 'uppfyllt' : level === 1 ? 'delvis' : 'saknas',
    evidence: [],
    advice: '',
    adviceIds: [],
    notes: [],
    source: '',
  };
}

describe('score', () => {
  it('sums levels over applicable points and leaves "ej tillämplig" out of the maximum', () => {
    const s = score([
      finding('K01', 'A', 2),
      finding('K02', 'A', 1),
      finding('K12', 'D', null),
      finding('K16', 'E', 0),
    ]);
    expect([s.points, s.max, s.percent]).toEqual([3, 6, 50]);
    expect(s.areas.A).toMatchObject({ points: 3, max: 4, percent: 75 });
    expect(s.areas.D).toMatchObject({ points: 0, max: 0, percent: null });
    expect(s.areas.E).toMatchObject({ points: 0, max: 2, percent: 0 });
  });
});
