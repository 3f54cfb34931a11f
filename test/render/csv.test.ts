import { describe, expect, it } from 'vitest';
import { csvCell, renderCsv } from '../../core/render/csv.ts';
import { IDS, sampleReport } from './sample.ts';

/** A minimal RFC 4180 reader, to check the writer round-trips. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('renderCsv', () => {
  it('writes one row per document with file, type, aktuell, K01–K17, total and areas', () => {
    const csv = renderCsv([
      sampleReport(),
      sampleReport({ file: 'solvik-ml-2024.md', type: 'medborgarlofte' }),
    ]);
    const rows = parse(csv);
    expect(rows[0]?.slice(0, 3)).toEqual(['fil', 'typ', 'aktuell']);
    expect(rows[0]?.slice(3, 20)).toEqual(IDS);
    expect(rows[0]?.[20]).toBe('totalt_procent');
    expect(rows[0]?.slice(21, 26).map((h) => h[0])).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(rows).toHaveLength(3);
    const r = sampleReport();
    expect(rows[1]?.slice(3, 20)).toEqual(r.checks.map((c) => String(c.level)));
    expect(rows[1]?.[20]).toBe(String(r.score.percent));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('säger "hej"')).toBe('"säger ""hej"""');
    expect(csvCell('rad\nny')).toBe('"rad\nny"');
    const rows = parse(renderCsv([sampleReport({ file: 'kommun, "ny"\nversion.pdf' })]));
    expect(rows[1]?.[0]).toBe('kommun, "ny"\nversion.pdf');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('ekby.pdf')).toBe('ekby.pdf');
    const rows = parse(
      renderCsv(
        [sampleReport({ file: '=cmd|calc.pdf' })],
        [{ file: '@evil.pdf', error: '-fel', code: 'corrupt' }],
      ),
    );
    expect(rows[1]?.[0]).toBe("'=cmd|calc.pdf");
    expect(rows[2]?.[0]).toBe("'@evil.pdf");
    expect(rows[2]?.at(-1)).toBe("'-fel");
  });

  it('leaves the points of a non-collaboration document and of an unreadable file empty', () => {
    const rows = parse(
      renderCsv(
        [sampleReport({ type: 'inte-samverkansdokument' })],
        [{ file: 'trasig.pdf', error: 'PDF-filen är skadad.', code: 'corrupt' }],
      ),
    );
    expect(rows[1]?.slice(3, 21).every((c) => c === '')).toBe(true);
    expect(rows[2]?.[0]).toBe('trasig.pdf');
    expect(rows[2]?.at(-1)).toBe('PDF-filen är skadad.');
  });
});
