/** The pure parts of batch and compare: names to bundles and municipalities, the inventory, the diff. */
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../core/batch/compare.ts';
import { inventory, inventorySentences } from '../../core/batch/inventory.ts';
import { bundleByPrefix, municipalitiesOf, nameParts } from '../../core/batch/names.ts';
import { IDS, sampleReport } from '../render/sample.ts';

describe('file names', () => {
  it('reads municipality, year and role', () => {
    expect(nameParts('län/hagalund-so-2025-2028.pdf')).toEqual({
      municipality: 'hagalund',
      year: '2025',
      role: 'agreement',
    });
    expect(nameParts('hagalund-bilaga1-lagesbild-2025.docx')).toMatchObject({
      municipality: 'hagalund',
      role: 'annex',
    });
    expect(nameParts('ekby-ml-2025-2026.md')).toMatchObject({ municipality: 'ekby', role: 'promise' });
    expect(nameParts('bergsjo-trygghetsrapport-2024.pdf')).toMatchObject({
      municipality: 'bergsjo',
      role: 'unknown',
    });
  });

  it('bundles an agreement with the annexes of its stem, and nothing else', () => {
    const files = [
      'hagalund-bilaga1-lagesbild-2025.pdf',
      'hagalund-bilaga2-aktivitetsplan-2025.pdf',
      'hagalund-so-2019-2021.pdf',
      'hagalund-so-2025-2028.pdf',
      'ekby-ml-2025-2026.pdf',
      'ekby-so-2025-2027.pdf',
      'bergsjo-so-2024-2027.pdf',
      'bergsjo-trygghetsrapport-2024.pdf',
      'mossby-handlingsplan-2025.pdf',
      'annan/hagalund-bilaga3-2025.pdf',
    ];
    const bundles = bundleByPrefix(files);
    expect(bundles).toContainEqual([
      'hagalund-so-2025-2028.pdf',
      'hagalund-bilaga1-lagesbild-2025.pdf',
      'hagalund-bilaga2-aktivitetsplan-2025.pdf',
    ]);
    expect(bundles).toContainEqual(['ekby-ml-2025-2026.pdf']);
    expect(bundles).toContainEqual(['ekby-so-2025-2027.pdf']);
    expect(bundles).toContainEqual(['bergsjo-trygghetsrapport-2024.pdf']);
    expect(bundles).toContainEqual(['mossby-handlingsplan-2025.pdf']);
    expect(bundles).toContainEqual(['annan/hagalund-bilaga3-2025.pdf']);
    expect(bundles.flat().sort()).toEqual([...files].sort());
  });

  it('counts a joint agreement for each municipality that appears on its own', () => {
    expect(municipalitiesOf('lindas-mossby-so-2024-2026.pdf', new Set(['lindas', 'mossby']))).toEqual([
      'lindas',
      'mossby',
    ]);
    expect(municipalitiesOf('upplands-vasby-so-2024.pdf', new Set(['ekby']))).toEqual(['upplands-vasby']);
  });
});

describe('inventory', () => {
  const levels = (k05: 0 | 1 | 2) => IDS.map((id) => (id === 'K05' ? k05 : 2));
  const reports = [
    sampleReport({ file: 'ekby-so-2024-2027.pdf', levels: levels(2) }),
    sampleReport({ file: 'ekby-ml-2025-2026.pdf', type: 'medborgarlofte', levels: levels(0) }),
    sampleReport({ file: 'solvik-so-2019-2021.pdf', aktuell: 'nej', levels: levels(0) }),
    sampleReport({ file: 'lindas-mossby-so-2024-2026.pdf', levels: levels(1) }),
    sampleReport({ file: 'lindas-ml-2025.pdf', type: 'medborgarlofte', aktuell: 'nej', levels: levels(0) }),
    sampleReport({
      file: 'bergsjo-trygghetsrapport-2024.pdf',
      type: 'inte-samverkansdokument',
      levels: levels(2),
    }),
  ];
  const errors = [{ file: 'mossby-handlingsplan-2025.pdf', error: 'Filen är tom.', code: 'empty' }];
  const inv = inventory(reports, errors);

  it('counts municipalities with a current agreement, a current promise and causes', () => {
    expect(inv.municipalities.map((m) => m.name)).toEqual(['bergsjo', 'ekby', 'lindas', 'mossby', 'solvik']);
    expect(inv.currentAgreement).toBe(3); // ekby, and lindas and mossby through their joint agreement
    expect(inv.currentPromise).toBe(1);
    expect(inv.statesCauses).toBe(3);
    expect(inventorySentences(inv)).toEqual(
      expect.arrayContaining([
        '3 av 5 har en aktuell samverkansöverenskommelse.',
        '1 av 5 har ett aktuellt gemensamt medborgarlöfte.',
        '3 av 5 anger orsaker.',
        '1 fil kunde inte läsas.',
      ]),
    );
  });

  it('gives shares per point and per area, the weakest points and the non-collaboration documents', () => {
    const k05 = inv.points.find((p) => p.id === 'K05');
    expect(k05?.counts).toEqual({ uppfyllt: 1, delvis: 1, saknas: 3, na: 0 });
    expect(inv.weakest[0]).toBe('K05');
    expect(inv.areas.find((a) => a.area === 'B')?.counts.saknas).toBe(3);
    expect(inv.scored).toBe(5);
    expect(inv.notCollaboration).toEqual(['bergsjo-trygghetsrapport-2024.pdf']);
  });
});

describe('compareReports', () => {
  const old = sampleReport({
    levels: IDS.map((_, i) => (i < 8 ? 0 : 1)),
    quote: (id) => `Gammalt citat ${id}.`,
  });
  const now = sampleReport({
    levels: IDS.map((_, i) => (i < 4 ? 2 : i < 8 ? 1 : i < 12 ? 1 : 0)),
    quote: (id) => (id === 'K09' ? `Gammalt citat ${id}.` : `Nytt citat ${id}.`),
  });
  const cmp = compareReports(old, now);

  it('gives the old and new level and whether the advice was acted on', () => {
    expect(cmp.points.map((p) => p.id)).toEqual(IDS);
    expect(cmp.points[0]).toMatchObject({
      direction: 'bättre',
      advice: 'följt',
      old: { level: 0 },
      new: { level: 2 },
    });
    expect(cmp.points[4]).toMatchObject({ direction: 'bättre', advice: 'delvis-följt' });
    expect(cmp.points[8]).toMatchObject({ direction: 'oförändrad', advice: 'ej-följt' });
    expect(cmp.points[12]).toMatchObject({ direction: 'sämre' });
    expect(cmp.improved).toBe(8);
    expect(cmp.worsened).toBe(5);
  });

  it('lists evidence that appeared and disappeared, and the change in total', () => {
    expect(cmp.points[0]?.appeared.map((e) => e.quote)).toEqual(['Nytt citat K01.']);
    expect(cmp.points[0]?.disappeared).toEqual([]);
    expect(cmp.points[8]?.appeared).toEqual([]);
    expect(cmp.points[9]?.disappeared.map((e) => e.quote)).toEqual(['Gammalt citat K10.']);
    expect(cmp.total.change).toBeCloseTo((now.score.percent ?? 0) - (old.score.percent ?? 0), 1);
  });
});
