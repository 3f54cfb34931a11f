/**
 * One row per document for a spreadsheet: file, type, aktuell, K01…K17, total %, areas. RFC 4180
 * quoting with CRLF line ends; a cell that a spreadsheet would read as a formula (= + - @ tab CR) is
 * prefixed with ' — the file names and errors come from untrusted input.
 */
import type { FileError } from '../batch/types.ts';
import { reportName } from '../batch/types.ts';
import type { Report } from '../check.ts';
import { AREA_TITLE, type Area } from '../engine/rule.ts';
import { plainText } from './safe.ts';

const AREAS = Object.keys(AREA_TITLE) as Area[];

export function csvCell(value: string | number | null | undefined): string {
  // Controls and bidi marks go first, so none of them can hide a formula prefix behind it.
  let s = value === null || value === undefined ? '' : plainText(String(value));
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(cells: (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function renderCsv(reports: readonly Report[], errors: readonly FileError[] = []): string {
  const ids = (reports[0]?.checks ?? []).map((c) => c.id);
  if (ids.length === 0) for (let i = 1; i <= 17; i++) ids.push(`K${String(i).padStart(2, '0')}`);
  let out = row([
    'fil',
    'typ',
    'aktuell',
    ...ids,
    'totalt_procent',
    ...AREAS.map((a) => `${a} ${AREA_TITLE[a]}`),
    'fel',
  ]);
  for (const r of reports) {
    const scored = r.type !== 'inte-samverkansdokument';
    out += row([
      reportName(r),
      r.type,
      r.aktuell,
      ...ids.map((id) => {
        const level = r.checks.find((c) => c.id === id)?.level;
        return scored && level !== null && level !== undefined ? level : '';
      }),
      scored ? r.score.percent : '',
      ...AREAS.map((a) => (scored ? r.score.areas[a]?.percent : '')),
      '',
    ]);
  }
  for (const e of errors)
    out += row([e.file, '', '', ...ids.map(() => ''), '', ...AREAS.map(() => ''), e.error]);
  return out;
}
