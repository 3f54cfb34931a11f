/** Text normalisation shared by every ingester: what is left when the format is gone. */

const LIGATURES: Record<string, string> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };

const BROKEN_WORD =
  /(\p{Ll})- (?!(?:och|eller|samt|respektive|resp\.|till|som|men|&)(?=[\s,.;:]|$))(?=\p{Ll})/gu;

/** Collapse whitespace, drop invisible characters, unify dashes and quotes that extraction varies on. */
export function normaliseInline(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c)
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/[\u2010\u2011]/g, '-')
      // Smart punctuation (pandoc, Word's autocorrect) against the plain marks a Markdown source types.
      .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
      .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
      .replace(/\u2026/g, '...')
      .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
      // "de- cember", "läges- bild": a line-end hyphenation left by a paste; "brotts- och" is a compound.
      .replace(BROKEN_WORD, '$1')
      .trim()
  );
}

const TOC_HEADING =
  /^(innehåll|innehållsförteckning|innehållsförteckning och läsanvisning|läsanvisning(ar)?|(dokumentets\s+)?disposition|så\s+läser\s+du\s+(dokumentet|överenskommelsen|planen))$/i;
const DOT_LEADER = /(\.{3,}|…{2,}|(\. ){3,}|_{4,})\s*\d{1,3}\s*$/;

export function isTocHeading(text: string): boolean {
  return TOC_HEADING.test(text.replace(/[:.]$/, '').trim());
}

/** "Versionshistorik", "Ändringar jämfört med version 2.0": what a revision changed, told about the text rather than in it. */
const CHANGE_LOG_HEADING =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:versionshistorik|revisionshistorik|dokumenthistorik|ändringslogg|ändringsförteckning|(?:sammanfattning\s+av\s+)?ändringar(?:na)?\s+(?:jämfört\s+med|sedan|mot)\s+(?:version|föregående|förra|tidigare|den\s+förra|den\s+föregående)|vad\s+har\s+ändrats)/iu;

export function isChangeLogHeading(text: string): boolean {
  return CHANGE_LOG_HEADING.test(text.trim());
}

/** A table-of-contents line: dot leaders to a page number (not a year: "Ramnåsa den ________ 2025"). */
export function isTocLine(text: string): boolean {
  return DOT_LEADER.test(text);
}

const SIGNATURE_HEADING =
  /^(\d+(\.\d+)*\.?\s+)?(underskrift(er)?|undertecknande|signaturer|undertecknat|signering|sign-?off|signatures?|signerad(\s+(elektroniskt|digitalt))?|(elektronisk|digital)(a)?\s+(signering|underskrift(er)?))$/i;

export function isSignatureHeading(text: string): boolean {
  return SIGNATURE_HEADING.test(text.replace(/[:.]$/, '').trim());
}

/** "Utgår: …", "**Struken text:** …": a revision's removed text, kept to be read but no longer in force. */
const STRUCK = /^\**\s*(?:utgår|utgående\s+text|struken\s+text|stryks|tas\s+bort|borttagen\s+text)\s*:/iu;

export function isStruck(text: string): boolean {
  return STRUCK.test(text);
}
