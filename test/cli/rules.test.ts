import { describe, expect, it } from 'vitest';
import { cli, SLOW } from './run.ts';

const IDS = Array.from({ length: 17 }, (_, i) => `K${String(i + 1).padStart(2, '0')}`);

describe('rules and explain', SLOW, () => {
  it('lists the checklist with ids, titles, areas, levels and sources', async () => {
    const [text, json] = await Promise.all([cli(['rules']), cli(['rules', '--format', 'json'])]);
    expect(text.code).toBe(0);
    for (const id of IDS) expect(text.stdout).toMatch(new RegExp(`^${id} .+\\([A-E] `, 'm'));
    expect(text.stdout).toContain('Källa:');
    const pack = JSON.parse(json.stdout);
    expect(pack.id).toBe('skane-2019');
    expect(pack.rules.map((r: { id: string }) => r.id)).toEqual(IDS);
    expect(Object.keys(pack.rules[0].levels).sort()).toEqual(['0', '1', '2']);
  });

  it('explains one point, also given as a bare number, and exits 2 for an unknown one', async () => {
    const [k05, five, json, bad, none] = await Promise.all([
      cli(['explain', 'K05']),
      cli(['explain', '5']),
      cli(['explain', 'k05', '--format', 'json']),
      cli(['explain', 'K99']),
      cli(['hjälp-mig']),
    ]);
    expect(k05.code).toBe(0);
    expect(k05.stdout).toMatch(/^K05 /);
    expect(k05.stdout).toContain('Råd som kan ges:');
    expect(five.stdout).toBe(k05.stdout);
    expect(JSON.parse(json.stdout)).toMatchObject({ id: 'K05', area: 'B' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Det finns ingen punkt K99');
    expect(none.code).toBe(2);
  });
});
