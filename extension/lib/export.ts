import type { Report } from '../../core/check.ts';
import { AREA_TITLE, type Area } from '../../core/engine/rule.ts';

const AREAS = Object.keys(AREA_TITLE) as Area[];

/** Spreadsheet-safe cell: RFC 4180 quoting, and formula-looking input defused (names are untrusted). */
function cell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function ids(reports: readonly Report[]): string[] {
  return (reports[0]?.checks ?? []).map((c) => c.id);
}

export function toCsv(reports: readonly Report[]): string {
  const head = [
    'fil',
    'typ',
    'aktuell',
    ...ids(reports),
    'totalt_procent',
    ...AREAS.map((a) => `${a} ${AREA_TITLE[a]}`),
  ];
  const rows = reports.map((r) => [
    r.file ?? r.files?.join(' + '),
    r.type,
    r.aktuell,
    ...ids(reports).map((id) => r.checks.find((c) => c.id === id)?.level ?? ''),
    r.score.percent,
    ...AREAS.map((a) => r.score.areas[a].percent),
  ]);
  return [head, ...rows].map((row) => `${row.map(cell).join(',')}\r\n`).join('');
}

export function toJson(reports: readonly Report[]): string {
  return `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`;
}

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** A self-contained HTML page: the county table, then each document's points with advice and evidence. */
export function toHtml(reports: readonly Report[]): string {
  const k = ids(reports);
  const colour: Record<string, string> = { '2': '#d7f0dc', '1': '#fff1c2', '0': '#fbd9d6', '': '#e6e6e6' };
  const table = `<table><thead><tr><th>Dokument</th><th>Totalt</th>${k.map((id) => `<th>${id}</th>`).join('')}</tr></thead><tbody>${reports
    .map((r) => {
      const cells = k
        .map((id) => {
          const l = r.checks.find((c) => c.id === id)?.level;
          const v = l === null || l === undefined ? '' : String(l);
          return `<td style="background:${colour[v]}">${v || '–'}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${esc(r.file ?? '')}</th><td>${r.score.percent ?? '–'} %</td>${cells}</tr>`;
    })
    .join('')}</tbody></table>`;
  const details = reports
    .map(
      (r) =>
        `<section><h2>${esc(r.file ?? r.files?.join(' + ') ?? '')}</h2><ol>${r.checks
          .map(
            (c) =>
              `<li><strong>${c.id} ${esc(c.title)}</strong>: ${c.level ?? 'ej tillämplig'}${c.advice ? `<br>Råd: ${esc(c.advice)}` : ''}${c.evidence
                .slice(0, 2)
                .map((e) => `<br><q>${esc(e.quote)}</q>`)
                .join('')}</li>`,
          )
          .join('')}</ol></section>`,
    )
    .join('');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Samverkanskollen – granskning</title><style>body{font:14px system-ui;margin:1rem}table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:2px 5px}</style></head><body><h1>Samverkanskollen – granskning</h1>${table}${details}</body></html>\n`;
}

export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
