import { type Analysis, memo, type Sentence } from './analysis.ts';
import { type FocusArea, focusAreas, mentionsArea } from './focus-areas.ts';
import type { Cue } from './lexicon.ts';
import { pattern } from './pattern.ts';
import { references } from './references.ts';
import { inSectionTitled, isProspective, test, titlesOf } from './scope.ts';
import { cellOf, has, type RoleTable, roleTable } from './table-roles.ts';

/** A question about causes ("Varför har det blivit så här?"), not "Varför en överenskommelse". */
const WHY: Cue[] = [
  'varför har',
  'varför är',
  'varför sker',
  'varför ser',
  'varför blir',
  'varför finns',
  'varför händer',
  'varför det',
];

/** Sections holding a cause analysis. */
export const CAUSE_SECTION_CUES: Cue[] = [
  'orsak*',
  'grundorsak*',
  'orsaksanalys*',
  'bakomliggande*',
  'riskfaktor*',
  '=faktorer',
  // "Bakomliggande mekanismer", "Varför har det blivit så här?", "Förklaringar".
  'mekanism*',
  'förklaring*',
  // "Vi tror att vi vet varför", "Därför händer det".
  'vet varför',
  'därför händer det',
  ...WHY,
];

/** Words that state or analyse causes. */
export const CAUSE_CUES: Cue[] = [
  'orsak*',
  'grundorsak*',
  // "Bland de faktorer som bidrar till problemen finns …"
  'faktorer som bidrar',
  'bidragande faktor*',
  '*orsak*',
  'beror på',
  'orsakas',
  'bakomliggande',
  'riskfaktor*',
  'skyddsfaktor*',
  '*orsaksträd*',
  'fiskbensdiagram*',
  'händelsekedj*',
  'brottstriangel*',
  'förklaras av',
  'bidragande',
  '=beror',
  'hänger ihop med',
  'hänger samman med',
  'har sin grund i',
  'grundar sig i',
  'förklaring*',
  'mekanism*',
  'varför problem* uppstår',
  'varför problem* uppkommer',
  'varför brott* begås',
  'varför brott* sker',
  'såg vi varför',
  'förstod vi varför',
];

export const CAUSE_METHOD_CUES: Cue[] = [
  '*orsaksträd*',
  'fiskbensdiagram*',
  'händelsekedj*',
  'brottstriangel*',
  'problemanalys*',
  'workshop*',
];

/** Causes stated in general terms, not about the local problem. */
const GENERIC_CUES: Cue[] = ['forskning*', '=ofta', '=sällan', 'i allmänhet', 'generellt', 'studier'];

export interface CauseStatement {
  sentence: Sentence;
  /** The focus area the statement belongs to, when the document ties it to one. */
  area?: FocusArea;
  generic: boolean;
}

export interface CauseAnalysis {
  statements: CauseStatement[];
  /** Sentences saying an analysis is to be done or has not yet been done. */
  planned: Sentence[];
  /** Areas whose analysis is only planned. */
  plannedAreas: FocusArea[];
  /** Sentences saying the analysis is found in another document. */
  referenced: Sentence[];
  method: Sentence[];
}

export function causeAnalysis(a: Analysis): CauseAnalysis {
  return memo(a, findCauses);
}

/** "Så gick det 2026", "Resultat av förra årets löfte": how the previous period went. */
const PAST_RESULTS = pattern(
  /^(?:så\s+gick\s+det|resultat(?:en)?\s+(?:av|för)\s+(?:förra|fjolårets|\d{4})|uppföljning\s+av\s+(?:förra|fjolårets|\d{4}))/iu,
);

/** Cause statements tied to one focus area (planned analyses excluded). */
export function causesFor(a: Analysis, area: FocusArea): CauseStatement[] {
  return causeAnalysis(a).statements.filter((c) => c.area === area);
}

function findCauses(a: Analysis): CauseAnalysis {
  const areas = focusAreas(a);
  const statements: CauseStatement[] = [];
  const planned: Sentence[] = [];
  const plannedAreas = new Set<FocusArea>();
  const referenced: Sentence[] = [];
  const method: Sentence[] = [];
  const refSentences = new Set(references(a).map((r) => r.sentence));
  let current: FocusArea | undefined;
  let currentBlockSection: unknown;

  let passage: unknown;
  let denied: unknown;
  // "Varför känns det otryggt? Det är mörkt runt busstationen.": the answers after a why-question.
  let asked: { block: unknown; left: number } | undefined;
  for (const s of a.sentences) {
    // "Så gick det 2026": why last year's promise fell short is no cause of this year's problems.
    if (PAST_RESULTS.test(s.section.title)) continue;
    if (WHY_QUESTION.test(s.text)) {
      asked = { block: s.block, left: WHY_ANSWERS };
      continue;
    }
    const answers = asked?.block === s.block && asked.left-- > 0;
    // A paragraph that opens by describing the analysis ("Vi använde brottstriangeln …") is a cause passage.
    if (s.block.kind === 'paragraph' && s.start === s.block.start)
      passage = opensAnalysis(s.block.text) ? s.block : undefined;
    // "Varför har ni valt just de här frågorna?" asks why the areas were chosen, not why the problems arise.
    const inCauseSection =
      (inSectionTitled(s, CAUSE_SECTION_CUES) &&
        !CHOICE_TITLE.test(s.section.title) &&
        !WHY_THIS_DOCUMENT.test(s.section.title)) ||
      passage === s.block ||
      answers;
    const cue = test(s.text, CAUSE_CUES);
    if (s.block.kind === 'table') {
      tableCause(s, areas, statements, planned, plannedAreas);
      continue;
    }
    if (!inCauseSection && !cue) continue;
    const sectionArea = areaOfSection(s, areas);
    if (currentBlockSection !== s.section) {
      current = undefined;
      currentBlockSection = s.section;
    }
    if (s.block.kind === 'paragraph' && s.start === s.block.start) {
      const lead = areaOfLead(s.block.text, areas);
      current = lead;
    }
    // "**Fokusområde 3.**" alone names the area whose causes should follow; it states none.
    if (BARE_LABEL.test(s.text)) continue;
    // "Vi vill arbeta för att komma åt de bakomliggande orsakerna": an aspiration names no cause.
    if (ASPIRATION.test(s.text)) continue;
    // "Någon gemensam orsaksanalys har inte genomförts": it says there is none, so it is no cause,
    // and what the same part says beside it without a cause word is no cause either.
    if (NOT_DONE.test(s.text) && !STILL_TO_COME.test(s.text) && !isProspective(s)) {
      denied = s.section;
      continue;
    }
    if (denied === s.section && !cue) continue;
    const named = areasNumbered(s.text, areas);
    if (cue && (isProspective(s) || PLANNED.test(s.text))) {
      planned.push(s);
      const target = named.length > 0 ? named : sectionArea ? [sectionArea] : current ? [current] : [];
      for (const t of target) plannedAreas.add(t);
      continue;
    }
    if (cue && refSentences.has(s)) {
      referenced.push(s);
      continue;
    }
    if (test(s.text, CAUSE_METHOD_CUES)) method.push(s);
    const area =
      sectionArea ?? current ?? (named.length === 1 ? named[0] : undefined) ?? firstMentioned(s.text, areas);
    if (!inCauseSection) {
      if (area && cue) statements.push({ sentence: s, area, generic: false });
      // "Bakomliggande faktorer som lyfts i underlaget är brist på fritid, skolfrånvaro och …": causes, tied to no area.
      else if (CAUSES_NAMED.test(s.text) && !isProspective(s))
        statements.push({ sentence: s, generic: true });
      continue;
    }
    // Without focus areas nothing ties a cause to a problem, and only general wording makes it generic.
    const generic =
      !area && (test(s.text, GENERIC_CUES) || (areas.length > 0 && !mentionsAny(s.text, areas)));
    const stmt: CauseStatement = { sentence: s, generic };
    if (area) stmt.area = area;
    statements.push(stmt);
  }
  return { statements, planned, plannedAreas: [...plannedAreas], referenced, method };
}

const CHOICE_TITLE = pattern(/(?<!\p{L})(?:valt|valde|väljer|prioriterat)(?!\p{L})/iu);
/** "Varför har vi en överenskommelse?": why the document exists, not why the problems do. */
const WHY_THIS_DOCUMENT = pattern(
  /(?<!\p{L})varför\s+(?:\p{L}+\s+){0,3}(?:\p{L}*överenskommelse\p{L}*|medborgarlöfte\p{L}*|samverkan|avtal\p{L}*)(?!\p{L})/iu,
);
const CAUSES_NAMED = pattern(
  /(?<!\p{L})(?:bakomliggande|bidragande|gemensamma)\s+(?:faktorer|orsaker)\s+(?:[\p{L}-]+\s+){0,6}?(?:är|var)\s+(?!inte\b|oklara\b|okända\b)/iu,
);
const WHY_QUESTION = pattern(/^\s*varför\s+(?:\p{L}+\s+){1,8}?\p{L}+\s*\?\s*$/iu);
const WHY_ANSWERS = 3;
const BARE_LABEL = pattern(/^\s*(?:\p{L}*område|FO)\s*\d+\s*[.:]?\s*$/iu);
const ASPIRATION = pattern(
  /(?:vill|ska|vi)\s+(?:\p{L}+\s+){0,3}?(?:arbeta|verka|sträva)\s+(?:för|efter|mot)\s+(?:att\s+)?(?:\p{L}+\s+){0,3}?(?:orsak|komma\s+åt)|komma\s+åt\s+(?:de\s+)?(?:bakomliggande\s+)?orsak/iu,
);
const NOT_DONE = pattern(
  /(?:har|hade)\s+(?:\S+\s+){0,4}?inte\s+(?:gjort|genomfört|tagit\s+fram|hunnit\s+(?:göra|ta\s+fram))\s+(?:någon|några|en)\s+(?:\p{L}+\s+){0,2}(?:orsaksanalys\p{L}*|analys\s+av\s+(?:\p{L}+\s+)?orsak\p{L}*)|(?:orsaksanalys|analys)\p{L}*\s+(?:\S+\s+){0,5}?(?:har|är)\s+inte\s+(?:gjorts|genomförts|tagits\s+fram|gjord|genomförd)|(?:ingen|någon)\s+(?:\p{L}+\s+)?orsaksanalys\p{L}*\s+(?:\S+\s+){0,3}?(?:har|är|finns)\s+inte|(?:ingen|någon)\s+(?:\p{L}+\s+)?analys\s+av\s+(?:\p{L}+\s+)?orsak\p{L}*.{0,100}?\s(?:har|är)\s+inte\s+(?:gjorts|genomförts|tagits\s+fram)/iu,
);

// "saknas" only about the analysis itself: "det saknas vuxna på plats" is a cause, not a missing analysis.
const STILL_TO_COME = pattern(
  /ännu inte|behöver\s+(?:vi\s+)?veta\s+mer|(?:gör|genomför)\s+(?:vi|parterna)\s+(?:en\s+)?(?:\p{L}+\s+)?orsaksanalys|(?:orsaksanalys|analys)\p{L}*\s+(?:för\s+\p{L}+\s+)?saknas|saknas\s+(?:\p{L}+\s+){0,2}(?:orsaksanalys|analys)|när\s+(?:\p{L}+\s+){0,2}är\s+(?:klar|gjord|genomförd)/iu,
);
const PLANNED = new RegExp(`${STILL_TO_COME.source}|inte gjorts`, 'iu');

/** The area a sentence names first ("För narkotikaförsäljningen … bland unga" is about the first), if any. */
function firstMentioned(text: string, areas: FocusArea[]): FocusArea | undefined {
  const t = text.toLowerCase();
  let best: FocusArea | undefined;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const f of areas) {
    if (!mentionsArea(text, f)) continue;
    const at = Math.min(...f.keywords.map((k) => t.indexOf(k)).filter((i) => i >= 0));
    if (at < bestAt) {
      best = f;
      bestAt = at;
    } else if (at === bestAt) best = undefined;
  }
  return best;
}

function mentionsAny(text: string, areas: FocusArea[]): boolean {
  return areas.some((f) => mentionsArea(text, f));
}

/** The first two sentences of a paragraph that says how causes were analysed or asks why. */
function opensAnalysis(text: string): boolean {
  // The whole paragraph is indexed and rarely holds a cue; the head is a new string that is not.
  if (!test(text, PASSAGE_CUES)) return false;
  const head = /^(?:[^.!?]*[.!?]\s+){0,1}[^.!?]*/u.exec(text)?.[0] ?? text;
  return test(head, PASSAGE_CUES);
}

const PASSAGE_CUES: Cue[] = [
  '*orsaksträd*',
  'fiskbensdiagram*',
  'händelsekedj*',
  'brottstriangel*',
  'orsaksanalys*',
  'bakomliggande orsak*',
  ...WHY,
];

const AREA_NUMBERS = pattern(
  /(?<!\p{L})(?:\p{L}*område(?:na|t|n)?|FO)\s*(\d+(?:\s*(?:,|och|samt)\s*\d+)*)(?![.\d]*\d)/iu,
);

/** "Fokusområde 1 och 2", "område 3", "utvecklingsområde 2" → those areas. */
function areasNumbered(text: string, areas: FocusArea[]): FocusArea[] {
  if (!/område|(?<!\p{L})FO\s*\d/iu.test(text)) return [];
  const m = AREA_NUMBERS.exec(text);
  if (!m?.[1]) return [];
  const numbers = m[1].split(/\D+/).map(Number);
  return areas.filter((f) => f.number !== undefined && numbers.includes(f.number));
}

const PARTIES_LINE = pattern(
  /(?<!\p{L})kommun\s+och\s+(?:polis|lokalpolis)\p{L}*(?=.*(?:lokalpolisområde|\d{4}))/iu,
);

/** The area a section (or one of its ancestors) is about, judged from its title. */
function areaOfSection(s: Sentence, areas: FocusArea[]): FocusArea | undefined {
  for (const title of titlesOf(s.section)) {
    // "## Aspelunda kommun och Polismyndigheten, lokalpolisområde Aspelunda 2024–2027": the parties, no area.
    if (PARTIES_LINE.test(title)) continue;
    if (test(title, CAUSE_SECTION_CUES) && !/\d/.test(title) && areas.every((f) => !mentionsArea(title, f)))
      continue;
    const hit = areas.filter((f) => mentionsArea(title, f));
    if (hit.length === 1) return hit[0];
    const byNumber = areasNumbered(title, areas);
    if (byNumber.length === 1) return byNumber[0];
  }
  return undefined;
}

/** A paragraph opening with an area's name or number ("Fokusområde 1. Analysen pekar på …"). */
function areaOfLead(text: string, areas: FocusArea[]): FocusArea | undefined {
  const lead = /^(.{3,100}?)(?:[.:]\s|\s[–-]\s)/su.exec(text)?.[1];
  if (!lead || lead.split(/\s+/).length > 10) return undefined;
  const byNumber = areasNumbered(lead, areas);
  if (byNumber.length === 1) return byNumber[0];
  const hit = areas.filter((f) => mentionsArea(lead, f));
  return hit.length === 1 ? hit[0] : undefined;
}

/** A table row with a cause column ("Påverkar orsak", "Orsak som påverkas"). */
const tables = new WeakMap<object, RoleTable | null>();

const CODES_ONLY = pattern(
  /^\s*\p{Lu}{0,2}\d+(?:\.\d+)?[a-z]?(?:\s*(?:,|;|och|\/)\s*\p{Lu}{0,2}\d+(?:\.\d+)?[a-z]?)*\s*$/u,
);
const AREA_CODE = pattern(/^\s*\p{Lu}{1,3}\d{1,2}(?![\p{L}\d])/u);

function tableCause(
  s: Sentence,
  areas: FocusArea[],
  out: CauseStatement[],
  planned: Sentence[],
  plannedAreas: Set<FocusArea>,
): void {
  let t = tables.get(s.block);
  if (t === undefined) {
    t = roleTable(s.block) ?? null;
    tables.set(s.block, t);
  }
  if (!t) return;
  if (!has(t, 'cause')) {
    if (/orsaksanalys/i.test(s.text)) {
      planned.push(s);
      const area = areaOfSection(s, areas);
      if (area) plannedAreas.add(area);
    }
    return;
  }
  const row = t.rows.find((r) => r[0]?.start === s.start);
  if (!row) return;
  const cause = cellOf(t, row, 'cause');
  if (!cause || cause.text.trim().length < 3) return;
  // "O1.1, O1.3" in a measure's cause column points at causes stated elsewhere; it states none.
  if (CODES_ONLY.test(cause.text)) return;
  let area = areaOfSection(s, areas);
  const focus = cellOf(t, row, 'focus');
  if (!area && focus) {
    const n = /^\s*(\d+)/.exec(focus.text)?.[1];
    area = n ? areas.find((f) => f.number === Number(n)) : areas.find((f) => mentionsArea(focus.text, f));
    // "F1", "FO2": the code the area's name starts with ("F1 Våld och otrygghet i centrum").
    const code = AREA_CODE.exec(focus.text)?.[0];
    if (!area && code)
      area = areas.find((f) => AREA_CODE.exec(f.name)?.[0]?.toLowerCase() === code.toLowerCase());
  }
  if (!area) {
    const nr = cellOf(t, row, 'nr');
    const n = nr ? /^\s*[A-Z]?(\d+)\./.exec(nr.text)?.[1] : undefined;
    if (n) area = areas.find((f) => f.number === Number(n));
  }
  // "Orsaksanalys görs under 2026", "Tas fram när analysen är klar": the row's causes are only promised.
  if (isProspective({ text: cause.text }) || PLANNED.test(cause.text)) {
    planned.push(s);
    if (area) plannedAreas.add(area);
    return;
  }
  const stmt: CauseStatement = { sentence: s, generic: false };
  if (area) stmt.area = area;
  out.push(stmt);
}
