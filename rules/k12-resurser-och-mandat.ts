import { evidence, type Sentence } from '../core/analyse/analysis.ts';
import { matches } from '../core/analyse/lexicon.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { NOT_ATTACHED_NOTE, referencedElsewhere } from '../core/analyse/references.ts';
import { defineRule, verdict } from '../core/engine/rule.ts';
import { AMOUNT, COMMIT, DECIDE, DECIDER, GENERIC, LAW, STAFF } from './lexicon/k12.ts';

const RESOURCE_SECTION = ['resurs*', 'budget*', 'finansiering*', 'ekonomi*', 'kostnad*'];

/** Cheap tests before the costlier patterns. */
const RESOURCE_HINT = pattern(/kr|sek|miljon|tjänst|eltid|lvtid|årsarbet|timmar/i);
const GENERIC_HINT = pattern(
  /befintlig|ordinarie|ryms|givna|nuvarande|särskilda|extra|ytterligare|kostnader/i,
);
const DECIDE_HINT = pattern(/mandat|beslut|fastställ|får\s|delegera|lyfts|avgör/i);

const RESOURCE_LABEL = pattern(/^(?:resurs\p{L}*|budget|finansiering|kostnad\p{L}*)\b[^:]{0,30}:/iu);

const resourceTitles = new Map<string, boolean>();

function isResourceTitle(title: string): boolean {
  let hit = resourceTitles.get(title);
  if (hit === undefined) {
    hit = matches(title, RESOURCE_SECTION);
    resourceTitles.set(title, hit);
  }
  return hit;
}

/** "En ny handlingsplan för 2026 tas fram … och fastställs av styrgruppen" is the plan's renewal (K15), not a mandate. */
const NEXT_PLAN = pattern(
  /(?<!\p{L})(?:ny|nya|nästa|kommande)\s+(?:\p{L}+\s+)?(?:handlings|aktivitets|åtgärds)?plan|(?:handlings|aktivitets|åtgärds)plan\p{L}*\s+(?:för\s+)?20\d\d\s+(?:ska\s+)?tas\s+fram/iu,
);
const POWER = pattern(
  /mandat|får\s+(?:besluta|omfördela|ändra|flytta|prioritera)|beslutar\s+om|beslutsväg|delegera/iu,
);
const nextPlanOnly = (text: string) => NEXT_PLAN.test(text) && !POWER.test(text);

export const k12 = defineRule({
  id: 'K12',
  area: 'D',
  title: 'Resurser och mandat',
  appliesTo: ['samverkansoverenskommelse', 'aktivitetsplan'],
  source: 'Strandell 2021 · organisatorisk konsekvensanalys',
  levels: {
    2: 'Resurser konkret angivna och tydligt mandat och beslutsväg',
    1: 'En generell formulering ("inom befintliga ramar") eller bara mandatet',
    0: 'Varken resurser eller mandat',
  },
  messages: {
    missing:
      'Beskriv vad åtagandet kräver av varje part – tid, personal och pengar – och vem som får besluta vad (organisatorisk konsekvensanalys, Brå steg 1).',
    'generic-resources':
      '"Inom befintliga ramar" säger inte vad arbetet kräver: ange tjänster, tid eller belopp per part, t.ex. "kommunen avsätter en heltidstjänst och 300 000 kronor per år".',
    'missing-resources': 'Ange vilka resurser (personal, tid, budget) varje part avsätter för arbetet.',
    'missing-mandate':
      'Ange mandat och beslutsväg: vad styrgruppen får besluta och vad som måste lyftas till kommunstyrelsen respektive lokalpolisområdets ledning.',
  },
  evaluate(a) {
    // Under a resource heading, after a "Resurser:" label, or in a table with a resource column.
    const inResourceSection = (s: Sentence) =>
      isResourceTitle(s.section.title) ||
      s.block.headingPath.some(isResourceTitle) ||
      RESOURCE_LABEL.test(s.text) ||
      (s.block.kind === 'table' && (s.block.rows?.[0] ?? []).some((c) => isResourceTitle(c.text)));
    const concrete: Sentence[] = [];
    const generic: Sentence[] = [];
    const mandate: Sentence[] = [];
    for (const s of a.sentences) {
      const t = s.text;
      const isGeneric = GENERIC_HINT.test(t) && GENERIC.test(t);
      if (
        RESOURCE_HINT.test(t) &&
        (AMOUNT.test(t) || STAFF.test(t)) &&
        (COMMIT.test(t) || inResourceSection(s)) &&
        !isGeneric
      )
        concrete.push(s);
      else if (isGeneric) generic.push(s);
      if (DECIDE_HINT.test(t) && DECIDE.test(t) && DECIDER.test(t) && !LAW.test(t) && !nextPlanOnly(t))
        mandate.push(s);
    }
    const ev = [...concrete.slice(0, 3), ...generic.slice(0, 1), ...mandate.slice(0, 3)].map((s) =>
      evidence(a, s),
    );
    if (concrete.length > 0 && mandate.length > 0) return verdict(2, ev);
    const advice: string[] = [];
    if (concrete.length === 0) advice.push(generic.length > 0 ? 'generic-resources' : 'missing-resources');
    if (mandate.length === 0) advice.push('missing-mandate');
    if (concrete.length + generic.length + mandate.length > 0) return verdict(1, ev, ...advice);
    const refs = referencedElsewhere(a, ['resurs*', 'budget*', 'kostnad*', 'finansiering*', 'mandat*']);
    if (refs.length > 0) {
      const v = verdict(
        1,
        refs.slice(0, 2).map((r) => evidence(a, r.sentence)),
        ...advice,
      );
      v.notes = [NOT_ATTACHED_NOTE];
      return v;
    }
    return verdict(0, [], 'missing');
  },
});
