import { type Analysis, evidence } from '../core/analyse/analysis.ts';
import { type CauseStatement, causeAnalysis, causesFor } from '../core/analyse/causes.ts';
import { focusAreas } from '../core/analyse/focus-areas.ts';
import { NOT_ATTACHED_NOTE, referencedElsewhere } from '../core/analyse/references.ts';
import { defineRule, type Verdict, verdict } from '../core/engine/rule.ts';
import { ANSWERS_PROBLEM } from './lexicon/measures.ts';
import { ORSAK } from './lexicon/orsak.ts';

export const k05 = defineRule({
  id: 'K05',
  area: 'B',
  title: 'Orsaksanalys',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå steg 3 · Orsaksanalys i lokalt brottsförebyggande arbete (2018)',
  levels: {
    2: 'Orsaker för varje fokusområde, helst med metod',
    1: 'Orsaker för några områden, allmänna orsaker eller bara en utlovad analys',
    0: 'Ingen orsaksanalys',
  },
  messages: {
    missing:
      'Beskriv de troliga orsakerna till varje prioriterat problem: plats och situation, gärningspersoner och offer, direkta och bakomliggande orsaker. Ange gärna metoden, till exempel orsaksträd eller brottstriangeln (Brå steg 3; Orsaksanalys i lokalt brottsförebyggande arbete, 2018).',
    'some-areas':
      'Orsaker beskrivs bara för en del av fokusområdena. Gör orsaksanalysen för vart och ett av dem (Brå steg 3; Orsaksanalys i lokalt brottsförebyggande arbete, 2018).',
    generic:
      'Orsakerna är allmänna och inte knutna till de lokala problemen. Beskriv orsakerna till just de prioriterade problemen, på de platser och för de grupper som problembilden pekar ut (Brå, Orsaksanalys 2018).',
    planned:
      'Orsaksanalysen är bara utlovad. Genomför den innan mål och åtgärder väljs, och redovisa orsakerna per fokusområde (Brå steg 3).',
    referenced:
      'Orsaksanalysen finns enligt dokumentet på annat ställe. Sammanfatta orsakerna här eller bifoga underlaget (Brå steg 3).',
  },
  evaluate(a: Analysis): Verdict {
    const areas = focusAreas(a);
    const c = causeAnalysis(a);
    const tied = c.statements.filter((s) => s.area && !c.plannedAreas.includes(s.area));
    const covered = areas.filter((f) => !c.plannedAreas.includes(f) && causesFor(a, f).length > 0);
    const ev = [...covered.map((f) => causesFor(a, f)[0]?.sentence), ...c.method.slice(0, 1)]
      .filter((s) => s !== undefined)
      .map((s) => evidence(a, s));
    const notes = referencedElsewhere(a, ORSAK).length > 0 ? [NOT_ATTACHED_NOTE] : undefined;
    const done = (v: Verdict): Verdict => (v.level < 2 && notes ? { ...v, notes } : v);
    const problems = a.type === 'medborgarlofte' ? promiseProblems(a, c.statements) : [];
    // ML reading: the promises name more problems than were found as areas; each needs its causes.
    if (problems.length > areas.length && problems.some((p) => p.covered)) {
      const pev = c.statements.slice(0, 3).map((s) => evidence(a, s.sentence));
      return problems.every((p) => p.covered) ? verdict(2, pev) : done(verdict(1, pev, 'some-areas'));
    }
    if (areas.length > 0 && covered.length === areas.length && c.plannedAreas.length === 0)
      return verdict(2, ev);
    const untied = c.statements.filter((s) => !s.area);
    if (areas.length === 0 && untied.filter((s) => !s.generic).length >= 3 && c.planned.length === 0)
      return verdict(
        2,
        untied.slice(0, 3).map((s) => evidence(a, s.sentence)),
      );
    if (tied.length > 0) return done(verdict(1, ev, 'some-areas'));
    const other = [...c.planned, ...c.referenced, ...untied.map((s) => s.sentence)];
    if (other.length > 0) {
      const advice = untied.length > 0 ? 'generic' : c.referenced.length > 0 ? 'referenced' : 'planned';
      return done(
        verdict(
          1,
          other.slice(0, 3).map((s) => evidence(a, s)),
          advice,
        ),
      );
    }
    return done(verdict(0, [], 'missing'));
  },
});

/**
 * The problems a promise says it answers ("Det här svarar på det ni sa om mopederna"), one per
 * group of promises, each covered when a cause statement or its heading names it.
 */
function promiseProblems(a: Analysis, statements: CauseStatement[]): { covered: boolean }[] {
  const said = statements
    .map((s) => `${s.sentence.section.title} ${s.sentence.text}`.toLowerCase())
    .join(' ');
  const seen = new Set<unknown>();
  const out: { covered: boolean }[] = [];
  for (const s of a.sentences) {
    if (seen.has(s.section) || !ANSWERS_PROBLEM.test(s.text)) continue;
    seen.add(s.section);
    const topic = s.text.replace(/^.*?(?:svar\p{L}*|riktar\s+sig|motverka)\s+(?:på|mot)?\s*/iu, '');
    const stems = topic
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 5)
      .map((w) => w.slice(0, 6));
    out.push({ covered: stems.some((w) => said.includes(w)) });
  }
  return out;
}
