import { activities, isPartyDoingTitle } from './activities.ts';
import { type Analysis, memo, type Sentence } from './analysis.ts';
import { cueTest } from './cue-test.ts';
import type { Cue } from './lexicon.ts';
import { figures, years } from './numbers.ts';
import { pattern } from './pattern.ts';
import { period } from './period.ts';
import { isProspective, pictureSentences, test, titlesOf } from './scope.ts';
import { signatures } from './signatures.ts';
import { type ColumnRole, cellOf, roleTable } from './table-roles.ts';

/** The kinds of source a situation picture can rest on (Brå: weigh several together). */
export type SourceType = 'polisen' | 'enkat' | 'dialog' | 'aktorer';

export const SOURCE_TYPE_TITLE: Record<SourceType, string> = {
  polisen: 'polisens statistik eller anmälda brott',
  enkat: 'trygghetsmätning eller enkätundersökning',
  dialog: 'medborgardialog, medarbetardialog eller trygghetsvandring',
  aktorer: 'uppgifter från andra aktörer',
};

export const SOURCE_CUES: Record<SourceType, Cue[]> = {
  polisen: [
    'polisens statistik',
    'polisens anmälningsstatistik',
    'anmälningsstatistik*',
    'brottsstatistik*',
    'anmälda brott',
    'anmäld*',
    'anmäldes',
    'anmälningar',
    'polisanmälningar*',
    'underrättelse*',
    'händelserapport*',
    'enligt polisen',
  ],
  enkat: [
    '*trygghetsmätning*',
    '*trygghetsenkät*',
    'invånarenkät*',
    'medborgarenkät*',
    'enkätsvar*',
    'trygghetsundersökning*',
    '=NTU',
    'nationella trygghetsundersökningen',
    'skolenkät*',
    '=LUPP',
    'ungdomsenkät*',
    'drogvaneundersökning*',
    'elevenkät*',
    'folkhälsoenkät*',
    'enkätundersökning*',
    'medborgarundersökning*',
    'hyresgästenkät*',
    'boendeenkät*',
    'kundenkät*',
    'föräldraenkät*',
    'företagarenkät*',
  ],
  dialog: [
    'medborgardialog*',
    'medarbetardialog*',
    'trygghetsvandring*',
    'trygghetsdialog*',
    'ungdomsdialog*',
    'dialog*',
    'öppet möte',
    'öppna möten',
    'pratade med',
    'samtal med',
    'samtal på',
    'frågade vi',
    'digital enkät',
  ],
  aktorer: [
    'räddningstjänst*',
    'socialtjänst*',
    'socialförvaltning*',
    'fastighetsägare*',
    'bostadsbolag*',
    '*hem AB',
    '=EST',
    'kvinnojour*',
    'kontaktcenter*',
    'elevhälsa*',
    'kollektivtrafik*',
    'trafikbolag*',
    'bussbolag*',
    'trafikföretag*',
    'bevakningsföretag*',
    'väktarbolag*',
    'ordningsvakt*',
    'bovärd*',
    'förvaltare',
    'fastighetsförvaltare*',
  ],
};

/** Words saying another actor's data are used, not merely that the actor exists. */
const ACTOR_DATA: Cue[] = [
  'uppgift*',
  'statistik*',
  '*statistik*',
  'data',
  'ärende*',
  'orosanmäl*',
  'registrer*',
  'kostnad*',
  'stödsamtal*',
  'tog emot',
  'har sett',
  'källa',
  'underlag*',
  'siffr*',
  'samtal om',
  'rapporterar',
  'rapporterade',
  'rapporterat',
];

export interface SourceMention {
  type: SourceType;
  sentence: Sentence;
}

/** Source mentions describing what the picture rests on (not measures or plans to gather data later). */
export function sources(a: Analysis): SourceMention[] {
  return memo(a, findSources);
}

/** The year the document speaks from: its signing, or the start of its period. */
export function ownYear(a: Analysis): number | undefined {
  const dated = [signatures(a).date, period(a)?.start].flatMap((d) => (d ? [Number(d.slice(0, 4))] : []));
  return dated.length > 0 ? Math.max(...dated) : undefined;
}

/** "Skolenkäten – genomfördes inte 2024", "någon särskild medborgardialog har vi inte haft", "har ingen egen trygghetsmätning", a neighbouring kommun's survey: a source that is not there, or not this kommun's. */
export const NOT_HELD = pattern(
  /(?<!\p{L})(?:(?:genomfördes|gjordes|hölls)\s+inte|(?:har|finns)\s+ingen\s+(?:egen\s+)?\p{L}*(?:dialog|enkät|mätning|undersökning)\p{L}*|grannkommun\p{L}*|(?:någon|ingen)\s+(?:\p{L}+\s+)?\p{L}*(?:dialog|enkät|mätning|undersökning|vandring)\p{L}*\s+(?:\S+\s+){0,3}?(?:inte|ej)|inte\s+(?:heller\s+)?(?:haft|gjort|genomfört)\s+någon)(?!\p{L})/iu,
);

/** "en god dialog mellan parterna", "Tvister löses genom dialog mellan parterna": the parties talking, not residents taking part. */
export const PARTIES_TALKING = pattern(
  /(?<!\p{L})dialog\p{L}*\s+mellan\s+(?:parterna|kommunen\s+och\s+polisen|polisen\s+och\s+kommunen)(?!\p{L})/iu,
);

function findSources(a: Analysis): SourceMention[] {
  const out: SourceMention[] = [];
  const now = ownYear(a);
  for (const s of pictureSentences(a)) {
    const ys = years(s.text);
    const prospective = isProspective(s);
    if (prospective && ys.length === 0) continue;
    // "I februari 2027 berättar vi om resultaten på ett öppet möte": a later event, not a source;
    // "Under 2025 planerar parterna att genomföra medborgardialoger": one planned for the document's own year.
    if (now !== undefined && ys.length > 0 && ys.every((y) => y > now || (prospective && y === now)))
      continue;
    if (NOT_HELD.test(s.text)) continue;
    for (const type of Object.keys(SOURCE_CUES) as SourceType[]) {
      if (!test(s.text, SOURCE_CUES[type])) continue;
      if (type === 'aktorer' && !(test(s.text, ACTOR_DATA) || s.block.kind === 'table' || attributed(s.text)))
        continue;
      if (type === 'dialog' && (isActivity(s) || PARTIES_TALKING.test(s.text))) continue;
      out.push({ type, sentence: s });
    }
  }
  return out;
}

/**
 * Data sources named outside the picture, in an indicator column or a follow-up ("anmälda brott
 * (polisens statistik)"): sources named without the picture resting on them. Dialogues there are
 * activities, not sources.
 */
export function sourcesNamedElsewhere(a: Analysis): SourceMention[] {
  return memo(a, findSourcesElsewhere);
}

/** The words of a measure that name what is done: "L4 Trygghetsmätning i samverkan med …". */
const MEASURE_HEAD_WORDS = 4;

function findSourcesElsewhere(a: Analysis): SourceMention[] {
  const picture = new Set(pictureSentences(a));
  // "L4 Trygghetsmätning i samverkan med polisen under september–oktober 2026. Ansvarig: …": the survey is the measure.
  const measures = activities(a).filter((x) => x.from !== 'table');
  const measure = (s: Sentence) => measures.find((x) => x.start <= s.start && s.end <= x.end);
  const out: SourceMention[] = [];
  for (const s of a.sentences) {
    // "Polisen gör": a party's measures, where an actor named is a partner in the deed, not a source.
    if (picture.has(s) || isProspective(s) || titlesOf(s.section).some(isPartyDoingTitle)) continue;
    const text = measuredIn(s);
    if (text === undefined) continue;
    const named = (['polisen', 'enkat', 'aktorer'] as const).filter((type) => test(text, SOURCE_CUES[type]));
    if (named.length === 0) continue;
    const doing = measure(s)?.text.split(/\s+/).slice(0, MEASURE_HEAD_WORDS).join(' ');
    for (const type of named) {
      if (doing !== undefined && test(doing, SOURCE_CUES[type])) continue;
      if (type === 'aktorer' && !test(text, ACTOR_DATA)) continue;
      out.push({ type, sentence: s });
    }
  }
  return out;
}

const CARRIED_OUT = pattern(/(?<!\p{L})(?:genomför\p{L}*|görs|hålls|ordnas)(?!\p{L})/iu);
const MEASURE_COLUMNS: ColumnRole[] = ['indicator', 'followUp', 'baseline', 'target', 'goal'];

/**
 * The text of a sentence that can name what is measured: in a table of measures only its indicator
 * and follow-up cells ("Genomföra en trygghetsmätning" in the Insats column is an activity); a sentence
 * saying a survey is carried out names an activity, not data.
 */
function measuredIn(s: Sentence): string | undefined {
  if (s.block.kind === 'table') {
    const t = roleTable(s.block);
    if (!t) return s.text;
    const row = t.rows.find((r) => r[0] && r[0].start >= s.start && r[0].start < s.end);
    if (!row) return undefined;
    return MEASURE_COLUMNS.map((role) => (t ? (cellOf(t, row, role)?.text ?? '') : '')).join(' | ');
  }
  return CARRIED_OUT.test(s.text) ? undefined : s.text;
}

const PARENTHESIS = pattern(/\(([^()]{3,80})\)/g);
const hasActor = cueTest(SOURCE_CUES.aktorer);

/**
 * Figures credited to an actor in brackets: "34 bränder 2024 (räddningstjänsten)", "ca 15 unga
 * (socialtjänsten, jan 2025)". The bracket names where the figure comes from.
 */
function attributed(text: string): boolean {
  if (!text.includes('(') || figures(withoutReferences(text)).length === 0) return false;
  for (const m of text.matchAll(PARENTHESIS)) if (m[1] && hasActor(m[1])) return true;
  return false;
}

/** "Genomföra fyra trygghetsvandringar per år": a dialogue as a thing to do, not a source. */
function isActivity(s: Sentence): boolean {
  return /^(?:genomföra|genomför|hålla|ordna|arrangera)\b/i.test(s.text) || /\bper år\b/i.test(s.text);
}

/** Distinct source types named. */
export function sourceTypes(a: Analysis): SourceType[] {
  return [...new Set(sources(a).map((m) => m.type))];
}

const NUMBERED_REFERENCE = pattern(
  /(?<!\p{L})(?:fokusområde\p{L}*|område\p{L}*|åtgärd\p{L}*|aktivitet\p{L}*|mål|målen|bilaga|avsnitt|punkt|steg|löfte\p{L}*|årskurs|åk|år)\s+\d+(?:\.\d+)?(?:\s*(?:,|och|samt|–|-)\s*\d+(?:\.\d+)?)*/giu,
);

/** Law numbers ("2023:196") and numbered references ("fokusområde 1 och 2", "åtgärd 3.1") are not data. */
function withoutReferences(text: string): string {
  return text
    .replace(/\b\d{4}:\d+\b/g, ' ')
    .replace(/\b(?:dnr|diarienummer|ärendenummer)\b[^.;]*?\d{4}\/\d+/gi, ' ')
    .replace(/\b\d{4}\/\d+\b/g, ' ')
    .replace(NUMBERED_REFERENCE, ' ');
}

/** Sentences or table rows outside measure sections that show figures together with years: data shown. */
export function dataShown(a: Analysis): Sentence[] {
  return memo(a, findData);
}

function findData(a: Analysis): Sentence[] {
  const out: Sentence[] = [];
  const tableYears = new Map<unknown, boolean>();
  for (const s of pictureSentences(a)) {
    if (figures(withoutReferences(s.text)).length === 0) continue;
    if (s.block.kind === 'table') {
      let y = tableYears.get(s.block);
      if (y === undefined) {
        y = years(s.block.text).length > 0;
        tableYears.set(s.block, y);
      }
      if (y) out.push(s);
    } else if (years(s.text).length > 0 || years(s.block.text).length > 0) out.push(s);
  }
  return out;
}
