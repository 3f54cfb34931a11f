/** Words and marks every renderer shares, so text, Markdown, HTML and CSV say the same thing. */
import type { Evidence } from '../analyse/analysis.ts';
import type { Aktuell } from '../analyse/period.ts';
import type { Status } from '../engine/rule.ts';

export const STATUS_LABEL: Record<Status, string> = {
  uppfyllt: 'uppfyllt',
  delvis: 'delvis',
  saknas: 'saknas',
  'ej-tillampig': 'ej tillämplig',
};

export const STATUS_MARK: Record<Status, string> = {
  uppfyllt: '●',
  delvis: '◐',
  saknas: '○',
  'ej-tillampig': '–',
};

export const AKTUELL_LABEL: Record<Aktuell, string> = { ja: 'ja', nej: 'nej', okand: 'okänt' };

export function levelText(level: number | null): string {
  return level === null ? '–' : String(level);
}

/** "(bilaga1.pdf, s. 3, 3.1 Kommunens lägesbild)" — where a quote was found. */
export function whereText(e: Evidence, full = false): string {
  const heading = full ? e.headingPath.join(' › ') : e.headingPath.at(-1);
  const parts = [e.file, e.page !== undefined ? `s. ${e.page}` : undefined, heading].filter(Boolean);
  return parts.join(', ');
}

export function percentText(p: number | null | undefined): string {
  return p === null || p === undefined ? '–' : `${String(p).replace('.', ',')} %`;
}

export function signed(n: number | null): string {
  if (n === null) return '–';
  const s = String(Math.abs(n)).replace('.', ',');
  return n > 0 ? `+${s}` : n < 0 ? `−${s}` : '±0';
}
