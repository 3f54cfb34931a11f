import { pattern } from './pattern.ts';

/** Numbers, percentages, years and periods in Swedish text. */

const YEAR = pattern(/(?<!\d)(19[5-9]\d|20[0-9]\d)(?!\d)/g);
const FIGURE = pattern(
  /(?<![\p{L}\d])\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?:\s?(?:%|procent|procentenheter))?(?![\p{L}\d])/gu,
);

export function years(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[1]));
}

/** Figures other than years, dates and section numbers: the data a picture shows. */
export function figures(text: string): string[] {
  const withoutDates = text
    .replace(/\b\d{1,2}(?:[:.]\d{2})?\s*[–-]\s*\d{1,2}(?:[:.]\d{2})?\b/g, ' ')
    .replace(YEAR, ' ')
    .replace(
      /\b\d{1,2}\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b/gi,
      ' ',
    )
    .replace(/(?:§|avsnitt|bilaga|kap\.?|punkt|nr|tabell|figur|diagram)\s*\d+(?:\.\d+)*/gi, ' ')
    // "de senaste 12 månaderna": a period of measurement, no figure.
    .replace(/(?<!\p{L})senaste\s+\d{1,2}\s+(?:månaderna|åren|veckorna|dagarna)(?!\p{L})/giu, ' ')
    .replace(/\b\d+(?:\.\d+)+\b/g, ' ')
    // "1. Gemensam lägesbild; 2. Aktivitetsplan": items counted off, no figures.
    .replace(/(?:^|[;|,]\s*)\d{1,2}\.\s+(?=\p{L})/gu, ' ')
    // "den 7 och den 21 oktober", "fokusområde 1 och 2": days and areas, no figures.
    .replace(/(?<!\p{L})den\s+\d{1,2}(?!\d)/giu, ' ')
    .replace(/(?<!\p{L})\p{L}*område(?:na|t|n)?\s+\d{1,2}(?:\s*(?:,|och|samt)\s*\d{1,2})*(?!\d)/giu, ' ');
  return [...withoutDates.matchAll(FIGURE)].map((m) => m[0]);
}

export function hasPercent(text: string): boolean {
  return /\d\s?(%|procent)/i.test(text);
}
