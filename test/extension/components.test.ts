// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Compare } from '../../extension/components/Compare.tsx';
import { CountyTable } from '../../extension/components/CountyTable.tsx';
import { ReportView } from '../../extension/components/ReportView.tsx';
import { TextPreview } from '../../extension/components/TextPreview.tsx';
import { checkText, DEFAULT_SETTINGS } from '../../extension/lib/engine.ts';

const md = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures/corpus/md', name), 'utf8');
const ekby = checkText(md('ekby-so-2024-2027.md'), 'ekby-so-2024-2027.md', DEFAULT_SETTINGS);
const old = checkText(md('hagalund-so-2019-2021.md'), 'hagalund-so-2019-2021.md', DEFAULT_SETTINGS);

// biome-ignore lint/suspicious/noExplicitAny: any component under test.
function mount(vnode: VNode<any>): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => render(vnode, el));
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ReportView', () => {
  it('shows the total, the five areas and every point with the level check() gave', () => {
    const el = mount(h(ReportView, { report: ekby.report }));
    expect(el.querySelector('[data-testid=total]')?.textContent).toContain(`${ekby.report.score.points} av`);
    expect(el.querySelectorAll('.areas li')).toHaveLength(5);
    const points = [...el.querySelectorAll<HTMLElement>('.point')];
    expect(points).toHaveLength(17);
    expect(points.map((p) => [p.dataset.id, p.dataset.level])).toEqual(
      ekby.report.checks.map((c) => [c.id, c.level === null ? 'na' : String(c.level)]),
    );
  });

  it('hands a clicked piece of evidence to the caller', () => {
    const onEvidence = vi.fn();
    const el = mount(h(ReportView, { report: ekby.report, onEvidence }));
    const finding = ekby.report.checks.find((c) => c.evidence.length > 0);
    const button = el.querySelector<HTMLButtonElement>(`.point[data-id="${finding?.id}"] .evidence button`);
    act(() => button?.click());
    expect(onEvidence).toHaveBeenCalledWith(finding?.evidence[0]);
  });

  it('switches to the röd-tråd matrix and the goals, also with the arrow keys', () => {
    const el = mount(h(ReportView, { report: ekby.report }));
    act(() => el.querySelector<HTMLButtonElement>('#tab-rodtrad')?.click());
    expect(el.querySelector('#tab-rodtrad')?.getAttribute('aria-selected')).toBe('true');
    expect(el.querySelector('.matrix, .empty')).not.toBeNull();
    act(() => {
      el.querySelector('#tab-rodtrad')?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }),
      );
    });
    expect(el.querySelector('#tab-mal')?.getAttribute('aria-selected')).toBe('true');
    expect(el.querySelectorAll('.goal').length).toBe(ekby.report.goals.length);
  });

  it('says so when the text is not a collaboration document', () => {
    const other = checkText('# Verksamhetsplan\n\nVi ska följa upp budgeten.', 'vp.md', {
      ...DEFAULT_SETTINGS,
      type: 'inte-samverkansdokument',
    });
    const el = mount(h(ReportView, { report: other.report }));
    expect(el.querySelector('.notice')?.textContent).toContain('poängsätts inte');
  });
});

describe('TextPreview', () => {
  it('marks exactly the passage of the evidence', () => {
    const e = ekby.report.checks.flatMap((c) => c.evidence)[0];
    if (!e) throw new Error('no evidence');
    const el = mount(h(TextPreview, { doc: ekby.doc, mark: { start: e.start, end: e.end } }));
    const mark = el.querySelector('mark.hit');
    const marked = mark?.textContent ?? '';
    expect(marked.length).toBeGreaterThan(0);
    // The mark is the evidence's span, cut at its block's end when the span runs on.
    expect(ekby.doc.text.slice(e.start, e.end).startsWith(marked)).toBe(true);
  });
});

describe('CountyTable and Compare', () => {
  it('draws one heat-map cell per point and reports compare choices', () => {
    const onToggleCompare = vi.fn();
    const onOpen = vi.fn();
    const el = mount(
      h(CountyTable, {
        rows: [
          { id: 'a', name: 'ekby.md', report: ekby.report },
          { id: 'b', name: 'trasig.pdf', error: 'PDF:en är skadad.' },
        ],
        compare: [],
        onOpen,
        onToggleCompare,
      }),
    );
    expect(el.querySelectorAll('tr[data-row="ekby.md"] td[data-level]')).toHaveLength(17);
    expect(el.querySelector('tr[data-row="trasig.pdf"] .error')?.textContent).toBe('PDF:en är skadad.');
    act(() => el.querySelector<HTMLInputElement>('input[aria-label="Jämför ekby.md"]')?.click());
    expect(onToggleCompare).toHaveBeenCalledWith('a');
    act(() => el.querySelector<HTMLButtonElement>('tr[data-row="ekby.md"] button')?.click());
    expect(onOpen).toHaveBeenCalledWith('a');
  });

  it('compares two versions point by point', () => {
    const el = mount(h(Compare, { older: old.report, newer: ekby.report }));
    const rows = el.querySelectorAll('tbody tr[data-id]');
    expect(rows).toHaveLength(17);
    const ups = ekby.report.checks.filter((n) => {
      const o = old.report.checks.find((c) => c.id === n.id);
      return o?.level != null && n.level !== null && n.level > o.level;
    }).length;
    expect(el.querySelectorAll('td.up')).toHaveLength(ups);
  });
});
