import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Evidence } from '../../../core/analyse/analysis.ts';
import { DropZone } from '../../components/DropZone.tsx';
import { RecentList } from '../../components/RecentList.tsx';
import { ReportView } from '../../components/ReportView.tsx';
import { SettingsBar } from '../../components/SettingsBar.tsx';
import { type Span, TextPreview } from '../../components/TextPreview.tsx';
import {
  type Checked,
  checkDoc,
  checkFile,
  checkText,
  DEFAULT_SETTINGS,
  errorMessage,
  type Settings,
} from '../../lib/engine.ts';
import { LiveChecker } from '../../lib/live-check.ts';
import {
  forgetAll,
  loadRecent,
  loadSettings,
  type Recent,
  remember,
  saveSettings,
} from '../../lib/storage.ts';
import { fetchTabPdf, highlightInTab, readTab, targetTab } from '../../lib/tabs.ts';
import { selectInTextarea } from '../../lib/textarea.ts';
import type { PendingRequest } from '../background.ts';

/** Where the checked text came from decides where evidence is shown. */
type Source = { kind: 'typed' } | { kind: 'file' } | { kind: 'page'; tabId: number };

const DEBOUNCE_MS = 250;

export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [result, setResult] = useState<Checked & { source: Source }>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [mark, setMark] = useState<Span>();
  const [recent, setRecent] = useState<Recent[]>([]);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const sourceRef = useRef<Source['kind']>('typed');
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadRecent().then(setRecent);
  }, []);

  const show = useCallback(async (checked: Checked, source: Source, keep: boolean) => {
    sourceRef.current = source.kind;
    setResult({ ...checked, source });
    setMark(undefined);
    setError('');
    setStatus(`Granskat: ${checked.doc.name} (${Math.max(1, Math.round(checked.ms))} ms).`);
    if (keep) setRecent(await remember(checked.doc.name, checked.report));
  }, []);

  const fail = useCallback((e: unknown) => {
    setError(errorMessage(e));
    setStatus('');
  }, []);

  const live = useRef<LiveChecker>(undefined);
  useEffect(() => {
    live.current = new LiveChecker(
      (checked) => {
        // A file or page checked meanwhile is not replaced by the draft's late result.
        if (sourceRef.current === 'typed') void show(checked, { kind: 'typed' }, false);
      },
      (message) => fail(new Error(message)),
    );
    return () => live.current?.dispose();
  }, [show, fail]);
  const checkTyped = useCallback(() => {
    const text = textarea.current?.value ?? '';
    sourceRef.current = 'typed';
    if (text.trim() === '') {
      setResult(undefined);
      setStatus('');
      return;
    }
    setStatus('Granskar …');
    live.current?.check(text, 'Inskriven text', settingsRef.current);
  }, []);

  const onInput = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(checkTyped, DEBOUNCE_MS);
  };

  const onFiles = async ([file]: File[]) => {
    if (!file) return;
    setStatus(`Läser ${file.name} …`);
    try {
      const checked = await checkFile(
        new Uint8Array(await file.arrayBuffer()),
        file.name,
        settingsRef.current,
      );
      await show(checked, { kind: 'file' }, true);
    } catch (e) {
      fail(e);
    }
  };

  const fromTab = useCallback(
    async (what: 'page' | 'selection' | 'pdf', tabIdGiven?: number, fallbackText?: string) => {
      setError('');
      setStatus(what === 'pdf' ? 'Hämtar PDF:en …' : 'Läser sidan …');
      try {
        const tabId = tabIdGiven ?? (await targetTab());
        if (tabId === undefined) throw new Error('Ingen flik att läsa.');
        if (what === 'pdf') {
          const { bytes, name } = await fetchTabPdf(tabId);
          await show(await checkFile(bytes, name, settingsRef.current), { kind: 'file' }, true);
          return;
        }
        const page = await readTab(tabId, what).catch((e) => {
          if (fallbackText) return { text: fallbackText, title: 'Markering', url: '', isPdf: false };
          throw e;
        });
        if (page.isPdf) return await fromTab('pdf', tabId);
        const text = page.text.trim() || fallbackText || '';
        if (!text)
          throw new Error(
            what === 'selection' ? 'Ingen text är markerad på sidan.' : 'Sidan har ingen text.',
          );
        const name = what === 'selection' ? `Markering på ${page.title || page.url}` : page.title || page.url;
        await show(checkText(text, name, settingsRef.current), { kind: 'page', tabId }, true);
      } catch (e) {
        fail(e);
      }
    },
    [show, fail],
  );

  // Requests from the context menu, whether the panel was open already or has just opened.
  useEffect(() => {
    const take = async () => {
      const { pending } = (await browser.storage.session.get('pending')) as { pending?: PendingRequest };
      if (!pending || Date.now() - pending.at > 60_000) return;
      await browser.storage.session.remove('pending');
      void fromTab(pending.what, pending.tabId, pending.text);
    };
    void take().catch(() => {});
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && 'pending' in changes) void take().catch(() => {});
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [fromTab]);

  const onSettings = (next: Settings) => {
    setSettings(next);
    settingsRef.current = next;
    void saveSettings(next);
    if (result?.source.kind === 'typed') checkTyped();
    else if (result) void show(checkDoc(result.doc, next), result.source, false);
  };

  const onEvidence = (e: Evidence) => {
    if (!result) return;
    if (result.source.kind === 'page') {
      void highlightInTab(result.source.tabId, e.quote).then((ok) => {
        setStatus(ok ? 'Stället är markerat på sidan.' : 'Stället hittades inte på sidan.');
      });
    } else if (result.source.kind === 'file') {
      setMark({ start: e.start, end: e.end });
    } else {
      selectInTextarea(textarea.current, e.quote);
    }
  };

  return (
    <main class="panel">
      <header class="top">
        <h1>Samverkanskollen</h1>
        <a href="/review.html" target="_blank" rel="noopener">
          Granska flera dokument
        </a>
      </header>
      <fieldset class="actions">
        <legend class="sr-only">Granska från fliken</legend>
        <button type="button" onClick={() => fromTab('page')}>
          Granska sidan
        </button>
        <button type="button" onClick={() => fromTab('selection')}>
          Granska markeringen
        </button>
        <button type="button" onClick={() => fromTab('pdf')}>
          Granska PDF:en i fliken
        </button>
      </fieldset>
      <label class="textlabel" for="draft">
        Skriv eller klistra in text att granska
      </label>
      <textarea
        id="draft"
        ref={textarea}
        rows={8}
        onInput={onInput}
        placeholder="Klistra in en samverkansöverenskommelse eller ett medborgarlöfte …"
        spellcheck={false}
      />
      <DropZone label="Välj fil …" onFiles={onFiles} />
      <SettingsBar settings={settings} detected={result?.report.detectedType} onChange={onSettings} />
      <p class="status" role="status" aria-live="polite" data-testid="status">
        {status}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {result && <ReportView report={result.report} onEvidence={onEvidence} />}
      {result?.source.kind === 'file' && (
        <details class="preview-box" open={mark !== undefined}>
          <summary>Förhandsvisning av texten</summary>
          <TextPreview doc={result.doc} mark={mark} />
        </details>
      )}
      <RecentList
        recent={recent}
        onForget={async () => {
          await forgetAll();
          setRecent([]);
          setSettings(DEFAULT_SETTINGS);
          setStatus('Sparade resultat och inställningar är glömda.');
        }}
      />
    </main>
  );
}
