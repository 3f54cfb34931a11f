// @vitest-environment happy-dom
/** The side panel shows hostile quotes and file names as text: no element, no handler, no bidi override. */
import { h, render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { CountyTable } from '../../extension/components/CountyTable.tsx';
import { ReportView } from '../../extension/components/ReportView.tsx';
import { IDS, sampleReport } from '../render/sample.ts';

const IMG = '<img src=x onerror=alert(1)>';
const QUOTE = `Lägesbild ${IMG} <script>alert(2)</script> rapport\u202Efdp.exe`;

afterEach(() => {
  document.body.innerHTML = '';
});

// biome-ignore lint/suspicious/noExplicitAny: any component under test.
function mount(vnode: VNode<any>): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => render(vnode, el));
  return el;
}

describe('hostile document text in the extension', () => {
  it.each([false, true])('ReportView shows a quote with markup as text (clickable: %s)', (clickable) => {
    const report = sampleReport({ file: `${IMG}.pdf`, quote: () => QUOTE, levels: IDS.map(() => 2) });
    const el = mount(h(ReportView, { report, ...(clickable ? { onEvidence: () => {} } : {}) }));
    expect(el.querySelectorAll('img, script, [onerror]')).toHaveLength(0);
    const quotes = [...el.querySelectorAll('.quote')].map((q) => q.textContent ?? '');
    expect(quotes).toHaveLength(17);
    for (const q of quotes) {
      expect(q).toContain(IMG);
      expect(q).not.toContain('\u202E');
    }
  });

  it('the county table shows a hostile file name as text', () => {
    const report = sampleReport({ file: `${IMG}.pdf` });
    const rows = [
      { id: 'a', name: `${IMG}.pdf`, report },
      { id: 'b', name: `${IMG}.docx`, error: QUOTE },
    ];
    const el = mount(h(CountyTable, { rows, compare: [], onOpen: () => {}, onToggleCompare: () => {} }));
    expect(el.querySelectorAll('img, script, [onerror]')).toHaveLength(0);
    expect(el.textContent).toContain(IMG);
  });
});
