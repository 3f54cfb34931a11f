import { describe, expect, it } from 'vitest';
import { goals, isMeasurable, plannedGoal } from '../../core/analyse/goals.ts';
import { analyseText } from '../helpers/rule-cases.ts';

const one = (text: string) => {
  const [g] = goals(analyseText(text));
  if (!g) throw new Error('no goal found');
  return g;
};

describe('goal analyser', () => {
  it('reads indicator, baseline, target, deadline and source from a sentence', () => {
    const g = one(
      'Mål: Andelen kvinnor som känner sig otrygga vid torget ska minska från 41 procent (trygghetsmätningen 2024) till högst 30 procent i trygghetsmätningen 2027.',
    );
    expect(g.kind).toBe('effektmal');
    expect(g.indicator).toBe('Andelen kvinnor som känner sig otrygga vid torget');
    expect(g.baseline).toMatch(/^från 41 procent/);
    expect(g.target).toMatch(/högst 30 procent/);
    expect(g.deadline).toBe('2027');
    expect(g.source).toMatch(/trygghetsmätningen/);
    expect(isMeasurable(g)).toBe(true);
  });

  it('reads a terse goal bullet whose parenthesis gives the source and the measured year and value', () => {
    const g = one(`## Mål
- Minst 70 % ska uppge att de känner sig trygga i centrum kvällstid 2028 (trygghetsmätningen; 2025: 62 %).`);
    expect(g.kind).toBe('effektmal');
    expect(g.baseline).toBe('2025: 62 %');
    expect(g.target).toBe('Minst 70 %');
    expect(g.deadline).toBe('2028');
    expect(g.source).toMatch(/^trygghetsmätningen/);
    expect(isMeasurable(g)).toBe(true);
    const fires = one(`## Mål
- Högst 8 anlagda bränder i skolmiljö per år senast 2028 (räddningstjänsten; 2025: 19).`);
    expect([fires.baseline, fires.deadline, isMeasurable(fires)]).toEqual(['2025: 19', '2028', true]);
  });

  it('reads a goal table row by its header roles', () => {
    const g = one(`## Mål
| Fokusområde | Effektmål | Indikator och källa | Utgångsläge | Målvärde 2028 |
|---|---|---|---|---|
| 2 | Färre unga rånas | Anmälda rån mot unga (polisens statistik) | 22 (2024) | Högst 15 |`);
    expect(g.from).toBe('table');
    expect(g.focusArea).toBe('2');
    expect(g.indicator).toMatch(/^Anmälda rån/);
    expect(g.source).toBe('polisens statistik');
    expect(g.baseline).toBe('22 (2024)');
    expect(g.target).toBe('Högst 15');
    expect(g.deadline).toBe('2028');
    expect(g.kind).toBe('effektmal');
  });

  it('takes the deadline from the target cell ("senast", "under", "i mätningen")', () => {
    const rows = goals(
      analyseText(`## Mål
| Indikator | Utgångsläge | Målvärde |
|---|---|---|
| Andel otrygga (trygghetsmätningen) | 30 % (2023) | Högst 20 % senast 2027 |
| Anmälda inbrott | 90 (2023) | Högst 60 under 2026 |
| Andel elever som röker (skolenkäten) | 12 % (2023) | Högst 8 % i mätningen 2028 |`),
    );
    expect(rows.map((g) => g.deadline)).toEqual(['2027', '2026', '2028']);
  });

  it('reads a change size ("minska med 20 procent") and a base year', () => {
    const g = one(
      'Målet är att antalet anmälda skadegörelsebrott ska minska med 20 procent till och med 2027 jämfört med basåret 2024.',
    );
    expect(g.target).toMatch(/minska med 20 procent/);
    expect(g.baseline).toMatch(/basåret 2024/);
    expect(g.deadline).toBe('2027');
    expect(g.kind).toBe('effektmal');
  });

  it('tells activities, production goals, directions and visions apart', () => {
    const kinds = goals(
      analyseText(`## Mål
- Genomföra fyra trygghetsvandringar per år.
- Polisen ska genomföra minst 40 hastighetskontroller per år.
- minskad skadegörelse i centrum.

Det övergripande målet är att Berga ska vara en trygg kommun.`),
    ).map((g) => g.kind);
    expect(kinds).toEqual(['aktivitet', 'produktionsmal', 'riktning', 'vision']);
  });

  it('records vague verbs', () => {
    const g = one('## Mål\nParterna ska verka för en trygg miljö och bidra till färre brott.');
    expect(g.vague).toEqual(['verka för', 'bidra till']);
  });

  it('does not take a reference to goals elsewhere as a goal', () => {
    expect(goals(analyseText('## Mål\nMätbara mål anges i aktivitetsplanen (bilaga 2).'))).toEqual([]);
  });

  it('recognises goals still to be set', () => {
    expect(plannedGoal('För fokusområde 3 formuleras mål när orsaksanalysen är klar.')).toBe(true);
    expect(plannedGoal('Målen ska tas fram under våren 2026.')).toBe(true);
    expect(plannedGoal('Effektmål har ännu inte formulerats.')).toBe(true);
    expect(plannedGoal('Målet är högst 20 procent 2027.')).toBe(false);
    expect(plannedGoal('Målen fastställs av styrgruppen i juni 2026.')).toBe(true);
    expect(plannedGoal('Målen fastställs av kommunstyrelsen.')).toBe(false);
  });

  it('takes the focus area from a "Område: …" prefix or a subheading', () => {
    const gs = goals(
      analyseText(`## Mål
- Trafik: lägre hastigheter på Storgatan.
### Narkotika
Färre unga ska använda narkotika.`),
    );
    expect(gs.map((g) => g.focusArea)).toEqual(['Trafik', 'Narkotika']);
  });

  it('finds a target sentence that does not use the word mål', () => {
    const g = one(
      '## Fokusområde 1: Trafik\nAndelen bilister som kör för fort på Storgatan ska minska från 34 procent (2024) till högst 20 procent 2027.',
    );
    expect(g.kind).toBe('effektmal');
    expect(g.deadline).toBe('2027');
  });

  it('accepts the agreement period as a deadline', () => {
    const g = one(
      '## Mål\nAntalet anmälda bilinbrott ska minska från 200 (2024) till högst 150 under perioden.',
    );
    expect(g.deadline).toBe('perioden');
  });

  it('reads stated values from the goal column of a plan', () => {
    const gs = goals(
      analyseText(`## Plan
| Åtgärd | Mål | Ansvarig |
|---|---|---|
| Belysning i parken | Andelen otrygga i parken ska minska från 40 % (2024) till högst 30 % 2027 | Kommunen |
| Nattvandringar | 1a | Föreningen |`),
    );
    expect(gs).toHaveLength(1);
    expect(gs[0]?.kind).toBe('effektmal');
  });

  it('reads goals from a plan table that carries indicators', () => {
    const gs = goals(
      analyseText(`## Plan
| Åtgärd | Indikator | Utgångsläge | Målvärde 2027 | Ansvarig |
|---|---|---|---|---|
| Belysning i parken | Andel otrygga i parken (trygghetsmätningen) | 40 % (2024) | Högst 30 % | Kommunen |`),
    );
    expect(gs.filter((g) => g.kind === 'effektmal')).toHaveLength(1);
  });

  it('reads "Område – mål: …" as a direction goal of that area', () => {
    const g = one('**Klotter vid skolorna** – mål: mindre klotter på Norrbyskolan');
    expect(g.kind).toBe('riktning');
    expect(g.focusArea).toBe('Klotter vid skolorna');
  });
});
