// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { checkText, DEFAULT_SETTINGS } from '../../extension/lib/engine.ts';
import { toCsv } from '../../extension/lib/export.ts';
import { highlightQuote, readPageText } from '../../extension/lib/page-functions.ts';
import { selectInTextarea } from '../../extension/lib/textarea.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('reading a page', () => {
  it('keeps headings, list items and table rows so the analysis sees sections', () => {
    document.body.innerHTML = `<nav><p>Meny</p></nav><main><h1>Medborgarlöfte 2025</h1><p>Vi lovar att</p>
      <ul><li>öka närvaron</li></ul><table><tr><td>Mål</td><td>Mått</td></tr></table></main>`;
    const { text } = readPageText('page');
    expect(text).toBe('# Medborgarlöfte 2025\n\nVi lovar att\n\n- öka närvaron\n\n| Mål | Mått |');
  });
});

describe('highlighting a quote', () => {
  it('finds a quote across text nodes, ignoring case, spacing and curly quotes', () => {
    document.body.innerHTML = '<p>Polisen och <b>kommunen</b>   ska   ”minska” otryggheten i centrum.</p>';
    expect(highlightQuote('kommunen ska "minska" otryggheten')).toBe(true);
    expect(String(window.getSelection()).replace(/\s+/g, ' ')).toBe('kommunen ska ”minska” otryggheten');
  });

  it('reports a passage that is not on the page', () => {
    document.body.innerHTML = '<p>Något helt annat.</p>';
    expect(highlightQuote('orsaksanalys')).toBe(false);
  });
});

describe('the draft', () => {
  it('selects a quoted passage in the text area', () => {
    const ta = document.createElement('textarea');
    ta.value = 'Rad ett.\nVi ska   följa upp\nmålen varje år.';
    document.body.append(ta);
    expect(selectInTextarea(ta, 'följa upp målen')).toBe(true);
    expect(ta.value.slice(ta.selectionStart, ta.selectionEnd)).toBe('följa upp\nmålen');
  });
});

describe('CSV export', () => {
  it('writes one row per document and defuses formula-like names', () => {
    const r = checkText('# Samverkansöverenskommelse\n\nText.', '=HYPERLINK(x).md', DEFAULT_SETTINGS).report;
    const [head, row] = toCsv([r]).split('\r\n');
    expect(head?.split(',')).toHaveLength(3 + 17 + 1 + 5);
    expect(row?.startsWith("'=HYPERLINK(x).md")).toBe(true);
  });
});
