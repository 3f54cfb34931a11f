/** Sentence segmentation (Intl.Segmenter, Swedish) that keeps offsets into the document text. */

const segmenter = new Intl.Segmenter('sv', { granularity: 'sentence' });

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Split a block's text into sentences; `base` is the block's offset in the document text. */
export function splitSentences(text: string, base: number): Span[] {
  const out: Span[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const lead = segment.indexOf(trimmed);
    const start = base + index + lead;
    const previous = out.at(-1);
    // Abbreviations and numbered references ("kap. 3", "t.ex.") end no sentence.
    if (
      previous &&
      /(\b(t\.ex|bl\.a|m\.m|kap|s|nr|jfr|ca|kl|resp|dvs|osv|fr\.o\.m|t\.o\.m)\.|\d\.)$/i.test(previous.text)
    ) {
      previous.text = text.slice(previous.start - base, start - base + trimmed.length);
      previous.end = start + trimmed.length;
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
  return title
    .replace(/^(?:(?:avsnitt|bilaga|kapitel)\s+)?(?:\d+(?:\.\d+)*|[A-Z]|[IVX]+)[.):]?\s+/i, '')
    .trim();
}
