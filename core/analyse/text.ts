import { pattern } from './pattern.ts';

/** Sentence segmentation (Intl.Segmenter, Swedish) that keeps offsets into the document text. */

const segmenter = new Intl.Segmenter('sv', { granularity: 'sentence' });

export interface Span {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATION = pattern(
  /\b(t\.ex|bl\.a|m\.m|m\.fl|fr\.o\.m|t\.o\.m|kap|nr|jfr|ca|kl|resp|dvs|osv|ev|inkl|exkl|tel|st|milj|kr|s)\.$/i,
);

/**
 * Sentences of a whole text, segmented once (segmenting block by block costs four times as much).
 * `base` is the text's offset in the document text. A sentence never spans a line break.
 */
export function splitSentences(text: string, base = 0): Span[] {
  const out: Span[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const start = base + index + segment.indexOf(trimmed);
    const previous = out.at(-1);
    const sameLine = previous && !text.slice(previous.end - base, start - base).includes('\n');
    if (previous && sameLine && ABBREVIATION.test(previous.text)) {
      previous.end = start + trimmed.length;
      previous.text = text.slice(previous.start - base, previous.end - base);
      continue;
    }
    out.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}

/** Lower-case, diacritics kept (å/ä/ö are letters in Swedish), whitespace collapsed. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A heading's title without its section number: "3.1 Kommunens lägesbild" → "Kommunens lägesbild". */
export function stripNumbering(title: string): string {
  return (
    title
      // A letter or roman numeral only with its punctuation: "B. Mål", "IV) Uppföljning", never "Vi lovar".
      .replace(
        /^(?:(?:[Aa]vsnitt|[Bb]ilaga|[Kk]apitel)\s+)?(?:\d+(?:\.\d+)*[.):]?|\[\d+\]|(?:[A-Z]|[IVX]+)[.):])\s+/,
        '',
      )
      .trim()
  );
}

const MONTH =
  '(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)';
/**
 * Titles that name a time, not a problem: "Q1 – januari–mars", "Kvartal 2", "Våren 2026", "Vecka 12",
 * "Januari–juni", "Termin 1", "2026". A plan ordered by time has no focus areas in its headings.
 */
export const TIME_TITLE = new RegExp(
  `^(?:(?:Q|T|K)[1-4]|kvartal\\s*[1-4]|[1-4]\\s*:?\\s*(?:a|e)?\\s*kvartalet|tertial\\s*[1-3]|termin\\s*[1-2]|(?:vår|höst|sommar|vinter)(?:en|terminen)?|(?:vt|ht)\\s*\\d{2,4}|vecka\\s*\\d+|v\\.?\\s*\\d+|${MONTH}|20\\d\\d)(?![\\p{L}])(?:[\\s\\d.,:;()–-]|${MONTH}|och|till|samt)*$`,
  'iu',
);
