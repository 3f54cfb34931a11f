import { type Activity, activities, planReferences } from '../core/analyse/activities.ts';
import { type Analysis, evidence, memo, type Section } from '../core/analyse/analysis.ts';
import { type FocusArea, focusAreas, mentionsArea, PROMISE_HEADING } from '../core/analyse/focus-areas.ts';
import { goals, plannedGoals } from '../core/analyse/goals.ts';
import { pattern } from '../core/analyse/pattern.ts';
import { areaNumber, inFollowUp, linkedInTable, redThread, within } from '../core/analyse/red-thread.ts';
import { NOT_ATTACHED_NOTE } from '../core/analyse/references.ts';
import { titlesOf } from '../core/analyse/scope.ts';
import { defineRule, type Verdict, verdict } from '../core/engine/rule.ts';
import { ANSWERS_PROBLEM, wholePromiseAnswer } from './lexicon/measures.ts';

/** Share of measures that must name their goal or cause for the mapping to be explicit. */
const EXPLICIT_SHARE = 0.9;

export const k08 = defineRule({
  id: 'K08',
  area: 'C',
  title: 'Röd tråd',
  appliesTo: ['samverkansoverenskommelse', 'medborgarlofte', 'aktivitetsplan'],
  source: 'Brå · Välj åtgärder som påverkar orsakerna',
  levels: {
    2: 'Uttalad koppling problem → orsak → mål → åtgärd för varje fokusområde',
    1: 'Underförstådd koppling (åtgärder under fokusområdesrubriker) eller delvis täckning',
    0: 'En fristående lista med åtgärder',
  },
  messages: {
    missing:
      'Det finns inga åtgärder som kan kopplas till problem, orsaker och mål. Ange för varje fokusområde problem → orsak → mål → åtgärd → uppföljning (Brå, Välj åtgärder som påverkar orsakerna).',
    'free-standing':
      'Åtgärderna står i en fristående lista. Ordna dem per fokusområde och ange för varje åtgärd vilket mål och vilken orsak den ska påverka, gärna i en tabell (Brå, Välj åtgärder som påverkar orsakerna).',
    implicit:
      'Åtgärderna står under fokusområdena men säger inte vilket mål eller vilken orsak de ska påverka. Lägg till kolumner eller rader för mål och orsak (Brå, Välj åtgärder som påverkar orsakerna).',
    partial:
      'Kopplingen problem → orsak → mål → åtgärd är uttalad bara för en del av åtgärderna eller fokusområdena. Komplettera så att varje fokusområde finns med i problembild, mål och åtgärder (Brå, Välj åtgärder som påverkar orsakerna).',
    'promise-problem':
      'Ange för varje löfte vilket problem i lägesbilden det svarar mot (Brå, Formulera medborgarlöften).',
    'no-measures-yet':
      'Varje fokusområde går från problem via orsaker till mål, men åtgärderna saknas. Välj åtgärder som påverkar orsakerna och ange för varje åtgärd vilket mål den ska nå (Brå, Välj åtgärder som påverkar orsakerna).',
    'referenced-not-attached':
      'Kopplingen mellan mål och åtgärder sägs finnas i en plan som inte är bifogad. Bifoga planen eller för in kopplingen i dokumentet (Brå, Välj åtgärder som påverkar orsakerna).',
  },
  evaluate(a) {
    const acts = activities(a);
    const measures = withoutRationale(acts.filter((x) => !x.commitment && !inFollowUp(x)));
    const pool = measures.length > 0 ? measures : acts;
    const refs = planReferences(a);
    const notes = refs.length > 0 ? [NOT_ATTACHED_NOTE] : [];
    const refVerdict = (): Verdict => ({
      ...verdict(
        1,
        refs.map((r) => evidence(a, r.sentence)),
        'referenced-not-attached',
      ),
      notes,
    });
    if (pool.length === 0) {
      if (refs.length > 0) return refVerdict();
      // Measures still to be chosen, but every area already runs from its picture through its causes to a goal.
      const rows = redThread(a);
      if (rows.length > 0 && rows.every((r) => r.picture && r.causes && r.goals))
        return verdict(
          1,
          goals(a).map((g) => evidence(a, g)),
          'no-measures-yet',
        );
      return verdict(0, [], 'missing');
    }

    if (a.type === 'medborgarlofte') {
      // "Vem ansvarar för löftet?": who holds the promise, not a group of promises.
      const promises = pool.filter((x) => !HOLDING_TITLE.test(x.section?.title ?? ''));
      return promiseThread(a, promises.length > 0 ? promises : pool);
    }

    const explicit = pool.filter((x) => x.goal || x.cause || linkedInTable(x));
    // Measures numbered per focus area ("2.3" under area 2) are grouped by area even without a column.
    const areas = focusAreas(a);
    const areaNumbers = new Set(areas.map((f) => f.number));
    // Measures under a heading that names a focus area are grouped by it, too.
    // "Det här gör vi" under "Prioritering 1: Unga …" is grouped by the area above it; the file's
    // title ("… för ett tryggt Snäckvik fritt från våld") groups nothing.
    const underArea = (x: Activity) =>
      titlesOf(x.section).some((t) => areas.some((f) => f.name === t || mentionsArea(t, f)));
    // With a single area every measure is that area's.
    const grouped = pool.filter(
      (x) =>
        areas.length === 1 ||
        x.focusArea ||
        areas.some((f) => within(x.start, f)) ||
        underArea(x) ||
        (/^\d+\.\d+/.test(x.nr ?? '') && areaNumbers.has(areaNumber(x.nr))) ||
        // The tag may close the paragraph after the measure's owner and time.
        taggedWithArea(x.from === 'table' ? x.text : x.block.text, areaNumbers) ||
        ledByArea(a, x, areas) ||
        assignedByNumber(a, x, areas),
    );
    const rows = redThread(a);
    const covered = rows.every((r) => r.picture && r.goals && r.measures);
    // Every area must reach picture, goals and measures; a missing cause analysis is K05's concern.
    const gaps = plannedGoals(a).length > 0;
    const ev = (explicit.length > 0 ? explicit : grouped.length > 0 ? grouped : pool).map((x) =>
      evidence(a, x),
    );
    if (explicit.length >= EXPLICIT_SHARE * pool.length && covered && !gaps) return verdict(2, ev);
    if (explicit.length > 0) return withNotes(verdict(1, ev, 'partial'), notes);
    if (grouped.length >= pool.length / 2) return withNotes(verdict(1, ev, 'implicit'), notes);
    if (refs.length > 0) return refVerdict();
    return verdict(0, [], 'free-standing');
  },
});

/** "Hur har vi valt åtgärderna?", "Därför har vi valt just de här åtgärderna", "Val av åtgärder", "Motivering av insatserna": why the measures were chosen. */
const RATIONALE_TITLE = pattern(
  /(?:\bval(?:t|de)?\s+(?:av\s+)?(?:\p{L}+\s+){0,3}(?:åtgärd|insats|aktivitet|metod)|motiver\p{L}*|varför\s+(?:\p{L}+\s+){0,3}(?:åtgärd|insats|aktivitet|metod))/iu,
);

/**
 * Items explaining why the measures were chosen ("Fokusområde 1 bygger på två belagda arbetssätt …") are
 * the measures' justification, not measures of their own, when the measures themselves stand elsewhere.
 */
function withoutRationale(measures: Activity[]): Activity[] {
  // "**Platsbaserad polisiär närvaro (1.1).** Forskningsöversikter visar …": an item about measure 1.1 of the table.
  const numbered = new Set(measures.filter((x) => x.from === 'table' && x.nr).map((x) => x.nr?.trim()));
  const aboutNumbered = (x: Activity) =>
    x.from !== 'table' && [...x.text.matchAll(MEASURE_NUMBER_REF)].some((m) => numbered.has(m[1]));
  const rest = measures.filter(
    (x) =>
      !aboutNumbered(x) &&
      (x.goal || x.cause || !x.section?.heading || !RATIONALE_TITLE.test(x.section.title)),
  );
  return rest.length > 0 ? rest : measures;
}

const MEASURE_NUMBER_REF = /\((\d{1,2}\.\d{1,2})(?:[,;\s]|\))/gu;

/** An area named at the start of a sentence: "När det gäller inbrotten …", "I Parkstaden …", "För område 2 …". */
const AREA_LEAD = pattern(
  /^(?:när\s+det\s+gäller|vad\s+gäller|i\s+fråga\s+om|för|i|inom|kring|mot)\s+(\S+(?:\s+\S+){0,3})/iu,
);

function leadArea(text: string, areas: FocusArea[]): FocusArea | undefined {
  const lead = AREA_LEAD.exec(text)?.[1];
  if (!lead) return undefined;
  const hit = areas.filter((f) => mentionsArea(lead, f));
  return hit.length === 1 ? hit[0] : undefined;
}

/**
 * A measure in running text grouped by area without headings: its paragraph turns to an area with a
 * lead-in ("När det gäller inbrotten kommer …") that holds until the next one, or the opening paragraph
 * of its section says which single area the measures answer ("Löftet handlar om tryggheten i centrum").
 */
function ledByArea(a: Analysis, x: Activity, areas: FocusArea[]): boolean {
  if (areas.length === 0 || x.from === 'table') return false;
  let current: FocusArea | undefined;
  for (const s of a.sentences) {
    if (s.block !== x.block) continue;
    if (s.start > x.start) break;
    current = leadArea(s.text, areas) ?? current;
  }
  if (current) return true;
  const opening = x.section.blocks.find((b) => b.kind === 'paragraph');
  // The opening must introduce the measures, not be the first of them.
  if (!opening || !x.section.heading || memo(a, measureBlocks).has(opening)) return false;
  return areas.filter((f) => mentionsArea(opening.text, f)).length === 1;
}

/** The blocks that hold measures, once per analysis. */
function measureBlocks(a: Analysis): Set<object> {
  return new Set(activities(a).map((m) => m.block));
}

/** "… (Fokusområde 1 och 3)", "… (område 2),", "… [2]": a measure's closing tag naming its area by number. */
const AREA_TAG = pattern(
  /(?:\((?:fokusområde|insatsområde|område|FO)\s*(\d{1,2}(?:\s*(?:och|,|&)\s*\d{1,2})*)\)|\[(\d{1,2})\])\s*[.,;]?\s*$/iu,
);
/** "A: SSPF-gruppen startar …": a letter before the measure naming its area (A the first). */
const LETTER_TAG = pattern(/^([A-H])\s*[:.)]\s+\S/u);

function taggedWithArea(text: string, areaNumbers: Set<number | undefined>): boolean {
  const t = text.trim();
  const tag = AREA_TAG.exec(t);
  const numbers = tag ? (tag[1] ?? tag[2] ?? '').match(/\d+/g)?.map(Number) : undefined;
  if (numbers) return numbers.every((n) => areaNumbers.has(n));
  const letter = LETTER_TAG.exec(t)?.[1];
  return letter !== undefined && areaNumbers.has(letter.charCodeAt(0) - 64);
}

/** "Åtgärderna 1–5 hör till …", "insatserna 6–10": numbered measures given to an area by range. */
const NUMBERED_RANGE = pattern(
  /(?<!\p{L})(?:åtgärd|insats|aktivitet)\p{L}*\s+(?:nr\s+)?(\d{1,2})\s*(?:[–-]|till)\s*(\d{1,2})(?!\d)/giu,
);
const LEADING_NUMBER = pattern(/^\s*(\d{1,2})[.)]?\s/u);

interface NumberRange {
  lo: number;
  hi: number;
}

/** Ranges of measure numbers that a sentence gives to one focus area each. */
function areaRanges(a: Analysis): NumberRange[] {
  const areas = focusAreas(a);
  const out: NumberRange[] = [];
  if (areas.length === 0) return out;
  for (const s of a.sentences) {
    if (s.block.kind === 'table' || !/\d\s*(?:[–-]|till)\s*\d/u.test(s.text)) continue;
    const found = [...s.text.matchAll(NUMBERED_RANGE)];
    for (const [i, m] of found.entries()) {
      const end = (m.index ?? 0) + m[0].length;
      const segment = s.text.slice(end, found[i + 1]?.index ?? s.text.length);
      const lo = Number(m[1]);
      const hi = Number(m[2]);
      if (lo <= hi && areas.filter((f) => mentionsArea(segment, f)).length === 1) out.push({ lo, hi });
    }
  }
  return out;
}

/** A measure whose number ("3." in its cell, or its Nr column) falls in a range given to an area. */
function assignedByNumber(a: Analysis, x: Activity, areas: FocusArea[]): boolean {
  if (areas.length === 0) return false;
  const ranges = memo(a, areaRanges);
  if (ranges.length === 0) return false;
  const label = x.nr ?? LEADING_NUMBER.exec(x.what)?.[1];
  const n = label === undefined ? Number.NaN : Number.parseInt(label, 10);
  return ranges.some((r) => n >= r.lo && n <= r.hi);
}

/** ML reading: each promise says which problem from the picture it answers. */
/** A part that says why the promise is made: "Därför lovar vi detta", "Varför?", "Bakgrund". */
const WHY_PART = pattern(
  /^(?:därför\s+lovar\s+vi\s+(?:detta|det\s+här)|varför|bakgrund|problemet)(?!\p{L})/iu,
);
/** A section holding one promise and its parts ("Löfte 1: Tryggare i Stationsparken"). */
const PROMISE_PART = pattern(/^(?:vårt\s+)?(?:\p{L}+\s+)?löfte(?:\s*\d+)?(?!\p{L})/iu);

const HOLDING_TITLE = pattern(
  /vem\s+(?:ansvarar|håller\s+i)|ansvar\s+för\s+löftet|kontakt|organisation|hur\s+följer|så\s+följer|uppföljning/iu,
);

function promiseThread(a: Parameters<typeof redThread>[0], pool: Activity[]): Verdict {
  const answering = a.sentences.filter((s) => ANSWERS_PROBLEM.test(s.text));
  // A lone measure in another section ("Vem ansvarar för löftet?") is not a group of promises.
  const counts = new Map<unknown, number>();
  for (const x of pool) counts.set(x.section, (counts.get(x.section) ?? 0) + 1);
  const many = [...counts].filter(([, n]) => n >= 2).map(([g]) => g);
  const groups = new Set(many.length > 0 ? many : pool.map((x) => x.section));
  // "Löfte 1: Tryggare i parken" with its parts "Därför lovar vi detta" and "Så här gör vi": the why-part answers.
  const whyBeside = (g: unknown) => {
    const parent = (g as Section | undefined)?.parent;
    if (!parent?.heading || !PROMISE_PART.test(parent.title)) return undefined;
    return parent.children.find(
      (c) => c !== g && c.heading && WHY_PART.test(c.title) && c.sentences.length > 0,
    )?.sentences[0];
  };
  // "Alla löften handlar om …", or a part "Varför handlar löftet om resecentrum?": one answer for every promise.
  const whole = wholePromiseAnswer(a);
  // "## Löfte 1: Lugnare trafik på Storvägen" over its promises: headed by a problem the picture describes.
  const pictured = redThread(a).filter((r) => r.picture);
  const headedByProblem = (g: unknown) => {
    const section = g as Section | undefined;
    if (!section?.heading) return undefined;
    const heads = pictured.some((r) => r.focusArea === PROMISE_HEADING.exec(section.title)?.[1]?.trim());
    return heads ? section.sentences[0] : undefined;
  };
  const answers = [...groups].map(
    (g) => answering.find((s) => s.section === g) ?? whyBeside(g) ?? whole ?? headedByProblem(g),
  );
  // Every group answers a problem, or all but one of three or more ("Vi lovar att fortsätta lyssna").
  const unanswered = answers.filter((s) => s === undefined).length;
  if (answers.length > 0 && unanswered <= (answers.length >= 3 ? 1 : 0))
    return verdict(
      2,
      (answering.length > 0 ? answering : answers.filter((s) => s !== undefined)).map((s) => evidence(a, s)),
    );
  const ev = answering.length > 0 ? answering.map((s) => evidence(a, s)) : pool.map((x) => evidence(a, x));
  return verdict(1, ev, 'promise-problem');
}

function withNotes(v: Verdict, notes: string[]): Verdict {
  return notes.length > 0 ? { ...v, notes } : v;
}
