/**
 * Hostile document text — HTML, script, Markdown links and images, terminal escapes, bidi
 * overrides, formula prefixes — comes out of every renderer as inert text.
 */
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../core/batch/compare.ts';
import { inventory } from '../../core/batch/inventory.ts';
import { renderCsv } from '../../core/render/csv.ts';
import { renderHtml } from '../../core/render/html.ts';
import { mdText, renderMarkdown, renderMarkdownBatch } from '../../core/render/markdown.ts';
import { lineText, plainText } from '../../core/render/safe.ts';
import { renderText, renderTextBatch, renderTextCompare } from '../../core/render/text.ts';
import { IDS, sampleReport } from './sample.ts';

const ESC = '\u001b';
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '[klicka här](https://evil.example/stöld)',
  '![spårpixel](https://evil.example/p.png)',
  '<https://evil.example>',
  'https://evil.example/auto',
  '&lt;b&gt;',
  `${ESC}[31mRÖD${ESC}[0m ${ESC}]8;;https://evil.example${ESC}\\länk${ESC}]8;;${ESC}\\ ${ESC}[2J${ESC}c`,
  'rapport\u202Efdp.exe \u2066isolerad\u2069 \u200Fmärke',
  '=HYPERLINK("https://evil.example")',
  'nollbyte\u0000 klocka\u0007 backsteg\u0008',
].join(' ');
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const hostile = () => sampleReport({ file: `${HOSTILE}.pdf`, quote: () => HOSTILE });

describe('plainText', () => {
  it('drops escape sequences, controls and bidi marks and keeps the words', () => {
    const out = plainText(HOSTILE);
    expect(out).not.toMatch(CONTROL);
    expect(out).not.toMatch(BIDI);
    expect(out).toContain('RÖD');
    expect(out).toContain('länk');
    expect(out).toContain('rapportfdp.exe');
    expect(lineText('a\tb\r\nc')).toBe('a b c');
    expect(plainText('Kommunen ska – enligt §3 – öka tryggheten 2025/26.')).toBe(
      'Kommunen ska – enligt §3 – öka tryggheten 2025/26.',
    );
  });
});

describe('the text report', () => {
  it('prints no escape sequence, control or bidi character from the document', () => {
    for (const out of [
      renderText(hostile()),
      renderTextBatch({
        reports: [hostile()],
        errors: [{ file: HOSTILE, error: HOSTILE, code: 'corrupt' }],
        inventory: inventory([hostile()], []),
      }),
      renderTextCompare(compareReports(sampleReport({ levels: IDS.map(() => 0) }), hostile())),
    ]) {
      expect(out).not.toContain(ESC);
      expect(out).not.toMatch(CONTROL);
      expect(out).not.toMatch(BIDI);
      expect(out).toContain('RÖD');
    }
  });

  it('keeps its own colours while stripping the document’s', () => {
    const out = renderText(hostile(), { color: true });
    expect(out).toContain(`${ESC}[1m`);
    expect(out).not.toContain(`${ESC}[31mRÖD`);
    expect(out).not.toContain(`${ESC}]8;`);
    expect(out).not.toContain(`${ESC}[2J`);
  });
});

describe('the Markdown report', () => {
  it('neutralises links, images, autolinks, HTML and entities in quotes', () => {
    const out = renderMarkdown(hostile());
    expect(out).not.toMatch(/\]\(/); // no [text](url) or ![alt](url)
    expect(out).not.toMatch(/(?<!\\)<[a-z/!]/i); // no raw tag or <autolink>
    expect(out).not.toMatch(/(?<!\\)https?:/); // no bare URL for GFM to autolink
    expect(out).not.toMatch(/(?<!\\)&lt;/);
    expect(out).not.toContain(ESC);
    expect(out).not.toMatch(BIDI);
    expect(out).toContain('\\[klicka här\\]\\(https\\://evil.example/stöld\\)');
    expect(out).toContain('\\!\\[spårpixel\\]');
    expect(out).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(mdText('a | b')).toBe('a \\| b');
  });

  it('escapes file names in the batch table', () => {
    const out = renderMarkdownBatch({
      reports: [hostile()],
      errors: [],
      inventory: inventory([hostile()], []),
    });
    expect(out).not.toMatch(/(?<!\\)<img/);
    expect(out).not.toMatch(/\]\(/);
  });
});

describe('the HTML report', () => {
  it('escapes markup and drops controls and bidi overrides', () => {
    const out = renderHtml([hostile()]);
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).not.toContain(ESC);
    expect(out).not.toMatch(BIDI);
    expect(out).not.toMatch(/href="https/);
  });
});

describe('the CSV', () => {
  it('prefixes formulas even behind a bidi mark or control character', () => {
    const csv = renderCsv(
      [sampleReport({ file: '\u202E=HYPERLINK("https://evil.example")' })],
      [{ file: '\u0007+cmd', error: HOSTILE, code: 'corrupt' }],
    );
    const lines = csv.split('\r\n');
    expect(lines[1]?.startsWith(`"'=HYPERLINK`)).toBe(true);
    expect(lines[2]?.startsWith("'+cmd")).toBe(true);
    expect(csv).not.toMatch(BIDI);
    expect(csv).not.toContain(ESC);
  });
});
