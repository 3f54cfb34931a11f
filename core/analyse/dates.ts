import { pattern } from './pattern.ts';
/**
 * Swedish dates in running text: "12 februari 2024", "den 1 januari", "2024-02-12", month-and-year
 * ("november 2024", "hösten 2025"), bare years, and ranges written with – or -.
 */

export const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const MONTH_ALT = `${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec`;

/** A date as precise as the text gives it; `iso` only when day, month and year are known. */
export interface SwedishDate {
  year?: number;
  month?: number;
  day?: number;
  /** Offsets in the searched text. */
  index: number;
  length: number;
  text: string;
}

function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m === n || m.startsWith(n));
  return i >= 0 ? i + 1 : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function iso(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO date of a fully known date. */
export function toIso(d: SwedishDate): string | undefined {
  if (d.year === undefined || d.month === undefined || d.day === undefined) return undefined;
  return iso(d.year, d.month, d.day);
}

const ISO_DATE = pattern(/(?<!\d)(20\d{2}|19\d{2})-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])(?!\d)/g);
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\d])(?:den\\s+)?(\\d{1,2})(?::a|:e)?\\s+(${MONTH_ALT})\\.?(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`,
  'giu',
);
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(${MONTH_ALT})\\.?\\s+(\\d{4})(?!\\d)`, 'giu');

/** Every date in the text, most precise reading first where readings overlap. */
export function findDates(text: string): SwedishDate[] {
  const out: SwedishDate[] = [];
  const taken: [number, number][] = [];
  const free = (i: number, len: number) => taken.every(([s, e]) => i + len <= s || i >= e);
  const add = (d: SwedishDate) => {
    if (!free(d.index, d.length)) return;
    taken.push([d.index, d.index + d.length]);
    out.push(d);
  };
  for (const m of text.matchAll(ISO_DATE)) {
    add({
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      index: m.index,
      length: m[0].length,
      text: m[0],
    });
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = monthNumber(m[2] ?? '');
    const day = Number(m[1]);
    if (!month || day < 1 || day > 31) continue;
    const d: SwedishDate = { month, day, index: m.index, length: m[0].length, text: m[0] };
    if (m[3]) d.year = Number(m[3]);
    add(d);
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const month = monthNumber(m[1] ?? '');
    if (!month) continue;
    add({ year: Number(m[2]), month, index: m.index, length: m[0].length, text: m[0] });
  }
  return out.sort((x, y) => x.index - y.index);
}

/** A year range "2024–2027" / "2024-2027" / "2024 – 2027" (not an ISO date). */
export interface YearRange {
  from: number;
  to: number;
  index: number;
  length: number;
}

/** "2024–2027", "2024-27"; not "2025 – 30 juni 2026", where the two digits are a day. */
const YEAR_RANGE = pattern(
  /(?<![\d-])((?:19|20)\d{2})\s*[–—-]\s*((?:19|20)\d{2}|\d{2}(?!\s*\p{L}|[./]\d))(?![\d-])/gu,
);

export function findYearRanges(text: string): YearRange[] {
  const out: YearRange[] = [];
  for (const m of text.matchAll(YEAR_RANGE)) {
    const from = Number(m[1]);
    let to = Number(m[2]);
    if ((m[2] ?? '').length === 2) to = Math.floor(from / 100) * 100 + to;
    if (to < from || to - from > 12) continue;
    out.push({ from, to, index: m.index, length: m[0].length });
  }
  return out;
}

/** The first fully or partly dated place-and-date line such as "Ekby den 12 februari 2024". */
export function firstDate(text: string): SwedishDate | undefined {
  return findDates(text)[0];
}
