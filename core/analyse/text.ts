/** Sentence segmentation (Intl.Segmenter, Swedish) that keeps offsets into the document text. */

const segmenter = new Intl.Segmenter('sv', { granularity: 'sentence' });

export interface Span {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATION =
  /\b(t\.ex|bl\.a|m\.m|m\.fl|fr\.o\.m|t\.o\.m|kap|nr|jfr|ca|kl|resp|dvs|osv|ev|inkl|exkl|tel|st|milj|kr|s)\.$/i;

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
        /^(?:(?:[Aa]vsnitt|[Bb]ilaga|[Kk]apitel)\s+)?(?:\d+(?:\.\d+)*[.):]?|(?:[A-Z]|[IVX]+)[.):])\s+/,
        '',
      )
      .trim()
  );
}
