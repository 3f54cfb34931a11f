import { useState } from 'preact/hooks';
import type { Evidence } from '../../core/analyse/analysis.ts';
import { DOC_TYPE_LABEL } from '../../core/analyse/doctype.ts';
import type { Report } from '../../core/check.ts';
import type { Finding } from '../../core/engine/rule.ts';
import { plainText } from '../../core/render/safe.ts';
import { AKTUELL_LABEL, GOAL_KIND_LABEL, levelKey, levelText } from './labels.ts';

type Tab = 'punkter' | 'rodtrad' | 'mal';

export interface ReportViewProps {
  report: Report;
  /** Called when the user asks to see a passage; absent when there is nothing to show it in. */
  onEvidence?: (e: Evidence) => void;
}

/** Preact sets text, never markup; plainText also drops bidi overrides that would reorder a quote. */

/** A report at a glance (total and areas), then the 17 points, the röd-tråd matrix and the goals. */
export function ReportView({ report, onEvidence }: ReportViewProps) {
  const [tab, setTab] = useState<Tab>('punkter');
  const scored = report.type !== 'inte-samverkansdokument';
  return (
    <section class="report" aria-label="Resultat">
      <Summary report={report} />
      {!scored && (
        <p class="notice" role="note">
          Dokumentet ser inte ut att vara en samverkansöverenskommelse, ett medborgarlöfte eller en
          aktivitetsplan och poängsätts inte. Välj dokumenttyp ovan om gissningen är fel.
        </p>
      )}
      <div class="tabs" role="tablist" aria-label="Visa">
        {(
          [
            ['punkter', 'De 17 punkterna'],
            ['rodtrad', 'Röd tråd'],
            ['mal', 'Mål'],
          ] as const
        ).map(([id, label]) => (
          <button
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(e) => {
              const order: Tab[] = ['punkter', 'rodtrad', 'mal'];
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const next = order[(order.indexOf(tab) + step + order.length) % order.length] ?? 'punkter';
              setTab(next);
              (e.currentTarget.parentElement?.querySelector(`#tab-${next}`) as HTMLElement | null)?.focus();
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'punkter' && <Points checks={report.checks} onEvidence={onEvidence} />}
        {tab === 'rodtrad' && <RedThread report={report} />}
        {tab === 'mal' && <Goals report={report} />}
      </div>
    </section>
  );
}

function Summary({ report }: { report: Report }) {
  const s = report.score;
  return (
    <div class="summary">
      <p class="total" data-testid="total">
        <span class="big">{s.percent === null ? '–' : `${Math.round(s.percent)} %`}</span>
        <span>
          {s.points} av {s.max} poäng · {DOC_TYPE_LABEL[report.type]} · {AKTUELL_LABEL[report.aktuell]}
        </span>
      </p>
      <ul class="areas" aria-label="Områden">
        {Object.entries(s.areas).map(([area, a]) => (
          <li key={area} data-area={area}>
            <span class="area-name">
              {area} {a.title}
            </span>
            <span class="bar" aria-hidden="true">
              <span style={{ width: `${a.percent ?? 0}%` }} />
            </span>
            <span class="area-points">{a.max === 0 ? 'ej tillämpligt' : `${a.points}/${a.max}`}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Points({ checks, onEvidence }: { checks: Finding[]; onEvidence?: (e: Evidence) => void }) {
  return (
    <ol class="points" aria-label="Punkter">
      {checks.map((f) => (
        <li key={f.id} class="point" data-id={f.id} data-level={levelKey(f)}>
          <details>
            <summary>
              <span class={`level level-${levelKey(f)}`}>{levelText(f)}</span>
              <span class="point-title">
                {f.id} {f.title}
              </span>
            </summary>
            <div class="point-body">
              {f.notes.map((n) => (
                <p key={n} class="note">
                  Obs: {n}
                </p>
              ))}
              {f.advice && (
                <p class="advice">
                  <strong>Råd:</strong> {f.advice}
                </p>
              )}
              {f.evidence.length > 0 && (
                <ul class="evidence" aria-label={`Belägg för ${f.id}`}>
                  {f.evidence.map((e) => (
                    <li key={`${e.start}-${e.end}`}>
                      {onEvidence ? (
                        <button
                          type="button"
                          class="quote"
                          onClick={() => onEvidence(e)}
                          title="Visa stället i texten"
                        >
                          ”{plainText(e.quote)}”
                        </button>
                      ) : (
                        <q class="quote">{plainText(e.quote)}</q>
                      )}
                      <span class="where">{where(e)}</span>
                    </li>
                  ))}
                </ul>
              )}
              <p class="source">Källa: {f.source}</p>
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}

export function where(e: Evidence): string {
  const parts: string[] = [];
  if (e.file) parts.push(e.file);
  if (e.page) parts.push(`s. ${e.page}`);
  if (e.headingPath.length) parts.push(e.headingPath.join(' › '));
  return parts.join(' · ');
}

const CHAIN = [
  ['picture', 'Lägesbild'],
  ['causes', 'Orsak'],
  ['goals', 'Mål'],
  ['measures', 'Åtgärd'],
  ['followUp', 'Uppföljning'],
] as const;

function RedThread({ report }: { report: Report }) {
  if (report.redThread.length === 0)
    return <p class="empty">Inga fokusområden hittades, så den röda tråden kan inte följas.</p>;
  return (
    <table class="matrix">
      <caption>Röd tråd per fokusområde: lägesbild → orsak → mål → åtgärd → uppföljning</caption>
      <thead>
        <tr>
          <th scope="col">Fokusområde</th>
          {CHAIN.map(([, label]) => (
            <th scope="col" key={label}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.redThread.map((row) => (
          <tr key={row.focusArea}>
            <th scope="row">{row.focusArea}</th>
            {CHAIN.map(([key, label]) => (
              <td key={key} class={row[key] ? 'yes' : 'no'}>
                {row[key] ? '✓ finns' : '✗ saknas'}
                <span class="sr-only"> ({label})</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Goals({ report }: { report: Report }) {
  if (report.goals.length === 0) return <p class="empty">Inga mål hittades.</p>;
  return (
    <ul class="goals">
      {report.goals.map((g) => (
        <li key={`${g.start}-${g.end}`} class={`goal goal-${g.kind}`}>
          <p class="goal-text">{g.text}</p>
          <dl>
            <dt>Typ</dt>
            <dd>{GOAL_KIND_LABEL[g.kind]}</dd>
            <dt>Indikator</dt>
            <dd>{g.indicator ?? '–'}</dd>
            <dt>Utgångsvärde</dt>
            <dd>{g.baseline ?? '–'}</dd>
            <dt>Målvärde</dt>
            <dd>{g.target ?? '–'}</dd>
            <dt>Till när</dt>
            <dd>{g.deadline ?? '–'}</dd>
          </dl>
          {g.vague.length > 0 && <p class="vague">Vaga verb: {g.vague.join(', ')}</p>}
        </li>
      ))}
    </ul>
  );
}
