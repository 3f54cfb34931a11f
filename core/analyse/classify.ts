import type { Document } from '../model/document.ts';
import type { DocType } from './doctype.ts';
import { type Cue, matchAll, matches } from './lexicon.ts';
import { pattern } from './pattern.ts';

const ML: Cue[] = ['medborgarlöfte', 'medborgarlöften', '*löfte', '*löften', 'vi lovar'];
const SO: Cue[] = [
  'samverkansöverenskommelse',
  '*överenskommelse',
  'samverkansavtal',
  'samarbetsavtal',
  'samverkansplan',
  'avsiktsförklaring',
];
const PLAN: Cue[] = [
  'aktivitetsplan',
  'handlingsplan',
  'åtgärdsplan',
  'verksamhetsplan för samverkan',
  'aktivitetstavla',
  'aktivitetslista',
  'aktivitetsöversikt',
  'åtgärdslista',
  'insatsplan',
  'genomförandeplan',
  // A plan for the school holidays: "Sommarlovsplan 2026", "Lovplan påsk".
  '*lovsplan',
  'lovplan*',
  'sommarplan',
  'aktivitetskalender',
];
/** "– Vi ser att …, säger Karin Sundelin": a quotation as news reports it. */
const QUOTED = pattern(/[,.]\s+(?:säger|sa|berättar|konstaterar|betonar)\s+\p{Lu}\p{L}+\s+\p{Lu}\p{L}+/gu);
/** "Det här lovar vi", "Våra löften", "… lovar vi att:": a heading or lead-in over the promises themselves. */
const PROMISE_LEAD = pattern(
  /(?:\blovar\s+vi\b|\bvi\s+lovar\b|^(?:våra|de|dessa)\s+(?:\p{L}+)?löften\b|^löftena?\b)/iu,
);
const PROMISE_LEAD_LENGTH = 160;
const PROMISING = pattern(/(?<!\p{L})lovar\s+(?:[\p{L}-]+\s+){1,3}?att(?!\p{L})/iu);
const PROMISE_ITEMS = 2;
/** "Handlingsplanen är kommunens egen och är inte en del av samverkansöverenskommelsen": a plan of one party. */
const OWN_PLAN = pattern(
  /(?<!\p{L})(?:(?:är|utgör)\s+inte\s+(?:en\s+)?del\s+av\s+(?:den\s+)?(?:\p{L}+\s+)?(?:samverkans)?överenskommelsen|(?:planen|handlingsplanen|åtgärdsplanen)\s+är\s+kommunens\s+egen)(?!\p{L})/iu,
);
/** What a plan of a collaboration names somewhere: the agreement or promise it carries out, or the police area. */
const COLLABORATION: Cue[] = [...SO, ...ML, 'lokalpolisområde*', 'samverkan mellan kommunen och polisen'];
/** Genres about a collaboration document rather than being one: they win even if the title names it. */
const REPORT: Cue[] = [
  '*rapport',
  '*utvärdering',
  'granskning',
  'uppföljning av',
  'årsuppföljning*',
  'halvårsuppföljning*',
  'delårsuppföljning*',
  'redovisning av',
  'analys av',
  'delårsrapport',
  'remissvar',
  'yttrande',
  'yttrande över',
  '*protokoll*',
  'minnesanteckning*',
  'anteckningar från',
  'tjänsteskrivelse',
  'interpellation*',
  'svar på interpellation',
  // A councillor's or a citizen's proposal to the fullmäktige asks for an agreement; it is none.
  'motion',
  'motioner',
  'motionssvar',
  'medborgarförslag*',
  'pressmeddelande',
  'vägledning*',
  'handbok*',
  'metodstöd*',
  'så tar ni fram',
  'så skriver ni',
  'hur ni tar fram',
];
const NOT: Cue[] = [
  ...REPORT,
  'verksamhetsplan',
  'verksamhetsberättelse',
  'årsredovisning',
  'trygghetsmätning',
  'enkät*',
  'kartläggning',
  // The kommun's own policy, adopted by kommunfullmäktige: "Brottsförebyggande program 2026–2030".
  'brottsförebyggande program',
  'trygghetsprogram*',
  'brottsförebyggande strategi',
  'trygghetsstrategi*',
  'policy',
];
const ATTACHMENT: Cue[] = [
  'bilaga till',
  'bilaga till den',
  'tillhör',
  'kopplat till',
  'knutet till',
  'hör till',
  'del av',
  'utifrån',
];
const COMMITMENT: Cue[] = [
  'åtar sig',
  'åtagande*',
  'vi lovar',
  '*polisen lovar',
  'kommunen lovar',
  'lovar att',
  'ansvarig',
  'ansvarar för',
  'tar ansvar för',
  'gäller från',
  'gäller till',
  'gäller under',
  'undertecknad*',
  'överenskommelsen gäller',
  'löftet gäller',
];

/**
 * Words a subtitle may start with before it names the genre: an article or possessive ("Vårt löfte …"),
 * or the document it belongs to ("Till överenskommelse om samverkan …", "Bilaga till …", "En del av …").
 */
const LEAD_IN = pattern(
  /^(?:(?:en|ett|vår|vårt|våra|denna|detta)\s+)?(?:(?:bilaga(?:\s+\d+)?\s+)?till|tillhör(?:ande)?|hör\s+till|del\s+av|kopplad?t?\s+till|knut(?:en|et)\s+till|underlag\s+till)?\s*/iu,
);
const ATTACHMENT_TITLE = pattern(/^bilaga(?!\p{L})/iu);
/** "Bilaga 1 till Samverkansöverenskommelse …", "Bilaga B till …". */
const NUMBERED_ATTACHMENT = pattern(/(?<!\p{L})bilaga\s+(?:\d{1,2}|\p{Lu})\s+till(?!\p{L})/iu);
/** Lines under the title that can carry its genre ("Överenskommelse om samverkan mellan …"): few and short. */
const SUBTITLE_LINES = 3;
const SUBTITLE_LENGTH = 300;

const KICKER_LENGTH = 60;

/** The collaboration genre a text names first: a title's head noun decides ("Samverkansöverenskommelse … med medborgarlöfte"). */
function firstGenre(text: string): { type: DocType; index: number } | undefined {
  let best: { type: DocType; index: number } | undefined;
  for (const [type, cues] of GENRES) {
    const index = matchAll(text, cues)[0]?.index;
    if (index !== undefined && (!best || index < best.index)) best = { type, index };
  }
  return best;
}

const GENRES: [DocType, Cue[]][] = [
  ['medborgarlofte', ML],
  ['aktivitetsplan', PLAN],
  ['samverkansoverenskommelse', SO],
];

/** "Det här brevet är vårt medborgarlöfte …", "Detta dokument utgör en samverkansöverenskommelse …". */
const SELF_NAMING = pattern(
  /(?<!\p{L})(?:det\s+här|den\s+här|detta|denna)(?:\s+\p{L}+)?\s+(?:är|utgör)\s+(?:(?:vårt|vår|ett|en|den|det|kommunens|polisens|och|gemensamma)\s+){0,4}/giu,
);

/** The genre the opening text gives itself in so many words, whatever else it says it belongs to. */
function selfNamed(lead: string): DocType | undefined {
  for (const m of lead.matchAll(SELF_NAMING)) {
    const genre = firstGenre(lead.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (genre?.index === 0) return genre.type;
  }
  return undefined;
}

/** The genre a subtitle line opens with, after an article or a "Till …"/"Bilaga till …" lead-in. */
function subtitleGenre(line: string): DocType | undefined {
  const text = line.trim();
  const start = LEAD_IN.exec(text)?.[0].length ?? 0;
  const rest = text.slice(start);
  if (matchAll(rest, REPORT)[0]?.index === 0) return 'inte-samverkansdokument';
  const genre = firstGenre(rest);
  return genre?.index === 0 ? genre.type : undefined;
}

/** Which kind of document this is, from its title first and its body second. */
export function classify(doc: Document): DocType {
  const headingAt = doc.blocks.findIndex((b) => b.kind === 'heading');
  const title = doc.blocks[headingAt]?.text ?? doc.blocks[0]?.text ?? '';
  const lead = doc.blocks
    .filter((b) => b.kind !== 'toc' && b.kind !== 'struck')
    .slice(0, 5)
    .map((b) => b.text)
    .join(' ')
    .slice(0, 600);
  const body = doc.text;

  // A tjänsteskrivelse that carries the agreement in full ("## Bilaga: Samverkansöverenskommelse" and its
  // chapters) is scored as that agreement, the way a reviewer reads it.
  const carried = carriedDocument(doc);
  if (carried) return carried;
  if (matches(title, REPORT)) return 'inte-samverkansdokument';
  // A kicker above the headline ("PRESSMEDDELANDE · Ekby kommun"), or quotes attributed like news.
  // "NÄVERVIKS KOMMUN / PROTOKOLLSUTDRAG": a short letterhead naming the genre anywhere in it.
  const kicker = doc.blocks
    .slice(0, Math.max(0, headingAt))
    .some(
      (b) =>
        matchAll(b.text, REPORT)[0]?.index === 0 ||
        (b.text.length <= KICKER_LENGTH && matches(b.text, REPORT)),
    );
  if (kicker || ((body.match(QUOTED) ?? []).length >= 2 && !carriesPromises(doc)))
    return 'inte-samverkansdokument';
  const titled = firstGenre(title);
  // A kommun's own plan ("Handlingsplan mot klotter", decided by a nämnd) names no agreement, promise
  // or lokalpolisområde: the police there is informed, not a party.
  if (titled?.type === 'aktivitetsplan' && (!matches(body, COLLABORATION) || OWN_PLAN.test(body)))
    return 'inte-samverkansdokument';
  if (titled) return titled.type;
  // A survey or minutes whose subtitle names the agreement is still a survey, unless it calls itself its bilaga.
  const other = matches(title, NOT);
  const lines = subtitles(doc, headingAt);
  const genres = lines.map(subtitleGenre);
  const attachmentTitle = ATTACHMENT_TITLE.test(title.trim());
  // "Uppföljningsrapport från …" under a title that names the agreement: a report about it.
  if (!attachmentTitle && genres.includes('inte-samverkansdokument')) return 'inte-samverkansdokument';
  for (const [i, line] of lines.entries()) {
    if (other && !ATTACHMENT_TITLE.test(line.trim())) continue;
    const genre = genres[i];
    if (genre) return genre;
  }
  const named = selfNamed(lead);
  if (named) return named;
  const attached = attachmentTitle || matches(lead, ATTACHMENT) || NUMBERED_ATTACHMENT.test(lead);
  if (attached && matches(lead, SO)) return 'samverkansoverenskommelse';
  if (attached && matches(lead, ML)) return 'medborgarlofte';
  if (other) return 'inte-samverkansdokument';
  const partiesNamed = partiesLine(doc);
  if (partiesNamed) return partiesNamed;

  const commitments = matchAll(body, COMMITMENT).length;
  const bothParties = /kommun/i.test(body) && /polis/i.test(body);
  if (!bothParties || commitments < 3) return 'inte-samverkansdokument';
  const ml = matchAll(body, ML).length + matchAll(body, ['vi lovar', 'lovar att']).length;
  const so = matchAll(body, SO).length + matchAll(body, ['åtar sig']).length;
  const plan = matchAll(body, PLAN).length;
  if (ml > so && ml >= plan) return 'medborgarlofte';
  if (plan > so) return 'aktivitetsplan';
  return 'samverkansoverenskommelse';
}

/**
 * A news page that lists its promises under "Det här lovar vi" (or "… lovar vi att:") is the promise as
 * published; a news report about one retells it in prose and points to where it is.
 */
function carriesPromises(doc: Document): boolean {
  let items = 0;
  let open = false;
  for (const b of doc.blocks) {
    if (b.kind === 'list-item') {
      if (open && ++items >= PROMISE_ITEMS) return true;
      continue;
    }
    // Under "## Det här lovar vi", paragraphs that each promise: "Mot fortkörningen lovar polisen att …".
    if (open && b.kind === 'paragraph' && b.text.length > PROMISE_LEAD_LENGTH && PROMISING.test(b.text)) {
      if (++items >= PROMISE_ITEMS) return true;
      continue;
    }
    if (b.kind === 'heading' || b.text.length <= PROMISE_LEAD_LENGTH) {
      const lead = PROMISE_LEAD.test(b.text);
      if (b.kind === 'heading' || lead) open = lead;
      continue;
    }
    if (b.kind !== 'paragraph') open = false;
  }
  return false;
}

const CARRIED_HEADING = pattern(/^bilaga(?:\s+\d+)?\s*[:–-]\s*(.+)$/iu);
/** Blocks after the attachment heading that make it the document in full, not a summary. */
const CARRIED_BLOCKS = 20;

function carriedDocument(doc: Document): DocType | undefined {
  const at = doc.blocks.findIndex((b, i) => b.kind === 'heading' && i > 0 && CARRIED_HEADING.test(b.text));
  if (at < 0 || doc.blocks.length - at < CARRIED_BLOCKS) return undefined;
  const named = CARRIED_HEADING.exec(doc.blocks[at]?.text ?? '')?.[1] ?? '';
  const genre = firstGenre(named);
  return genre?.index === 0 ? genre.type : undefined;
}

/** "Samverkansöverenskommelse mellan Åby kommun och Polismyndigheten": a line that is only the genre and its parties. */
const PARTIES = pattern(/^[^.!?]{0,120}(?<!\p{L})mellan\s+[^.!?]+\s+och\s+[^.!?]+$/iu);
const PARTIES_BLOCKS = 8;

/** The genre line of a document whose title is a slogan and whose first page is a slide or a cover. */
function partiesLine(doc: Document): DocType | undefined {
  for (const b of doc.blocks.slice(0, PARTIES_BLOCKS)) {
    if (b.kind !== 'paragraph' || b.text.length > SUBTITLE_LENGTH || !PARTIES.test(b.text.trim())) continue;
    const genre = firstGenre(b.text);
    if (genre?.index === 0) return genre.type;
  }
  return undefined;
}

/** The short lines right under the first heading, before the next one. */
function subtitles(doc: Document, headingAt: number): string[] {
  if (headingAt < 0) return [];
  const out: string[] = [];
  for (const [i, b] of doc.blocks.slice(headingAt + 1).entries()) {
    // A slogan title's genre may be its first subheading: "# Tillsammans för X" + "## Överenskommelse om …".
    if (b.kind === 'heading' && i === 0 && b.text.length <= SUBTITLE_LENGTH) {
      out.push(b.text);
      continue;
    }
    if (b.kind === 'heading' || out.length >= SUBTITLE_LINES) break;
    if (b.kind === 'toc' || b.kind === 'struck') continue;
    if (b.text.length <= SUBTITLE_LENGTH) out.push(b.text);
  }
  return out;
}
