import { DOC_TYPE_LABEL } from '../analyse/doctype.ts';
import type { Report } from '../check.ts';

const MARK: Record<string, string> = { uppfyllt: '●', delvis: '◐', saknas: '○', 'ej-tillampig': '–' };

/** A compact terminal report: score, areas, the points with their first evidence and advice. */
export function renderText(report: Report): string {
  const lines: string[] = [];
  const name = report.file ?? report.files?.join(' + ') ?? '';
  lines.push(name);
  lines.push(
    `Typ: ${DOC_TYPE_LABEL[report.type]}${report.type !== report.detectedType ? ' (angiven)' : ''}   Aktuell: ${AKTUELL[report.aktuell]} (${report.referenceDate})`,
  );
  if (report.type === 'inte-samverkansdokument') {
    lines.push(
      'Dokumentet är inte en samverkansöverenskommelse, ett medborgarlöfte eller en aktivitetsplan och poängsätts inte.',
    );
    return `${lines.join('\n')}\n`;
  }
  const s = report.score;
  lines.push(`Resultat: ${s.points}/${s.max} (${s.percent ?? 0} %)`);
  lines.push(
    Object.entries(s.areas)
      .map(([area, a]) => `${area} ${a.title}: ${a.points}/${a.max}`)
      .join(' · '),
  );
  lines.push('');
  for (const c of report.checks) {
    lines.push(`${MARK[c.status]} ${c.id} ${c.title} — ${c.status.replace('ej-tillampig', 'ej tillämplig')}`);
    const first = c.evidence[0];
    if (first) lines.push(`    ”${first.quote}”${where(first)}`);
    for (const note of c.notes) lines.push(`    Obs: ${note}`);
    if (c.advice) lines.push(`    Råd: ${c.advice}`);
  }
  return `${lines.join('\n')}\n`;
}

const AKTUELL = { ja: 'ja', nej: 'nej', okand: 'okänt' };

function where(e: { page?: number; headingPath: string[]; file?: string }): string {
  const parts = [e.file, e.page !== undefined ? `s. ${e.page}` : undefined, e.headingPath.at(-1)].filter(
    Boolean,
  );
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
