import { type Analysis, evidence, type Sentence } from '../core/analyse/analysis.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { aktuell, period } from '../core/analyse/period.ts';
import { defineRule, verdict } from '../core/engine/rule.ts';
import {
  CONDITIONAL,
  CONTENT_OBJECT,
  ELIDED_REVISE,
  INTERVAL,
  NEW_PLAN,
  NEXT_PLAN,
  OBJECT,
  PLAN,
  PLAN_RENEWAL,
  PLAN_YEAR,
  REVIEW_DOCUMENT,
  REVISE,
  REVISE_CONTENT,
} from './lexicon/k15.ts';

type Revision = 'fixed' | 'conditional';

const ON_REQUEST = pattern(
  /(?<!\p{L})(vid\s+behov|om\s+(?:någon\s+av\s+)?(?:parterna|part\p{L}*|en\s+part)\b|när\s+det\s+behövs)(?!\p{L})/iu,
);

/** A sentence saying when the document is reviewed or revised, and whether at a fixed point or only on demand. */
/** What REVISE and REVISE_CONTENT need, tested cheaply first. */
const REVISE_HINT = pattern(
  /revider|revision|se[sr]\s|översyn|över\s*ses|uppdater|ompröva|omarbeta|utvärder|ändrar|justerar|ska\s+(?:fortsätta|ändras|förnyas|förlängas|bytas)|ställning\s+till/i,
);
const REVISION_HINT = new RegExp(`${REVISE_HINT.source}|igenom|plan`, 'i');

export function revision(s: Sentence, startYear?: number): Revision | undefined {
  const text = s.text;
  if (!REVISION_HINT.test(text)) return undefined;
  const renewal =
    PLAN.test(text) &&
    PLAN_RENEWAL.test(text) &&
    (INTERVAL.test(text) || NEXT_PLAN.test(text)) &&
    !firstPlan(text, startYear);
  const revise =
    (REVISE_HINT.test(text) &&
      ((REVISE.test(text) && (OBJECT.test(text) || ELIDED_REVISE.test(text))) ||
        (REVISE_CONTENT.test(text) && CONTENT_OBJECT.test(text)))) ||
    (text.includes('igenom') && REVIEW_DOCUMENT.test(text));
  if (!renewal && !revise) return undefined;
  // "… lägesbild, som båda uppdaterades i oktober 2025": a revision done, not one planned.
  if (DONE_REVISION.test(text) && !RECURRING.test(text)) return undefined;
  // "revideras varje år …, och då kan prioriteringarna ändras": what a fixed revision may change, not a condition.
  if (INTERVAL.test(text) && !ON_REQUEST.test(text)) return 'fixed';
  // "åtgärderna revideras efter årsuppföljningen, målen justeras vid behov": the fixed clause holds.
  if (text.split(/[,;:]\s+|\s+och\s+/).some((c) => REVISE.test(c) && INTERVAL.test(c) && !ON_REQUEST.test(c)))
    return 'fixed';
  if (CONDITIONAL.test(text)) return 'conditional';
  if (renewal || INTERVAL.test(text)) return 'fixed';
  return 'conditional';
}

/**
 * "Åtgärderna ska tas fram i en aktivitetsplan för 2026" in an agreement that starts in 2026 is its
 * first plan, not a renewal: only a plan for a later year, or a new/next plan, is one.
 */
function firstPlan(text: string, startYear: number | undefined): boolean {
  if (startYear === undefined || NEW_PLAN.test(text)) return false;
  let years = [...text.matchAll(PLAN_YEAR)].map((m) => Number(m[1]));
  // "… en aktivitetsplan som tas fram senast i mars 2027": a deadline for the plan, once.
  if (years.length === 0 && ONCE_BY.test(text) && !RECURRING.test(text))
    years = [...text.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y <= startYear);
}

const DONE_REVISION = pattern(
  /(?<!\p{L})(?:uppdaterades|reviderades|omarbetades|justerades|sågs\s+över)(?!\p{L})/iu,
);
const ONCE_BY = pattern(/(?<!\p{L})senast(?!\p{L})/iu);
const RECURRING = pattern(/(?<!\p{L})(?:årligen|varje|vart|per\s+år|en\s+gång\s+om\s+året)(?!\p{L})/iu);

/** A promise is renewed by the next one: "Utifrån uppföljningen i januari 2027 tar vi fram nya löften för 2027". */
const NEW_PROMISE = pattern(/(?<!\p{L})(?:ny|nya|nytt|nästa|nästa\s+års)\s+(?:medborgar)?löfte\p{L}*/iu);

/** "I oktober 2026 träffar vi elevråden igen. Det ni säger då blir grunden för nästa löfte.": the time may lead. */
const BASIS = pattern(/(?<!\p{L})(?:blir|är)\s+(?:grunden|underlaget)\s+för|ligger\s+till\s+grund\s+för/iu);

/** "… bestämmer vi tillsammans vilka löften vi ger för 2027": the promises for a later year. */
const LATER_PROMISE = pattern(/(?<!\p{L})löfte\p{L}*\s+(?:\p{L}+\s+){0,3}?för\s+(20\d\d)(?!\d)/iu);
const DECIDE = pattern(/(?<!\p{L})(?:bestämmer|beslutar|väljer)(?!\p{L})/iu);

function promiseRenewal(text: string, before = '', startYear?: number): Revision | undefined {
  const later = LATER_PROMISE.exec(text);
  if (later && startYear !== undefined && Number(later[1]) > startYear && DECIDE.test(text))
    return INTERVAL.test(text) || INTERVAL.test(before) ? 'fixed' : undefined;
  if (!NEW_PROMISE.test(text) || !(PLAN_RENEWAL.test(text) || BASIS.test(text))) return undefined;
  return INTERVAL.test(text) || INTERVAL.test(before) ? 'fixed' : undefined;
}

function revisions(a: Analysis): { fixed: Sentence[]; conditional: Sentence[] } {
  const fixed: Sentence[] = [];
  const conditional: Sentence[] = [];
  const start = period(a)?.start;
  const startYear = start ? Number(start.slice(0, 4)) : undefined;
  a.sentences.forEach((s, i) => {
    const prev = a.sentences[i - 1];
    const before = prev?.block === s.block ? prev.text : '';
    const r =
      revision(s, startYear) ??
      (a.type === 'medborgarlofte' ? promiseRenewal(s.text, before, startYear) : undefined);
    if (r === 'fixed') fixed.push(s);
    else if (r === 'conditional') conditional.push(s);
  });
  return { fixed, conditional };
}

const AKTUELL_NOTE = {
  ja: 'gäller på referensdatumet',
  nej: 'gäller inte på referensdatumet',
  okand: 'okänt om dokumentet gäller på referensdatumet',
};

export const k15 = defineRule({
  id: 'K15',
  area: 'E',
  title: 'Giltighetstid och revidering',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå · Teckna samverkansöverenskommelse',
  levels: {
    2: 'Tydlig start och slut (eller tills vidare med fast översyn) och en revideringsmekanism',
    1: 'Bara perioden, eller bara "ses över vid behov"',
    0: 'Varken period eller revidering',
  },
  messages: {
    missing:
      'Ange giltighetstiden med start- och slutdatum och när och hur dokumentet ses över och revideras (Brå, Teckna samverkansöverenskommelse).',
    'missing-period':
      'Ange giltighetstiden med start- och slutdatum, t.ex. "gäller från och med den 1 januari 2025 till och med den 31 december 2027", eller "tills vidare" med ett fast intervall för översyn.',
    'missing-start-or-end': 'Ange både när dokumentet börjar gälla och när det upphör att gälla.',
    'missing-revision':
      'Beskriv en revideringsmekanism med fast tidpunkt: t.ex. att aktivitetsplanen revideras varje år efter uppföljningen och att överenskommelsen ses över vid halvtid (Brå steg 5).',
    'only-on-demand':
      '"Ses över vid behov" räcker inte: ange en fast tidpunkt för översyn och revidering, kopplad till den årliga uppföljningen.',
  },
  evaluate(a) {
    const p = period(a);
    const { fixed, conditional } = revisions(a);
    const ev = [];
    const fullPeriod = !!p && (p.untilFurtherNotice || (!!p.end && (!!p.start || !!p.startsOnSigning)));
    if (p?.span) ev.push(evidence(a, p.span));
    for (const s of [...fixed, ...conditional].slice(0, 3)) ev.push(evidence(a, s));
    const notes = [`${AKTUELL_NOTE[aktuell(a)]} (${a.referenceDate})`];
    if (!p && fixed.length === 0 && conditional.length === 0) return { ...verdict(0, [], 'missing'), notes };
    const advice: string[] = [];
    if (!p) advice.push('missing-period');
    else if (!fullPeriod) advice.push('missing-start-or-end');
    if (fixed.length === 0) advice.push(conditional.length > 0 ? 'only-on-demand' : 'missing-revision');
    const level = fullPeriod && fixed.length > 0 ? 2 : 1;
    return { ...verdict(level, ev, ...advice), notes };
  },
});
