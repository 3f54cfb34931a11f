import { pattern } from '../analyse/pattern.ts';
import type { RawBlock } from './document.ts';

/**
 * Tables used as page layout rather than data. Municipal templates often set a whole agreement in
 * two-column tables: a label and its text ("Lägesbild | Både kommunens och polisens lägesbild visar
 * …"), or two columns of prose ("Vad vi har kommit överens om | Hur vi gör det"). Their text is read
 * as the headings and paragraphs it stands for, so every format yields the same structure.
 *
 * - A form table, where every label is short: each label becomes a heading one level below the
 *   section, and its text a paragraph under it.
 * - A prose table, where the first column holds sentences too: each cell becomes a paragraph, a short
 *   label leading its row's text ("Narkotika bland unga: Narkotikabrotten …").
 *
 * Tables whose second column is not mostly sentences (measures with owners, signatures, figures) are
 * left as tables.
 */
export function unfoldLayoutTables(raw: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  let level = 1;
  for (const b of raw) {
    if (b.kind === 'heading') level = b.level ?? 1;
    const rows = b.kind === 'table' ? layoutRows(b.rows) : undefined;
    if (!rows) {
      out.push(b);
      continue;
    }
    // "Fokusområde 1 | Otrygghet i centrum" over "Problem | …", "Orsaker | …": the area heads its rows.
    const head = b.rows?.[0]?.map((c) => c.trim()) ?? [];
    const area =
      rows.length < (b.rows?.length ?? 0) && AREA_HEADER.test(head[0] ?? '') && head[1] ? head : undefined;
    if (area)
      out.push({
        kind: 'heading',
        text: `${area[0]}: ${area[1]}`,
        level: Math.min(6, level + 1),
        origin: b.origin,
      });
    const depth = area ? 2 : 1;
    const form = rows.every(([label]) => label === '' || isLabel(label));
    for (const [label, content] of rows) {
      if (form && label !== '') {
        out.push({ kind: 'heading', text: label, level: Math.min(6, level + depth), origin: b.origin });
        // Lines set apart in the cell ("<br>" in Markdown, a line break in Word) are paragraphs of their own.
        // Formats that lose the break ("… påverka.2. Unga …") still show where an enumerated item starts.
        for (const line of content.split('\n').flatMap((l) => l.split(ITEM_START)))
          if (line.trim() !== '') out.push({ kind: 'paragraph', text: line, origin: b.origin });
      } else if (label !== '' && isLabel(label) && content !== '') {
        out.push({ kind: 'paragraph', text: `${label.replace(/[:.]$/, '')}: ${content}`, origin: b.origin });
      } else {
        for (const text of [label, content])
          if (text !== '') out.push({ kind: 'paragraph', text, origin: b.origin });
      }
    }
  }
  return out;
}

const MIN_ROWS = 2;
/** Where an item of a list run into one cell starts: "… påverka. 2. Unga …", "… (statistik).Mål 2. …", "– Polisen (Mål 1) …". */
const ITEM_START =
  /(?<=\p{L}{3}[.!?]|\)[.!?]?|[–-]\s*\p{L}+)\s*(?=(?:\d{1,2}\.|(?:mål|delmål|fokusområde|åtgärd|insats)\s+\d{1,2}[.:])\s+\p{Lu}|\((?:mål|delmål)\s+\d{1,2}\)\s)/iu;
const AREA_HEADER =
  /^(?:fokusområde|insatsområde|prioriterat\s+område|utvecklingsområde|område|tema)\s*\p{Lu}?\d{1,2}\s*[:.]?$/iu;
/** Share of second-column cells that must read as running text. */
const PROSE_SHARE = 0.6;
const LABEL_WORDS = 8;
const ROLE_HEADER = pattern(
  /(?<!\p{L})(?:vi\s+lovar|löfte\p{L}*|åtgärd\p{L}*|aktivitet\p{L}*|insats\p{L}*|ansvar\p{L}*|vem|när|tid\p{L}*|mål\p{L}*|indikator\p{L}*|orsak\p{L}*|effekt\p{L}*|status|mått|resultat\p{L}*)(?!\p{L})/iu,
);

/** "Nr | Område | Överenskommelse | Ansvarig": a numbering column and an owner column beside the label and its text. */
const NUMBER_CELL = /^(?:nr|\d{1,2}[.)]?|)$/iu;
const OWNER_HEADER = /^(?:ansvarig\p{L}*|ansvar|vem)$/iu;
/** Rows beyond which a labelled table with an owner column is the document itself, not a table within it. */
const WHOLE_AGREEMENT_ROWS = 6;

/** The label and text columns of an agreement set out as a table. */
function twoColumns(rows: string[][]): string[][] {
  if (rows.length < MIN_ROWS + 1 || rows.some((r) => r.length !== rows[0]?.length)) return rows;
  let out = rows;
  if ((out[0]?.length ?? 0) >= 3 && out.every((r) => NUMBER_CELL.test((r[0] ?? '').trim())))
    out = out.map((r) => r.slice(1));
  const last = (out[0]?.length ?? 0) - 1;
  // A whole agreement as one table: who answers for a row ("Båda parter", "Styrgruppen") says nothing the text does not.
  if (last === 2 && out.length > WHOLE_AGREEMENT_ROWS && OWNER_HEADER.test((out[0]?.[2] ?? '').trim()))
    out = out.map((r) => [r[0] ?? '', /^[–-]$/.test((r[1] ?? '').trim()) ? '' : (r[1] ?? '')]);
  return out;
}

/** The rows of a two-column layout table, without its header row; undefined for any other table. */
function layoutRows(given: string[][] | undefined): [string, string][] | undefined {
  const rows = given && twoColumns(given);
  if (!rows || rows.some((r) => r.length !== 2)) return undefined;
  const pairs = rows.map((r) => [(r[0] ?? '').trim(), (r[1] ?? '').trim()] as [string, string]);
  const [first] = pairs;
  // "Område | Innehåll", "Vad vi har kommit överens om | Hur vi gör det": a header naming no content.
  const header = first && !isProse(first[0]) && !isProse(first[1]);
  // "Vi lovar | Så här märks det", "Åtgärd | Ansvarig": columns with roles make a table of data.
  if (header && first.some((cell) => ROLE_HEADER.test(cell))) return undefined;
  const body = header ? pairs.slice(1) : pairs;
  const filled = body.filter(([, content]) => content !== '');
  if (filled.length < MIN_ROWS) return undefined;
  if (filled.filter(([, content]) => isProse(content)).length < PROSE_SHARE * filled.length) return undefined;
  return body;
}

/** Running text: a sentence with its full stop, or a long clause. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  return (words >= 6 && /[.!?]$/.test(text)) || words >= 14;
}

/** A short label: a few words and no sentence of its own. */
function isLabel(text: string): boolean {
  // "B. Bränder och skadegörelse vid skolorna": the enumerator is not one of the label's words.
  const words = text.replace(/^(?:\d+(?:\.\d+)*|\p{Lu})[.)]\s+/u, '').split(/\s+/);
  return words.length <= LABEL_WORDS && !/[.!?]$/.test(text);
}
