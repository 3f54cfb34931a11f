/** Markdown for pasting into a memo: one document, a batch (inventory and county table), a comparison. */
import { DOC_TYPE_LABEL } from '../analyse/doctype.ts';
import { ADVICE_LABEL, type Comparison, DIRECTION_MARK } from '../batch/compare.ts';
import { inventorySentences, share } from '../batch/inventory.ts';
import { type BatchResult, type FileError, reportName } from '../batch/types.ts';
import type { Report } from '../check.ts';
import {
  AKTUELL_LABEL,
  levelText,
  percentText,
  STATUS_LABEL,
  STATUS_MARK,
  signed,
  whereText,
} from './labels.ts';
import { lineText } from './safe.ts';

/**
 * Escape text for a Markdown table cell or paragraph: no stray emphasis, links, images, HTML,
 * entities, autolinked URLs or cell breaks, and no control or bidi characters.
 */
export function mdText(s: string): string {
  return lineText(s)
    .replace(/[\\`*_[\]()<>#|~!&]/g, (c) => `\\${c}`)
    .replace(/\b(https?|ftp|mailto|www)([:.])/gi, '$1\\$2')
    .trim();
}

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export function renderMarkdown(report: Report): string {
  const out = [`## ${mdText(reportName(report))}`, ''];
  out.push(
    `**Typ:** ${DOC_TYPE_LABEL[report.type]}${report.type !== report.detectedType ? ' (angiven)' : ''} · **Aktuell:** ${AKTUELL_LABEL[report.aktuell]} (${report.referenceDate})`,
    '',
  );
  if (report.type === 'inte-samverkansdokument') {
    out.push('Dokumentet är inte ett samverkansdokument och poängsätts inte.', '');
    return `${out.join('\n')}\n`;
  }
  const s = report.score;
  out.push(`**Resultat:** ${s.points}/${s.max} (${percentText(s.percent)})`, '');
  out.push(
    table(
      ['Område', 'Poäng', 'Andel'],
      Object.entries(s.areas).map(([k, a]) => [
        `${k} ${a.title}`,
        `${a.points}/${a.max}`,
        percentText(a.percent),
      ]),
    ),
    '',
  );
  out.push(
    table(
      ['Punkt', 'Nivå', 'Belägg', 'Råd'],
      report.checks.map((c) => {
        const e = c.evidence[0];
        const where = e ? whereText(e) : '';
        return [
          `${c.id} ${mdText(c.title)}`,
          `${STATUS_MARK[c.status]} ${STATUS_LABEL[c.status]}`,
          e ? `”${mdText(e.quote)}”${where ? ` (${mdText(where)})` : ''}` : '',
          mdText([...c.notes.map((n) => `Obs: ${n}`), c.advice].filter(Boolean).join(' ')),
        ];
      }),
    ),
    '',
  );
  return `${out.join('\n')}\n`;
}

export function renderMarkdownErrors(errors: readonly FileError[]): string {
  if (errors.length === 0) return '';
  return `### Filer som inte kunde läsas\n\n${errors.map((e) => `- ${mdText(e.file)}: ${mdText(e.error)}`).join('\n')}\n`;
}

export function renderMarkdownReports(reports: readonly Report[], errors: readonly FileError[] = []): string {
  return [...reports.map(renderMarkdown), renderMarkdownErrors(errors)].filter(Boolean).join('\n');
}

export function renderMarkdownBatch(batch: BatchResult): string {
  const inv = batch.inventory;
  const ids = inv.points.map((p) => p.id);
  const out = ['# Inventering', '', ...inventorySentences(inv).map((s) => `- ${mdText(s)}`), ''];
  out.push('## Länstabell', '');
  out.push(
    table(
      ['Dokument', 'Typ', 'Aktuell', ...ids, 'Totalt'],
      batch.reports.map((r) => {
        const scored = r.type !== 'inte-samverkansdokument';
        return [
          mdText(reportName(r)),
          DOC_TYPE_LABEL[r.type],
          AKTUELL_LABEL[r.aktuell],
          ...ids.map((id) => (scored ? levelText(r.checks.find((c) => c.id === id)?.level ?? null) : '')),
          scored ? percentText(r.score.percent) : '',
        ];
      }),
    ),
    '',
  );
  out.push('## Andel per punkt', '');
  out.push(
    table(
      ['Punkt', 'Uppfyllt', 'Delvis', 'Saknas'],
      inv.points.map((p) => [
        `${p.id} ${mdText(p.title)}`,
        `${share(p.counts, 'uppfyllt')} %`,
        `${share(p.counts, 'delvis')} %`,
        `${share(p.counts, 'saknas')} %`,
      ]),
    ),
    '',
  );
  out.push(
    '## Per område',
    '',
    table(
      ['Område', 'Snitt', 'Uppfyllt', 'Delvis', 'Saknas'],
      inv.areas.map((a) => [
        `${a.area} ${a.title}`,
        percentText(a.meanPercent),
        `${share(a.counts, 'uppfyllt')} %`,
        `${share(a.counts, 'delvis')} %`,
        `${share(a.counts, 'saknas')} %`,
      ]),
    ),
    '',
  );
  const errors = renderMarkdownErrors(batch.errors);
  return `${out.join('\n')}\n${errors ? `\n${errors}` : ''}`;
}

export function renderMarkdownCompare(cmp: Comparison): string {
  const out = [
    `## Jämförelse: ${mdText(reportName(cmp.old))} → ${mdText(reportName(cmp.new))}`,
    '',
    `**Totalt:** ${percentText(cmp.total.old)} → ${percentText(cmp.total.new)} (${signed(cmp.total.change)} procentenheter). ${cmp.improved} punkter bättre, ${cmp.worsened} sämre; råd följda: ${cmp.adviceFollowed} av ${cmp.adviceGiven}.`,
    '',
  ];
  out.push(
    table(
      ['Punkt', 'Förut', 'Nu', 'Förändring', 'Nya belägg', 'Borttagna belägg'],
      cmp.points.map((p) => [
        `${p.id} ${mdText(p.title)}`,
        levelText(p.old?.level ?? null),
        levelText(p.new?.level ?? null),
        `${DIRECTION_MARK[p.direction]} ${ADVICE_LABEL[p.advice]}`.trim(),
        p.appeared.map((e) => `”${mdText(e.quote)}”`).join('<br>'),
        p.disappeared.map((e) => `”${mdText(e.quote)}”`).join('<br>'),
      ]),
    ),
    '',
  );
  return `${out.join('\n')}\n`;
}
