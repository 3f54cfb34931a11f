import type { Report } from '../../core/check.ts';
import { levelText } from './labels.ts';

/** Two versions point by point, as the 2021 follow-up review compared them. */
export function Compare({ older, newer }: { older: Report; newer: Report }) {
  return (
    <table class="matrix compare">
      <caption>
        Jämförelse: {older.file} → {newer.file}
      </caption>
      <thead>
        <tr>
          <th scope="col">Punkt</th>
          <th scope="col">Före</th>
          <th scope="col">Efter</th>
          <th scope="col">Förändring</th>
        </tr>
      </thead>
      <tbody>
        {newer.checks.map((n) => {
          const o = older.checks.find((c) => c.id === n.id);
          const d = o && o.level !== null && n.level !== null ? n.level - o.level : 0;
          return (
            <tr key={n.id} data-id={n.id}>
              <th scope="row">
                {n.id} {n.title}
              </th>
              <td>{o ? levelText(o) : '–'}</td>
              <td>{levelText(n)}</td>
              <td class={d > 0 ? 'up' : d < 0 ? 'down' : undefined}>
                {d > 0 ? `bättre (+${d})` : d < 0 ? `sämre (${d})` : 'oförändrad'}
              </td>
            </tr>
          );
        })}
        <tr>
          <th scope="row">Totalt</th>
          <td>{older.score.percent ?? '–'} %</td>
          <td>{newer.score.percent ?? '–'} %</td>
          <td>
            {older.score.percent !== null && newer.score.percent !== null
              ? `${Math.round((newer.score.percent - older.score.percent) * 10) / 10} procentenheter`
              : '–'}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
