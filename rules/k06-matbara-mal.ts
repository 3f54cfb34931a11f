import { activities } from '../core/analyse/activities.ts';
import { type Analysis, evidence } from '../core/analyse/analysis.ts';
import { focusAreas } from '../core/analyse/focus-areas.ts';
import { type Goal, goals, isMeasurable, plannedGoals } from '../core/analyse/goals.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { goalServes } from '../core/analyse/red-thread.ts';
import { NOT_ATTACHED_NOTE, referencedElsewhere } from '../core/analyse/references.ts';
import { defineRule, type Verdict, verdict } from '../core/engine/rule.ts';

const GOAL_REFERENCE_CUES = ['=mål', '=målen', 'målvärde*', 'indikator*', 'effektmål*', 'delmål*', 'mätbara'];
/** Counts of the parties' own outputs: "minst 40 hastighetskontroller", "tio kontroller". */
const COUNTED_OUTPUT = pattern(
  /(?<!\p{L})(?:minst\s+|högst\s+|totalt\s+)?(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo)\s+(?:[\p{L}-]+\s+)?\p{L}*(?:kontroll|insats|pass(?!\p{L})|patrull|vandring|träff|möte|lektion|tillsyn|besök|utbildning|kampanj|dialog)/iu,
);

export const k06 = defineRule({
  id: 'K06',
  area: 'C',
  title: 'Mätbara mål',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå · Formulera mål',
  levels: {
    2: 'Minst ett effektmål per fokusområde med indikator, utgångsläge eller målvärde och tidpunkt',
    1: 'Bara riktning, produktionsmål, aktiviteter som mål eller en vision',
    0: 'Inga mål, eller bara vaga verb utan indikator',
  },
  messages: {
    missing:
      'Formulera minst ett effektmål per fokusområde: vad som ska förändras (indikator och källa), utgångsläge, målvärde och när det ska vara nått (Brå, Formulera mål).',
    'vague-only':
      'Målen består bara av vaga verb (verka för, bidra till, främja). Ange i stället en mätbar förändring med indikator, utgångsläge, målvärde och tidpunkt (Brå, Formulera mål).',
    'direction-only':
      'Målen anger bara en riktning (minska, öka). Lägg till indikator med källa, utgångsläge, målvärde och ett datum, t.ex. "andelen som känner sig otrygga ska minska från 40 till högst 30 procent i trygghetsmätningen 2027" (Brå, Formulera mål).',
    'production-only':
      'Målen räknar bara aktiviteter (antal kontroller, vandringar). Det är produktionsmål; formulera också effektmål som säger vilken förändring i brottslighet eller trygghet aktiviteterna ska ge (Brå, Formulera mål).',
    'activity-goals':
      'Målen är egentligen aktiviteter ("genomföra …"). Flytta dem till aktivitetsplanen och formulera effektmål med indikator, utgångsläge, målvärde och tidpunkt (Brå, Formulera mål).',
    'vision-only':
      'Det finns bara en övergripande vision. Bryt ned den i effektmål per fokusområde med indikator, utgångsläge, målvärde och tidpunkt (Brå, Formulera mål).',
    'not-every-area':
      'Alla fokusområden har inte ett mätbart effektmål. Komplettera med indikator, utgångsläge, målvärde och tidpunkt för de områden som saknar det (Brå, Formulera mål).',
    'goals-planned':
      'Mål för något fokusområde återstår att formulera. Sätt målen innan överenskommelsen fastställs, eller ange när de beslutas (Brå, Formulera mål).',
    'incomplete-goal':
      'Effektmålen saknar någon del: kontrollera att varje mål har indikator med källa, utgångsläge eller målvärde och en tidpunkt (Brå, Formulera mål).',
    'referenced-not-attached':
      'Målen sägs finnas i ett annat dokument som inte är bifogat. Bifoga det eller för in målen med indikator, utgångsläge, målvärde och tidpunkt (Brå, Formulera mål).',
  },
  evaluate(a) {
    const all = goals(a);
    const measurable = all.filter(isMeasurable);
    const refs = referencedElsewhere(a, GOAL_REFERENCE_CUES);
    const planned = plannedGoals(a);
    const notes = refs.length > 0 ? [NOT_ATTACHED_NOTE] : [];
    if (measurable.length > 0) {
      const areas = focusAreas(a);
      const uncovered = areas.filter((f) => !measurable.some((g) => goalServes(g, f)));
      const ev = measurable.map((g) => goalEvidence(a, g));
      if (areas.length > 0 && uncovered.length > 0)
        return withNotes(
          verdict(1, ev, 'not-every-area', ...(planned.length ? ['goals-planned'] : [])),
          notes,
        );
      if (planned.length > 0)
        return withNotes(verdict(1, [...ev, ...planned.map((s) => evidence(a, s))], 'goals-planned'), notes);
      return verdict(2, ev);
    }
    const real = all.filter((g) => g.vague.length === 0 || g.indicator || g.target);
    // A vision over goals in vague verbs only ("ska verka för", "bidra till") is no more than those verbs.
    const visionOverVague = real.every((g) => g.kind === 'vision') && real.length < all.length;
    if (real.length > 0 && !visionOverVague) {
      const advice = adviceFor(real);
      if (real.some((g) => g.kind === 'effektmal')) advice.unshift('incomplete-goal');
      if (refs.length > 0) advice.push('referenced-not-attached');
      const ev = [...real.map((g) => goalEvidence(a, g)), ...refs.map((r) => evidence(a, r.sentence))];
      return withNotes(verdict(1, ev, ...advice), notes);
    }
    // "Vi vill bidra till … och verka för …": only vague verbs, whatever the measures count.
    if (all.length > 0 && refs.length === 0) return verdict(0, [], 'vague-only');
    // A promise whose only targets are counts of its own outputs has production goals (ML reading).
    const counted =
      a.type === 'medborgarlofte' ? activities(a).filter((x) => COUNTED_OUTPUT.test(x.what)) : [];
    if (counted.length > 0)
      return verdict(
        1,
        counted.map((x) => evidence(a, x)),
        'production-only',
      );
    if (refs.length > 0)
      return withNotes(
        verdict(
          1,
          refs.map((r) => evidence(a, r.sentence)),
          'referenced-not-attached',
        ),
        notes,
      );
    return verdict(0, [], all.length > 0 ? 'vague-only' : 'missing');
  },
});

function adviceFor(real: Goal[]): string[] {
  const kinds = new Set(real.map((g) => g.kind));
  const out: string[] = [];
  if (kinds.has('aktivitet')) out.push('activity-goals');
  if (kinds.has('produktionsmal')) out.push('production-only');
  if (kinds.has('riktning')) out.push('direction-only');
  if (kinds.has('vision') && out.length === 0) out.push('vision-only');
  if (out.length === 0) out.push('missing');
  return out;
}

function goalEvidence(a: Analysis, g: Goal) {
  return evidence(a, g.block ? { start: g.start, end: g.end, block: g.block } : g);
}

function withNotes(v: Verdict, notes: string[]): Verdict {
  return notes.length > 0 ? { ...v, notes } : v;
}
