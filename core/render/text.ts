/** Compact terminal reports: one document, a batch (county table and inventory), a comparison. */
import { DOC_TYPE_LABEL } from '../analyse/doctype.ts';
import { ADVICE_LABEL, type Comparison, DIRECTION_MARK } from '../batch/compare.ts';
import { inventorySentences } from '../batch/inventory.ts';
import { type BatchResult, type FileError, reportName } from '../batch/types.ts';
import type { Report } from '../check.ts';
import type { Status } from '../engine/rule.ts';
import { type Paint, paint } from './ansi.ts';
import {
  AKTUELL_LABEL,
  levelText,
  percentText,
  STATUS_LABEL,
  STATUS_MARK,
  signed,
  whereText,
} from './labels.ts';
import { lineText as t } from './safe.ts';

export interface TextOptions {
  /** ANSI colours; the CLI turns them on for a terminal unless --no-color or NO_COLOR. */
  color?: boolean;
}

function mark(p: Paint, status: Status): string {
  const m = STATUS_MARK[status];
  if (status === 'uppfyllt') return p.green(m);
  if (status === 'delvis') return p.yellow(m);
  if (status === 'saknas') return p.red(m);
  return p.dim(m);
}

/** Score, areas, the 17 points with their first evidence quote and the advice for each gap. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const p = paint(options.color);
  const lines: string[] = [p.bold(t(reportName(report)))];
  lines.push(
    `Typ: ${DOC_TYPE_LABEL[report.type]}${report.type !== report.detectedType ? ' (angiven)' : ''}   Aktuell: ${AKTUELL_LABEL[report.aktuell]} (${report.referenceDate})`,
  );
  if (report.type === 'inte-samverkansdokument') {
    lines.push(
      'Dokumentet är inte en samverkansöverenskommelse, ett medborgarlöfte eller en aktivitetsplan och poängsätts inte.',
    );
    return `${lines.join('\n')}\n`;
  }
  const s = report.score;
  lines.push(p.bold(`Resultat: ${s.points}/${s.max} (${percentText(s.percent ?? 0)})`));
  lines.push(
    Object.entries(s.areas)
      .map(([area, a]) => `${area} ${a.title}: ${a.points}/${a.max}`)
      .join(' · '),
  );
  lines.push('');
  for (const c of report.checks) {
    lines.push(`${mark(p, c.status)} ${p.bold(c.id)} ${c.title} — ${STATUS_LABEL[c.status]}`);
    const first = c.evidence[0];
    if (first) {
      const where = t(whereText(first));
      lines.push(`    ”${t(first.quote)}”${where ? p.dim(` (${where})`) : ''}`);
    }
    for (const note of c.notes) lines.push(`    Obs: ${t(note)}`);
    if (c.advice) lines.push(`    ${p.yellow('Råd:')} ${t(c.advice)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderTextError(e: FileError): string {
  return `${t(e.file)}\nFel: ${t(e.error)}\n`;
}

function pad(raw: string, n: number): string {
  const s = t(raw);
  return s.length >= n ? `${s.slice(0, n - 1)}…` : s.padEnd(n);
}

/** The county table (one line per document, a mark per point), the errors, then the inventory. */
export function renderTextBatch(batch: BatchResult, options: TextOptions = {}): string {
  const p = paint(options.color);
  const width = Math.min(
    48,
    Math.max(
      8,
      ...batch.reports.map((r) => t(reportName(r)).length + 1),
      ...batch.errors.map((e) => t(e.file).length + 1),
    ),
  );
  const ids = batch.inventory.points.map((x) => x.id.slice(1));
  const lines: string[] = [p.bold(`${pad('Dokument', width)} ${ids.join(' ')}  Totalt`)];
  for (const r of batch.reports) {
    const name = pad(reportName(r), width);
    if (r.type === 'inte-samverkansdokument') {
      lines.push(`${name} ${p.dim('inte ett samverkansdokument')}`);
      continue;
    }
    const marks = r.checks.map((c) => ` ${mark(p, c.status)} `).join('');
    lines.push(`${name}${marks} ${percentText(r.score.percent)}`);
  }
  for (const e of batch.errors) lines.push(`${pad(e.file, width)} ${p.red('Fel:')} ${t(e.error)}`);
  lines.push('', p.bold('Inventering'));
  for (const s of inventorySentences(batch.inventory)) lines.push(`  ${t(s)}`);
  lines.push('', p.bold('Andel per punkt (uppfyllt / delvis / saknas)'));
  for (const pt of batch.inventory.points) {
    const n = pt.counts.uppfyllt + pt.counts.delvis + pt.counts.saknas;
    const pc = (k: 'uppfyllt' | 'delvis' | 'saknas') =>
      n === 0 ? '–' : `${Math.round((100 * pt.counts[k]) / n)} %`;
    lines.push(
      `  ${pt.id} ${pad(pt.title, 36)} ${pc('uppfyllt').padStart(5)} ${pc('delvis').padStart(5)} ${pc('saknas').padStart(5)}`,
    );
  }
  lines.push('', p.bold('Per område (snitt)'));
  for (const a of batch.inventory.areas)
    lines.push(`  ${a.area} ${pad(a.title, 36)} ${percentText(a.meanPercent)}`);
  return `${lines.join('\n')}\n`;
}

/** Per point old → new level, with what evidence came and went and whether the advice was followed. */
export function renderTextCompare(cmp: Comparison, options: TextOptions = {}): string {
  const p = paint(options.color);
  const lines = [
    p.bold(`Jämförelse: ${t(reportName(cmp.old))} → ${t(reportName(cmp.new))}`),
    `Totalt: ${percentText(cmp.total.old)} → ${percentText(cmp.total.new)} (${signed(cmp.total.change)} procentenheter), ${cmp.total.oldPoints} → ${cmp.total.newPoints} poäng`,
    `${cmp.improved} punkter bättre, ${cmp.worsened} sämre; råd följda: ${cmp.adviceFollowed} av ${cmp.adviceGiven}`,
    cmp.areas.map((a) => `${a.area} ${a.title}: ${signed(a.change)}`).join(' · '),
    '',
  ];
  for (const pt of cmp.points) {
    const arrow = DIRECTION_MARK[pt.direction];
    const coloured =
      pt.direction === 'bättre' ? p.green(arrow) : pt.direction === 'sämre' ? p.red(arrow) : p.dim(arrow);
    const advice = ADVICE_LABEL[pt.advice];
    lines.push(
      `${coloured} ${p.bold(pt.id)} ${pt.title}: ${levelText(pt.old?.level ?? null)} → ${levelText(pt.new?.level ?? null)}${advice ? ` (${advice})` : ''}`,
    );
    for (const e of pt.appeared) lines.push(`    + ”${t(e.quote)}”`);
    for (const e of pt.disappeared) lines.push(`    − ”${t(e.quote)}”`);
  }
  return `${lines.join('\n')}\n`;
}
