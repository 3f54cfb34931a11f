import { type Activity, activities } from './activities.ts';
import type { Analysis, Sentence } from './analysis.ts';
import { memo } from './analysis.ts';
import { causesFor } from './causes.ts';
import { cueTest } from './cue-test.ts';
import { type FocusArea, focusAreas, isMotivated, mentionsArea } from './focus-areas.ts';
import { type Goal, goals } from './goals.ts';
import { pictureSentences, titlesOf } from './scope.ts';
import { roleTable } from './table-roles.ts';

/** For one focus area: where in the chain picture → cause → goal → measure → follow-up it appears. */
export interface RedThreadRow {
  focusArea: string;
  picture: boolean;
  causes: boolean;
  goals: boolean;
  measures: boolean;
  followUp: boolean;
}

const FOLLOW_UP_TITLES = ['uppföljning*', 'följer vi upp', 'följs upp', 'utvärdering*'];

export function redThread(a: Analysis): RedThreadRow[] {
  return memo(a, findRedThread);
}

function findRedThread(a: Analysis): RedThreadRow[] {
  const gs = goals(a);
  // A goal's baseline ("34 % (2024)") is where the goal starts, not a description of the problem.
  const picture = pictureSentences(a).filter((s) => !gs.some((g) => g.start < s.end && s.start < g.end));
  const acts = activities(a);
  const isFollowUp = cueTest(FOLLOW_UP_TITLES);
  const followUpSections = new Map<unknown, boolean>();
  const followUp = a.sentences.filter((s) => {
    let hit = followUpSections.get(s.section);
    if (hit === undefined) {
      hit = titlesOf(s.section).some(isFollowUp);
      followUpSections.set(s.section, hit);
    }
    return hit;
  });
  const lower = new Map(a.sentences.map((s) => [s, s.text.toLowerCase()]));
  // A cheap substring test first: most sentences name no stem of the area at all.
  const mentions = (s: Sentence, f: FocusArea) => {
    const t = lower.get(s) ?? s.text.toLowerCase();
    return (
      (f.keywords.some((k) => t.includes(k)) || /(?:område|utmaning)\s*\d/.test(t)) && mentionsArea(s.text, f)
    );
  };
  return focusAreas(a).map((f) => ({
    focusArea: f.name,
    picture:
      f.pictured === true ||
      // "Cykelstölder. Stölderna har ökat från 90 till 140 sedan 2022.": the area's own motivation shows it.
      isMotivated(f) ||
      picture.some((s) => (s.end <= f.start || s.start >= f.end) && mentions(s, f)),
    causes: causesFor(a, f).length > 0,
    goals: gs.some((g) => goalServes(g, f)),
    measures: acts.some((x) => activityServes(x, f) || servesGoalOf(x, f, gs)),
    followUp: followUp.some((s) => mentions(s, f)),
  }));
}

/** The focus-area number a label carries: "1", "1. Trygg offentlig miljö", "Fokusområde 2", "2.3". */
export function areaNumber(label: string | undefined): number | undefined {
  if (!label) return undefined;
  // "2", "Fokusområde 2", or an area code ("F2", "FO2") as in a goal table's area column.
  const m = /^\s*(?:(?:fokusområde|insatsområde|område|FO|F)\s*)?(\d{1,2})(?:[.:)]|\s|$)/iu.exec(label);
  return m?.[1] ? Number(m[1]) : undefined;
}

function numbered(label: string | undefined, f: FocusArea): boolean | undefined {
  const n = areaNumber(label);
  if (n === undefined || f.number === undefined) return undefined;
  return n === f.number;
}

/** Whether a position lies in the area's own paragraphs ("Utmaning 1 – …" up to the next one). */
export const within = (at: number, f: FocusArea) => f.extent !== undefined && f.start <= at && at < f.extent;

export function goalServes(g: Goal, f: FocusArea): boolean {
  if (within(g.start, f)) return true;
  const byNumber = numbered(g.focusArea, f);
  if (byNumber !== undefined) return byNumber;
  return mentionsArea(`${g.focusArea ?? ''} ${g.text}`, f);
}

/** A measure whose goal column names a goal of the area ("Narkotikabrott" → the area's indicator). */
function servesGoalOf(x: Activity, f: FocusArea, gs: Goal[]): boolean {
  const named =
    x.goal
      ?.toLowerCase()
      .split(/,\s*|\s+och\s+/)
      .filter((w) => w.length >= 5) ?? [];
  if (named.length === 0) return false;
  return gs.some((g) => goalServes(g, f) && named.some((w) => g.text.toLowerCase().includes(w)));
}

/** Goal codes a measure names ("1.1 och 1.2", "mål 3.2", "2a, 2b") → the areas they are numbered under. */
function goalAreaNumbers(goal: string | undefined): number[] | undefined {
  if (
    !goal ||
    !/^\s*(?:mål\s*)?(?:M\d{1,2}(?:\.\d{1,2})?[a-h]?|\d{1,2}(?:\.\d{1,2}|[a-h]))(?:\s*(?:,|och|samt)\s*(?:mål\s*)?(?:M\d{1,2}(?:\.\d{1,2})?[a-h]?|\d{1,2}(?:\.\d{1,2}|[a-h])))*\s*$/iu.test(
      goal,
    )
  )
    return undefined;
  // "M1", "M1.2", "M2a": a goal code with its letter, as in "Verkar på O1.2, mål M1.2".
  return [...goal.matchAll(/M(\d{1,2})|(\d{1,2})(?:\.\d{1,2}|[a-h])/giu)].map((m) => Number(m[1] ?? m[2]));
}

export function activityServes(x: Activity, f: FocusArea): boolean {
  // The goal codes a measure names are the most specific link it gives: goal 3.2 is area 3's.
  const byGoal = f.number === undefined ? undefined : goalAreaNumbers(x.goal);
  if (byGoal) return byGoal.includes(f.number as number);
  if (within(x.start, f)) return true;
  const byNumber = numbered(x.focusArea, f) ?? numbered(x.nr, f);
  if (byNumber !== undefined) return byNumber;
  const heading = x.section?.heading ? x.section.title : '';
  return mentionsArea(`${x.focusArea ?? ''} ${heading} ${x.what} ${x.goal ?? ''} ${x.cause ?? ''}`, f);
}

/** Columns of a plan that name what a measure acts on: "Verkar på", "Påverkar", "Kopplat till mål", "Effektindikator". */
const isLinkHeader = cueTest(['verkar på', '=påverkar', 'riktas mot', 'kopplat till', 'kopplas till']);

/** Whether a measure's table row names the cause or goal it serves in a link column (codes such as "M1.2" count). */
export function linkedInTable(x: Activity): boolean {
  if (x.block.kind !== 'table') return false;
  const t = roleTable(x.block);
  if (!t) return false;
  const row = t.rows.find((r) => r[0] && r[0].start <= x.start && x.start <= (r.at(-1)?.end ?? -1));
  if (!row) return false;
  return t.header.some((c, i) => isLinkHeader(c.text) && (row[i]?.text.trim().length ?? 0) >= 2);
}

const isFollowUpTitle = cueTest(FOLLOW_UP_TITLES);

/** A row of a follow-up plan ("Vad följs upp") read as a measure: it follows measures up, it is none. */
export function inFollowUp(x: Activity): boolean {
  return titlesOf(x.section).some(isFollowUpTitle);
}
