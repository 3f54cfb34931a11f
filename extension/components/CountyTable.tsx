import type { Report } from '../../core/check.ts';
import { levelKey } from './labels.ts';

export interface Row {
  id: string;
  name: string;
  report?: Report;
  error?: string;
}

export interface CountyTableProps {
  rows: Row[];
  selected?: string;
  compare: string[];
  onOpen: (id: string) => void;
  onToggleCompare: (id: string) => void;
}

/** The county at a glance: one row per document, one heat-map cell per point. */
export function CountyTable({ rows, selected, compare, onOpen, onToggleCompare }: CountyTableProps) {
  const first = rows.find((r) => r.report)?.report;
  const ids = first?.checks.map((c) => ({ id: c.id, title: c.title })) ?? [];
  return (
    <div class="table-wrap">
      <table class="county">
        <caption class="sr-only">Länstabell: nivå per punkt för varje dokument</caption>
        <thead>
          <tr>
            <th scope="col">Dokument</th>
            <th scope="col">Jämför</th>
            <th scope="col">Totalt</th>
            {ids.map((k) => (
              <th scope="col" key={k.id} title={k.title}>
                <abbr title={k.title}>{k.id}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} class={r.id === selected ? 'selected' : undefined} data-row={r.name}>
              <th scope="row">
                <button
                  type="button"
                  class="quote"
                  onClick={() => onOpen(r.id)}
                  aria-pressed={r.id === selected}
                >
                  {r.name}
                </button>
              </th>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Jämför ${r.name}`}
                  checked={compare.includes(r.id)}
                  disabled={!r.report}
                  onChange={() => onToggleCompare(r.id)}
                />
              </td>
              {r.report ? (
                <>
                  <td>{r.report.score.percent === null ? '–' : `${Math.round(r.report.score.percent)} %`}</td>
                  {r.report.checks.map((c) => (
                    <td key={c.id} class={`cell-${levelKey(c)}`} data-id={c.id} data-level={levelKey(c)}>
                      {c.level ?? '–'}
                      <span class="sr-only"> {c.title}</span>
                    </td>
                  ))}
                </>
              ) : (
                <td colSpan={ids.length + 1} class="error">
                  {r.error ?? 'Granskas …'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Counts an evaluator would write: how many are current, how many name causes, per point. */
export function Inventory({ reports }: { reports: Report[] }) {
  const scored = reports.filter((r) => r.type !== 'inte-samverkansdokument');
  if (scored.length === 0) return null;
  const n = scored.length;
  const count = (id: string, min: number) =>
    scored.filter((r) => (r.checks.find((c) => c.id === id)?.level ?? -1) >= min).length;
  return (
    <ul class="inventory" aria-label="Sammanfattning">
      <li>
        {scored.filter((r) => r.aktuell === 'ja').length} av {n} är aktuella
      </li>
      <li>
        {count('K05', 1)} av {n} anger orsaker
      </li>
      <li>
        {count('K06', 2)} av {n} har mätbara mål
      </li>
      <li>
        {count('K14', 2)} av {n} beskriver uppföljningen fullt ut
      </li>
    </ul>
  );
}
