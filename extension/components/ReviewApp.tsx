import { useEffect, useRef, useState } from 'preact/hooks';
import type { Document } from '../../core/model/document.ts';
import {
  type Checked,
  checkDoc,
  checkFile,
  DEFAULT_SETTINGS,
  errorMessage,
  type Settings,
} from '../lib/engine.ts';
import { download, toCsv, toHtml, toJson } from '../lib/export.ts';
import { loadSettings, saveSettings } from '../lib/storage.ts';
import { Compare } from './Compare.tsx';
import { CountyTable, Inventory, type Row } from './CountyTable.tsx';
import { DropZone } from './DropZone.tsx';
import { ReportView } from './ReportView.tsx';
import { SettingsBar } from './SettingsBar.tsx';
import { type Span, TextPreview } from './TextPreview.tsx';

type Item = Row & { doc?: Document };

/** "Granska flera dokument": many files, the county table, one document's details, two compared. */
export function ReviewApp({ web = false }: { web?: boolean }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [items, setItems] = useState<Item[]>([]);
  const [selected, setSelected] = useState<string>();
  const [compare, setCompare] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [mark, setMark] = useState<Span>();
  const seq = useRef(0);
  const detail = useRef<HTMLElement>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);

  const onFiles = async (files: File[]) => {
    const added: Item[] = files.map((f) => ({ id: `f${++seq.current}`, name: f.name }));
    setItems((prev) => [...prev, ...added]);
    for (const [i, file] of files.entries()) {
      setStatus(`Granskar ${i + 1} av ${files.length}: ${file.name} …`);
      const id = added[i]?.id;
      let patch: Partial<Item>;
      try {
        const c: Checked = await checkFile(new Uint8Array(await file.arrayBuffer()), file.name, settings);
        patch = { report: c.report, doc: c.doc };
      } catch (e) {
        patch = { error: errorMessage(e) };
      }
      setItems((prev) => prev.map((it) => (it.id === id ? { ...it, ...patch } : it)));
    }
    setStatus(`${files.length} ${files.length === 1 ? 'fil granskad' : 'filer granskade'}.`);
  };

  const onSettings = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
    setItems((prev) => prev.map((it) => (it.doc ? { ...it, report: checkDoc(it.doc, next).report } : it)));
  };

  const reports = items.flatMap((it) => (it.report ? [it.report] : []));
  const open = items.find((it) => it.id === selected);
  const pair = compare.map((id) => items.find((it) => it.id === id)?.report).filter((r) => r !== undefined);

  return (
    <main class="page">
      <header class="top">
        <h1>Granska flera dokument</h1>
        <p>
          {web
            ? 'Allt körs i webbläsaren, inget laddas upp.'
            : 'Allt körs i webbläsaren, inget lämnar datorn.'}
        </p>
      </header>
      <DropZone multiple label="Välj filer …" onFiles={onFiles}>
        <span>
          … eller släpp kommunernas överenskommelser och medborgarlöften här (.pdf, .docx, .md, .txt)
        </span>
      </DropZone>
      <SettingsBar settings={settings} onChange={onSettings} />
      <p class="status" role="status" aria-live="polite" data-testid="status">
        {status}
      </p>
      {items.length > 0 && (
        <>
          <Inventory reports={reports} />
          <fieldset class="toolbar">
            <legend class="sr-only">Exportera</legend>
            <button
              type="button"
              disabled={!reports.length}
              onClick={() =>
                download('samverkanskollen.csv', 'text/csv;charset=utf-8', `\ufeff${toCsv(reports)}`)
              }
            >
              Exportera CSV
            </button>
            <button
              type="button"
              disabled={!reports.length}
              onClick={() => download('samverkanskollen.json', 'application/json', toJson(reports))}
            >
              Exportera JSON
            </button>
            <button
              type="button"
              disabled={!reports.length}
              onClick={() => download('samverkanskollen.html', 'text/html;charset=utf-8', toHtml(reports))}
            >
              Exportera HTML
            </button>
            <button
              type="button"
              onClick={() => {
                setItems([]);
                setSelected(undefined);
                setCompare([]);
              }}
            >
              Töm listan
            </button>
          </fieldset>
          <CountyTable
            rows={items}
            selected={selected}
            compare={compare}
            onOpen={(id) => {
              setSelected(id);
              setMark(undefined);
              requestAnimationFrame(() => detail.current?.focus());
            }}
            onToggleCompare={(id) =>
              setCompare((prev) =>
                prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id].slice(-2),
              )
            }
          />
          <p class="hint">Markera två dokument under ”Jämför” för att jämföra versioner punkt för punkt.</p>
        </>
      )}
      {pair.length === 2 && pair[0] && pair[1] && (
        <section aria-label="Jämförelse">
          <h2>Jämförelse</h2>
          <Compare older={pair[0]} newer={pair[1]} />
        </section>
      )}
      {open?.report && open.doc && (
        <section class="detail" ref={detail} tabIndex={-1} aria-labelledby="detail-h">
          <h2 id="detail-h">{open.name}</h2>
          <ReportView report={open.report} onEvidence={(e) => setMark({ start: e.start, end: e.end })} />
          <details class="preview-box" open={mark !== undefined}>
            <summary>Förhandsvisning av texten</summary>
            <TextPreview doc={open.doc} mark={mark} />
          </details>
        </section>
      )}
    </main>
  );
}
