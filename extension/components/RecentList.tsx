import type { Recent } from '../lib/storage.ts';

/** Recent results kept in the browser's local storage, with a way to forget them. */
export function RecentList({ recent, onForget }: { recent: Recent[]; onForget: () => void }) {
  return (
    <section class="recent" aria-labelledby="recent-h">
      <h2 id="recent-h">Senaste granskningar</h2>
      {recent.length === 0 ? (
        <p class="empty">Inga sparade resultat. Resultat sparas bara i den här webbläsaren.</p>
      ) : (
        <ul>
          {recent.map((r) => (
            <li key={r.name + r.at}>
              <span class="recent-name">{r.name}</span>{' '}
              <span class="recent-score">{r.percent === null ? '–' : `${Math.round(r.percent)} %`}</span>{' '}
              <time dateTime={r.at}>{new Date(r.at).toLocaleDateString('sv-SE')}</time>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onForget}>
        Glöm sparade resultat och inställningar
      </button>
    </section>
  );
}
