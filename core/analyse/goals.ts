import type { Block } from '../model/document.ts';
import type { Analysis, Section, Sentence } from './analysis.ts';
import { memo } from './analysis.ts';
import { cueTest } from './cue-test.ts';
import { type Cue, matchAll } from './lexicon.ts';
import { pattern } from './pattern.ts';
import { titlesOf } from './scope.ts';
import {
  type ColumnRole,
  cellOf,
  columnRole,
  continuation,
  has,
  type RoleTable,
  roleTable,
} from './table-roles.ts';

/** One goal sentence or goal-table row broken into its parts. */
export interface Goal {
  text: string;
  start: number;
  end: number;
  kind: 'effektmal' | 'produktionsmal' | 'aktivitet' | 'vision' | 'riktning';
  indicator?: string;
  baseline?: string;
  target?: string;
  deadline?: string;
  source?: string;
  focusArea?: string;
  /** Vague verbs found ("verka för", "bidra till"). */
  vague: string[];
  /** Where the goal was read: a goal-table row or a sentence. */
  from: 'table' | 'sentence';
  block?: Block;
}

/** Headings of goal sections: "Mål", "Mål för perioden", "Syfte och mål", "Fokusområden och mål". */
export const GOAL_SECTION_CUES: Cue[] = [
  '=mål',
  '=målen',
  'målsättning*',
  'effektmål*',
  'delmål*',
  'målbild*',
  'resultatmål*',
  'våra mål',
  'vill vi uppnå',
  'ska vi uppnå',
];

/** Words that name a goal in running text. */
const GOAL_WORD: Cue[] = ['=mål', '=målet', '=målen', 'målsättning*', 'effektmål*', 'delmål*', 'målvärde*'];

export const VAGUE_VERBS: Cue[] = [
  'verka för',
  'verkar för',
  'värna om',
  'värnar om',
  'bidra till',
  'bidrar till',
  'arbeta för',
  'arbetar för',
  'främja',
  'främjar',
  'sträva efter',
  'strävar efter',
  'verka för att',
  'eftersträva*',
];

const DIRECTION: Cue[] = [
  'minska*',
  'öka*',
  'färre',
  'fler',
  'lägre',
  'högre',
  'mindre',
  'större',
  'förbättra*',
  'bättre',
  'stärk*',
  'halvera*',
  'sjunka',
  'sjunker',
  'begränsa*',
  'förhindra*',
  'motverka*',
  'stoppa*',
];

/** Nouns that make a measurable indicator. */
const INDICATOR_NOUN: Cue[] = [
  'andel*',
  'antal*',
  'anmäl*',
  'nivå*',
  'kostnad*',
  'frekvens*',
  'upplev*',
  'otrygg*',
  'utsatt*',
  'misstänkt*',
  'indikator*',
  'nyckeltal*',
];

/** Outputs of the parties' own work: a goal counting them is a production goal. */
const OUTPUT_NOUN: Cue[] = [
  '*kontroll*',
  '*insats*',
  '*pass',
  '*patrull*',
  '*vandring*',
  '*träff*',
  '*möte*',
  '*lektion*',
  '*tillsyn*',
  '*besök*',
  '*utbildning*',
  '*dialog*',
  'information*',
  '*utskick*',
  '*kampanj*',
  '*aktivitet*',
];

/** Verbs that open a goal which is really an activity ("Genomföra fyra trygghetsvandringar"). */
const ACTIVITY_VERB = pattern(
  /^(?:att\s+)?(?:(?:[\p{L}\d–-]+\s+){0,6}ska\s+)?(?:genomföra|genomförs|hålla|anordna|arrangera|ta\s+fram|starta|erbjuda|utbilda|nås|nå|informera|delta|bjuda\s+in|inrätta|upprätta|göra|besöka|patrullera|kontrollera|sanera)(?!\p{L})/iu,
);
const INFINITIVE_START = pattern(
  /^(?:att\s+)?(?:genomföra|hålla|anordna|arrangera|ta\s+fram|starta|erbjuda|utbilda|nå|informera|delta|bjuda\s+in|inrätta|upprätta|göra|besöka|patrullera|kontrollera|sanera)(?!\p{L})/iu,
);

const VISION: Cue[] = ['övergripande', 'vision*', 'långsiktig*', 'på lång sikt'];

const NUMBER = String.raw`\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?!\d)`;
const UNIT = String.raw`(?:\s?(?:%|procent(?:enheter)?|kr(?:onor)?|anmälningar|anmälda|brott))?`;
const TARGET_RE = new RegExp(
  String.raw`(?:(?:högst|minst|max(?:imalt)?|som mest|som minst|under|över|lägre än|mindre än|fler än|färre än|till(?:\s+(?:högst|minst))?)\s+${NUMBER}${UNIT})|(?:(?:minska|öka|sjunka|stiga|förbättra|halvera|sänka|höja)\p{L}*\s+med\s+(?:minst\s+|högst\s+)?${NUMBER}${UNIT})|(?:halvera\p{L}*)`,
  'iu',
);
// "(trygghetsmätningen; 2025: 62 %)": the year and value measured, in the goal's parenthesis.
const BASELINE_RE = new RegExp(
  String.raw`(?:från\s+${NUMBER}${UNIT}(?:\s*\([^)]*\))?)|(?:(?<=[(;]\s*)20\d\d\s*:\s*${NUMBER}${UNIT}(?=\s*[);,]))|(?:(?:utgångsläge\p{L}*|nollmätning\p{L}*|basår\p{L}*|jämfört med)\s*(?:är|var|:)?\s*(?:\p{L}+\s+){0,3}?(?:${NUMBER}${UNIT}|20\d\d))`,
  'iu',
);
const DEADLINE_RE = pattern(
  /(?:senast|till och med|t\.o\.m\.?|före|innan|till|under|i|år|per|vid|utgången av|slutet av)\s+(?:(?:utgången|slutet|hösten|våren|sommaren|vintern|året|helåret|december|juni|\p{L}*mätningen|\p{L}*undersökningen|\p{L}*enkäten|av|[A-ZÅÄÖ]{2,6})\s+){0,3}(20\d\d)/iu,
);
/** A goal for the agreement's own period ("under perioden") has the period's end as its deadline. */
const PERIOD_DEADLINE = pattern(
  /(?:under|till\s+slutet\s+av|vid\s+utgången\s+av)\s+(?:avtals|överenskommelse)?perioden/iu,
);
const YEAR_RE = pattern(/(?<!\d)(20\d\d)(?!\d)/g);
const SOURCE_RE = pattern(
  /\(([^)]*(?:mätning|undersökning|statistik|enkät|lupp|ntu|skolenkät|register|brå|polisens|kommunens|socialtjänst|räddningstjänst|;\s*20\d\d\s*:)[^)]*)\)|(?:i|enligt)\s+((?:polisens\s+|kommunens\s+)?\p{L}*(?:mätning|undersökning|statistik|enkät)(?:en)?(?:\s+(?:hösten|våren)?\s*20\d\d)?)/iu,
);

const hasGoalWord = cueTest(GOAL_WORD);
const hasIndicatorNoun = cueTest(INDICATOR_NOUN);
const hasDirection = cueTest(DIRECTION);
const hasVision = cueTest(VISION);
const hasOutputNoun = cueTest(OUTPUT_NOUN);
const isGoalTitle = cueTest(GOAL_SECTION_CUES);
const hasVague = cueTest(VAGUE_VERBS);

/** Goals of the document: goal-table rows and goal sentences, each broken into its parts. */
export function goals(a: Analysis): Goal[] {
  return memo(a, findGoals);
}

function findGoals(a: Analysis): Goal[] {
  const out: Goal[] = [];
  const tableBlocks = new Set<Block>();
  let previous: RoleTable | undefined;
  for (const block of a.doc.blocks) {
    if (block.kind === 'heading') previous = undefined;
    if (block.kind !== 'table') continue;
    const read = roleTable(block) ?? continuation(previous, block) ?? goalHeaderTable(block);
    previous = read;
    const t = read && goalColumns(read);
    if (t && has(t, 'what') && has(t, 'goal')) out.push(...planGoals(t));
    if (!t || !isGoalTable(t)) continue;
    tableBlocks.add(block);
    out.push(...tableGoals(a, t));
  }
  const seen = new Set<Sentence>();
  const goalSections = a.sections.filter((s) => s.heading && isGoalTitle(s.title));
  for (const section of goalSections) {
    for (const sentence of section.sentences) {
      if (seen.has(sentence) || tableBlocks.has(sentence.block) || sentence.block.kind === 'table') continue;
      seen.add(sentence);
      const g = sentenceGoal(sentence, section, true);
      if (g) out.push(g);
    }
  }
  for (const sentence of a.sentences) {
    if (seen.has(sentence) || sentence.block.kind === 'table') continue;
    // "**Det vill vi uppnå:** Högst 8 anmälda stölder under 2026.": a paragraph labelled as the goal.
    if (sentence.start === sentence.block.start && GOAL_LABEL.test(sentence.block.text)) {
      seen.add(sentence);
      const g = sentenceGoal(sentence, sentence.section, true);
      if (g) out.push(g);
      continue;
    }
    // "Det övergripande målet för kriminalpolitiken är …": the nation's goal, not this document's.
    if (NATIONAL_GOAL.test(sentence.text)) continue;
    const named = (hasGoalWord(sentence.text) && statesGoal(sentence.text)) || ledByGoalCode(sentence);
    if (
      !named &&
      !targetSentence(sentence.text) &&
      !WISH.test(sentence.text) &&
      !VAGUE_WISH.test(sentence.text)
    )
      continue;
    seen.add(sentence);
    const g = sentenceGoal(sentence, sentence.section, false);
    if (g) out.push(g);
  }
  return out.sort((x, y) => x.start - y.start);
}

const GOAL_LABEL = pattern(
  /^(?:det\s+(?:här\s+)?vill\s+vi\s+(?:uppnå|nå)|det\s+här\s+ska\s+vi\s+uppnå|vi\s+vill\s+uppnå|(?:effekt|del)?mål(?:et)?)\s*:\s*\S/iu,
);

/** "M1. Genomföra minst fyra trygghetsvandringar per år": a line led by a goal's code. */
const GOAL_CODE_LEAD = pattern(/^M\d{1,2}(?:\.\d{1,2})*[a-z]?[.:)]\s+(?=\p{Lu})/u);

/** The sentence a goal code leads, which the segmenter may have cut from its code. */
function ledByGoalCode(s: Sentence): boolean {
  const code = GOAL_CODE_LEAD.exec(s.block.text)?.[0];
  return (
    !!code &&
    s.start >= s.block.start &&
    s.start <= s.block.start + code.length &&
    s.text.length > code.length
  );
}

const NATIONAL_GOAL = pattern(
  /(?<!\p{L})(?:kriminalpolitik\p{L}*|regeringens|riksdagens|nationella\s+(?:\p{L}+\s+)?(?:program|strategi)\p{L}*)(?!\p{L})/iu,
);

/** "Med löftena vill vi bidra till en tryggare stationsmiljö": a wish in vague verbs, still the goal it states. */
const VAGUE_WISH = pattern(
  /(?<!\p{L})(?:vi\s+vill|vill\s+vi)\s+(?:\p{L}+\s+){0,2}?(?:bidra\s+till|verka\s+för|arbeta\s+för|främja|värna\s+om)(?!\p{L})/iu,
);

/** A goal said as a wish: "Vi vill att färre ska känna sig otrygga", "Vårt mål är att fler …". */
const WISH = pattern(
  /^(?:(?:vi|parterna|kommunen och polisen)\s+vill\s+att\s+(?:fler|färre|ingen|alla|andelen|antalet|brotten|otryggheten|tryggheten)(?!\p{L})|(?:vi|parterna|kommunen och polisen)\s+vill\s+att\s+(?:\S+\s+){1,6}?ska\s+(?:minska|öka|sjunka|halveras|upphöra|försvinna|bli\s+(?:färre|fler|lägre|högre|mindre|större|tryggare))(?!\p{L})|(?:[^,.]{0,60}\s)?(?:vi\s+vill|vill\s+vi)\s+(?:halvera|minska|sänka|öka|höja)\p{L}*\s+(?:andelen|antalet))/iu,
);

function isGoalTable(t: RoleTable): boolean {
  // A plan of measures is a goal table too when it carries indicators, with values or without
  // (an indicator per measure is a direction to measure by, not nothing).
  if (has(t, 'what'))
    return has(t, 'indicator') && (has(t, 'target') || has(t, 'baseline') || namesIndicators(t));
  return has(t, 'indicator') || has(t, 'target') || has(t, 'baseline') || has(t, 'goal');
}

/** Indicator cells that say what is measured ("Andel otrygga i centrum"), not codes pointing elsewhere ("E1.2"). */
function namesIndicators(t: RoleTable): boolean {
  const cells = t.rows.map((r) => cellOf(t, r, 'indicator')?.text.trim() ?? '').filter(Boolean);
  const named = cells.filter((c) => c.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).length >= 2);
  return cells.length > 0 && named.length >= cells.length / 2;
}

/**
 * Header wordings of goal tables that the general column roles leave open: "Effektindikator",
 * "Utgångsvärde", "Utvecklingsområde", "Tema". A "Mättidpunkt" column gives the deadline.
 */
const GOAL_COLUMN_CUES: [ColumnRole, Cue[]][] = [
  ['indicator', ['*indikator*', 'effektmått*', 'resultatmått*']],
  ['baseline', ['utgångsvärde*', 'utgångsnivå*', 'startvärde*', 'jämförelsevärde*', 'nulägesvärde*']],
  ['target', ['*målvärde*', 'målnivå*', 'önskat läge', 'målsatt*']],
  ['focus', ['*område', '*områden', '=tema', '=teman']],
];
const goalColumnTests = GOAL_COLUMN_CUES.map(([role, cues]) => [role, cueTest(cues)] as const);
// "År" and "Målår" beside a target column say by when the target is to be reached.
const isDeadlineHeader = cueTest([
  '*tidpunkt*',
  'mättillfälle*',
  'måldatum',
  'slutdatum',
  'ska vara nått',
  '=år',
  '=årtal',
  'målår*',
  '=senast',
  '=datum',
  '=klart',
  'ska vara klart',
]);
const deadlineColumns = new WeakMap<RoleTable, number>();
const goalTables = new WeakMap<RoleTable, RoleTable>();

/** A table whose header only the goal wordings above make readable ("Effektindikator | Utgångsvärde"). */
function goalHeaderTable(block: Block): RoleTable | undefined {
  const rows = block.rows ?? [];
  const header = rows[0];
  if (!header || rows.length < 2 || header.some((c) => c.text.split(/\s+/).length > 8)) return undefined;
  const t = { block, header, roles: header.map((c) => columnRole(c.text)), rows: rows.slice(1) };
  const g = goalColumns(t);
  return g.roles.filter((r) => r !== undefined).length >= 2 && has(g, 'indicator') ? t : undefined;
}

function goalColumns(t: RoleTable): RoleTable {
  const known = goalTables.get(t);
  if (known) return known;
  const roles = t.header.map((c, i) => {
    const role = t.roles[i];
    if (role !== undefined && role !== 'when') return role;
    const found = goalColumnTests.find(([, hit]) => hit(c.text))?.[0];
    return found && !t.roles.includes(found) ? found : role;
  });
  const out = { ...t, roles };
  deadlineColumns.set(
    out,
    t.header.findIndex((c) => isDeadlineHeader(c.text)),
  );
  goalTables.set(t, out);
  return out;
}

function deadlineColumn(t: RoleTable): number {
  return deadlineColumns.get(t) ?? -1;
}

function tableGoals(a: Analysis, t: RoleTable): Goal[] {
  const targetHeader = t.header[t.roles.indexOf('target')]?.text ?? '';
  const sectionDeadline = sectionYear(a, t.block);
  return t.rows.flatMap((row) => {
    const first = row[0];
    const last = row.at(-1);
    if (!first || !last) return [];
    const text = row.map((c) => c.text).join(' | ');
    // A group row of a plan ("Tema A – Unga …") or a measure without an indicator holds no goal.
    if (has(t, 'what') && !cellOf(t, row, 'indicator')?.text.trim()) return [];
    const goalText = cellOf(t, row, 'goal')?.text.trim() ?? '';
    const indicator = cellOf(t, row, 'indicator')?.text.trim() || undefined;
    const baseline = valueIn(cellOf(t, row, 'baseline')?.text);
    const targetCell = valueIn(cellOf(t, row, 'target')?.text);
    const focus = cellOf(t, row, 'focus')?.text.trim() || undefined;
    const whenCell = deadlineColumn(t) >= 0 ? row[deadlineColumn(t)]?.text : undefined;
    const deadline =
      (targetCell && (deadlineIn(targetCell) ?? lastYear(targetCell))) ||
      (whenCell && lastYear(whenCell)) ||
      lastYear(targetHeader) ||
      sectionDeadline ||
      undefined;
    // "Andelen … ska minska från 9 % (2024) till högst 6 % senast 2028. Källa: Skolenkäten.": a whole goal
    // written in the indicator cell beside a goal that is only its code.
    const sentenceCell = [goalText, indicator ?? ''].find((c) => c.split(/\s+/).length >= 6);
    // A short goal cell still states its target: "Högst 55 år 2027" beside a long indicator.
    const inferred = {
      ...(goalText ? sentenceParts(goalText) : {}),
      ...(sentenceCell ? sentenceParts(sentenceCell) : {}),
    };
    const g: Goal = {
      text,
      start: first.start,
      end: last.end,
      kind: 'riktning',
      vague: vagueIn(text),
      from: 'table',
      block: t.block,
    };
    // Without an indicator column, a goal cell set beside baseline and target columns names what is measured.
    const ind =
      indicator ?? inferred.indicator ?? (goalText && baseline && targetCell ? goalText : undefined);
    if (ind) g.indicator = ind;
    const base = baseline ?? inferred.baseline;
    if (base) g.baseline = base;
    const target = targetCell ?? inferred.target;
    if (target) g.target = target;
    const dl = deadline ?? inferred.deadline;
    if (dl) g.deadline = dl;
    const source = sourceIn(indicator ?? '') ?? sourceIn(text);
    if (source) g.source = source;
    if (focus) g.focusArea = focus;
    const hasValue = /\d/.test(`${baseline ?? ''}${targetCell ?? ''}${base ?? ''}${target ?? ''}`);
    g.kind = ind && hasValue ? 'effektmal' : classify(goalText || text, g);
    return [g];
  });
}

/** A figure other than a year, or a relative target ("halvering"). */
const VALUE = pattern(
  /\d+(?:[.,]\d+)?(?!\d)|(?<!\p{L})(?:halver\p{L}*|hälften|fördubbl\p{L}*|noll|ingen|inga)(?!\p{L})/iu,
);
const YEAR_ONLY = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** A baseline or target cell that states a value: not "Tas fram 2026", "Ska öka" or "Saknas". */
function valueIn(cell: string | undefined): string | undefined {
  const text = cell?.trim();
  return text && VALUE.test(text.replace(YEAR_ONLY, ' ')) ? text : undefined;
}

/** A plan of measures whose goal column states values ("Högst 20 % otrygga 2027") holds goals too. */
function planGoals(t: RoleTable): Goal[] {
  return t.rows.flatMap((row) => {
    const cell = cellOf(t, row, 'goal');
    if (!cell) return [];
    const parts = sentenceParts(cell.text);
    if (!parts.target && !parts.baseline) return [];
    const g: Goal = {
      text: cell.text,
      start: cell.start,
      end: cell.end,
      kind: 'riktning',
      vague: vagueIn(cell.text),
      from: 'table',
      block: t.block,
      ...parts,
    };
    const focus = cellOf(t, row, 'focus')?.text.trim();
    if (focus) g.focusArea = focus;
    g.kind = classify(cell.text, g);
    return [g];
  });
}

/** A year stated for the whole goal table in its section ("Målvärdena avser år 2027"). */
function sectionYear(a: Analysis, block: Block): string | undefined {
  const own = a.sentences.find((s) => s.block === block)?.section;
  for (const s of own?.sentences ?? []) {
    if (s.block === block || s.section !== own) continue;
    if (/målvärde|avser|mäts|ska\s+nås|till\s+och\s+med|senast/i.test(s.text)) {
      const y = deadlineIn(s.text) ?? lastYear(s.text);
      if (y) return y;
    }
  }
  return undefined;
}

const SHARE = pattern(/(?<!\p{L})andel/iu);

const WILL_CHANGE = pattern(
  /(?<!\p{L})(?:ska|skall)\s+(?:[\p{L}\d]+\s+){0,4}?(?:minska|öka|sjunka|stiga|halveras|vara\s+(?:högst|minst|lägre|högre)|uppgå|understiga|överstiga|ha\s+(?:minskat|ökat|sjunkit|halverats))/iu,
);

/** "Andelen … ska minska från 30 till högst 20 procent 2027": a goal stated without the word mål. */
function targetSentence(text: string): boolean {
  return (
    WILL_CHANGE.test(text) &&
    TARGET_RE.test(text) &&
    hasIndicatorNoun(text) &&
    /(?<!\d)20\d\d(?!\d)/.test(text)
  );
}

/** Whether a sentence outside a goal section states a goal ("Målet är att …", "Mål: …"). */
function statesGoal(text: string): boolean {
  // "Mål:", "Vårt mål –", "Mål för 2026:", "Mål 1:".
  if (
    /^\s*(?:\p{L}+\s+){0,2}mål(?:et|en)?(?:\s+\d+(?:\.\d+)*|\s+för\s+(?:\S+\s+){0,2}?\S+)?\s*[:–-]/iu.test(
      text,
    )
  )
    return true;
  // "Bostadsinbrott – mål: färre inbrott": a goal given after its area's name and a dash.
  if (/^\s*(?:[\p{L}\d/]+\s+){1,4}[–-]\s+mål(?:et|en)?\s*:/iu.test(text)) return true;
  if (
    /mål(?:et|en|sättningen)?\s+(?:är|blir)\s+(?:att|en|ett)|har\s+som\s+mål|målet\s+för|följande\s+(?:effekt)?mål/iu.test(
      text,
    )
  )
    return !/anges|framgår|redovisas|beskrivs|finns\s+i|se\s+bilaga/iu.test(text);
  return false;
}

/** "högst 20 av 100 bilar": a share, measured like "andelen". */
const SHARE_OF = pattern(/(?<!\d)\d{1,3}\s+av\s+(?:10|100|1\s?000)(?!\d)/u);

/** Parts readable from a goal sentence. */
function sentenceParts(text: string): Partial<Goal> {
  const out: Partial<Goal> = {};
  const target = TARGET_RE.exec(text);
  if (target) out.target = target[0].trim();
  const baseline = BASELINE_RE.exec(text);
  if (baseline) out.baseline = baseline[0].trim();
  // "halvera antalet, från 34 år 2021 till högst 17 år 2025": the baseline's year is no deadline.
  const baselineEnd =
    baseline && target && baseline.index > target.index ? baseline.index + baseline[0].length : 0;
  const baselineYear = baselineEnd
    ? (/^\s*(?:år\s+)?20\d\d/.exec(text.slice(baselineEnd))?.[0].length ?? 0)
    : 0;
  const afterTarget = target ? text.slice(Math.max(target.index, baselineEnd + baselineYear)) : '';
  // "Minst 70 % … 2028 (trygghetsmätningen; 2025: 62 %)": the deadline before a baseline that follows the target.
  const beforeBaseline = baselineEnd && target && baseline ? text.slice(target.index, baseline.index) : '';
  const withoutBaseline = text.replace(baseline?.[0] ?? '\u0000', ' ');
  const deadline =
    (afterTarget && (deadlineIn(afterTarget) ?? lastYear(afterTarget))) ||
    (beforeBaseline && (deadlineIn(beforeBaseline) ?? lastYear(beforeBaseline))) ||
    deadlineIn(withoutBaseline) ||
    (PERIOD_DEADLINE.test(text) ? 'perioden' : undefined);
  if (deadline) out.deadline = deadline;
  const source = sourceIn(text);
  if (source) out.source = source;
  // "Minst 70 % ska uppge att de känner sig trygga … (trygghetsmätningen; 2025: 62 %)": the source names what is measured.
  if ((hasIndicatorNoun(text) || source || SHARE_OF.test(text)) && (target || baseline)) {
    const m = /^(.*?)\s+(?:ska|skall|bör|minskar|ökar|sjunker|når)(?!\p{L})/iu.exec(stripLabel(text));
    out.indicator = (m?.[1] ?? stripLabel(text)).trim();
  }
  return out;
}

function sentenceGoal(sentence: Sentence, section: Section, inGoalSection: boolean): Goal | undefined {
  const text = sentence.text;
  // A lead-in ("För de prioriterade områdena gäller följande mål:") introduces goals; it is not one.
  if (text.trimEnd().endsWith(':') && !/\d/.test(text)) return undefined;
  if (
    /anges\s+i|framgår\s+av|redovisas\s+i|beskrivs\s+i|finns\s+i\s+(?:bilaga|aktivitetsplan|handlingsplan)/iu.test(
      text,
    )
  )
    return undefined;
  if (plannedGoal(text)) return undefined;
  const parts = sentenceParts(text);
  const vague = vagueIn(text);
  const content =
    parts.target ||
    parts.baseline ||
    vague.length > 0 ||
    hasDirection(text) ||
    ACTIVITY_VERB.test(stripLabel(text)) ||
    hasVision(text) ||
    (!inGoalSection && statesGoal(text));
  if (!content) return undefined;
  const g: Goal = {
    text,
    start: sentence.start,
    end: sentence.end,
    kind: 'riktning',
    vague,
    from: 'sentence',
  };
  g.block = sentence.block;
  Object.assign(g, parts);
  const focus = focusOf(sentence, section, inGoalSection);
  if (focus) g.focusArea = focus;
  g.kind = classify(text, g);
  return g;
}

function classify(text: string, g: Partial<Goal>): Goal['kind'] {
  const body = stripLabel(text);
  if (INFINITIVE_START.test(body)) return 'aktivitet';
  const counts =
    /(?:minst|högst|totalt|sammanlagt)?\s*(?<!\p{L})(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo)\s+(?:\p{L}+\s+){0,2}\p{L}+/iu;
  if (ACTIVITY_VERB.test(body) && !SHARE.test(body)) {
    return counts.test(body) && hasOutputNoun(body) ? 'produktionsmal' : 'aktivitet';
  }
  if (g.indicator && (g.target || g.baseline) && !hasOutputNoun(g.indicator)) return 'effektmal';
  if (g.target && hasOutputNoun(body) && !hasIndicatorNoun(body)) return 'produktionsmal';
  if (g.target && hasIndicatorNoun(body)) return 'effektmal';
  // From where to where by when is measurable, whatever the indicator is called.
  if (g.baseline && g.target && g.deadline) return 'effektmal';
  if (hasVision(body)) return 'vision';
  return 'riktning';
}

/** The focus area a goal sentence belongs to: a "Område: …" prefix or the enclosing subsection. */
function focusOf(sentence: Sentence, section: Section, inGoalSection: boolean): string | undefined {
  const prefix = /^([^:.]{3,60}):\s+\S/u.exec(sentence.text);
  if (prefix?.[1] && !/^mål/i.test(prefix[1]) && !GOAL_LABEL.test(sentence.text))
    return prefix[1].replace(/\s+[–-]\s+mål(?:et|en)?$/iu, '').trim();
  const own = sentence.section;
  if (own !== section || !inGoalSection) return own.title || undefined;
  // "## 1 Våld i centrum" > "### 1.3 Mål": the goals belong to the chapter's area.
  return titlesOf(own).find((t) => !isGoalTitle(t));
}

/** Sentences saying goals are yet to be set ("mål formuleras när orsaksanalysen är klar"). */
const PLANNED_GOAL = String.raw`(?:(?<!\p{L})\p{L}{0,15}mål(?:en|et)?|indikatorer(?:na)?|målvärden(?:a)?)`;
// "formuleras" and "tas fram" look ahead by themselves; "fastställs" also describes a routine.
const PLANNED_AHEAD = new RegExp(
  String.raw`${PLANNED_GOAL}\s+(?:ska\s+|kommer\s+att\s+)?(?:formuleras|tas\s+fram|utarbetas)|(?:formuleras|tas\s+fram)\s+(?:\p{L}+\s+){0,2}mål|saknar\s+(?:ännu\s+)?(?:mätbara\s+)?mål|inga\s+mål\s+(?:har|är)|${PLANNED_GOAL}\s+(?:har|är)\s+(?:ännu\s+)?inte\s+(?:formulerats|fastställts|satts|tagits\s+fram|beslutats)|${PLANNED_GOAL}\s+(?:ska|kommer\s+att)\s+(?:fastställas|sättas|beslutas)`,
  'iu',
);
const PLANNED_ROUTINE = new RegExp(String.raw`${PLANNED_GOAL}\s+(?:fastställs|sätts|beslutas)`, 'iu');
const PLANNED_WHEN = pattern(
  /(?<!\p{L})(?:när|senare|efter|i\s+\p{L}+\s+20\d\d|under\s+20\d\d|våren|hösten)(?!\p{L})/iu,
);

export function plannedGoal(text: string): boolean {
  // Most sentences say nothing about goals; the patterns are only worth running on those that do.
  if (!/mål|indikator/i.test(text)) return false;
  if (PLANNED_AHEAD.test(text)) return true;
  return PLANNED_ROUTINE.test(text) && PLANNED_WHEN.test(text);
}

function stripLabel(text: string): string {
  return text.replace(/^\s*(?:(?:\p{L}+\s+){0,2}mål(?:et)?|[^:]{3,60})\s*:\s*/iu, '').trim();
}

function vagueIn(text: string): string[] {
  if (!hasVague(text)) return [];
  return [...new Set(matchAll(text, VAGUE_VERBS).map((m) => m.text.toLowerCase()))];
}

function deadlineIn(text: string): string | undefined {
  const m = DEADLINE_RE.exec(text);
  return m?.[1];
}

function lastYear(text: string): string | undefined {
  const all = [...text.matchAll(YEAR_RE)];
  return all.at(-1)?.[1];
}

function sourceIn(text: string): string | undefined {
  const m = SOURCE_RE.exec(text);
  return (m?.[1] ?? m?.[2])?.trim();
}

/** Sentences saying goals are yet to be set, computed once. */
export function plannedGoals(a: Analysis): Sentence[] {
  return memo(a, findPlannedGoals);
}

/** Named, not inline: `memo` keys on the function, so a fresh arrow would recompute on every call. */
function findPlannedGoals(a: Analysis): Sentence[] {
  return a.sentences.filter((s) => plannedGoal(s.text));
}

/** Complete effect goals: indicator, baseline or target value, and a deadline. */
export function isMeasurable(g: Goal): boolean {
  return g.kind === 'effektmal' && !!g.indicator && !!(g.baseline || g.target) && !!g.deadline;
}
