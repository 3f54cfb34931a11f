/**
 * The signature block: who signs, in which role, for which party, where and when. Reads the blocks the
 * ingester marked as signatures and falls back to the last blocks of each file. A "Fastställd av
 * styrgruppen" line or a list of contact persons is not a signature.
 */
import type { Block } from '../model/document.ts';
import { type Analysis, memo } from './analysis.ts';
import { findDates, toIso } from './dates.ts';
import { pattern } from './pattern.ts';

export type SignatoryRole =
  | 'kso'
  | 'kommunalrad'
  | 'kommundirektor'
  | 'kommunchef'
  | 'lpo-chef'
  | 'polisomradeschef'
  | 'kommunpolis'
  | 'annan';

export type Party = 'kommun' | 'polis' | 'okand';

export interface Signatory {
  name?: string;
  role: SignatoryRole;
  /** The role as written ("Kommunstyrelsens ordförande, Ekby kommun"). */
  roleText?: string;
  party: Party;
  block: Block;
}

export interface Signatures {
  signatories: Signatory[];
  /** ISO date of signing when a full date is given. */
  date?: string;
  /** The date as written, also when only partly given ("december 2024"). */
  dateText?: string;
  place?: string;
  /** "Utkast", "Förslag" … on the title or in the signature block: not a signed document. */
  draft: boolean;
  /** Signature lines left empty (dots to sign on, roles but no names). */
  unsigned?: boolean;
  /** A signatory's date left blank ("Svedjeby den ……………") where others are dated. */
  partlyUndated?: boolean;
  blocks: Block[];
  /** Blocks marked as signatures by ingestion that are not: contact lists, whole sentences. */
  rejected: Block[];
}

const ROLES: [SignatoryRole, RegExp][] = [
  [
    'kso',
    /kommunstyrelsens\s+ordförande|ks-ordförande|ordförande\s+(?:i|för)\s+kommunstyrelsen|kommunstyrelseordförande/i,
  ],
  ['kommunalrad', /kommunalråd/i],
  ['kommundirektor', /kommundirektör|stadsdirektör/i],
  ['kommunchef', /kommunchef|stadschef/i],
  [
    'lpo-chef',
    /lokalpolisområdeschef|chef\s+(?:för\s+)?(?:lokalpolisområde|lpo)\b|lpo-chef|lokalpolischef|chef\s+för\s+lokalpolisen/i,
  ],
  ['polisomradeschef', /(?<!lokal)polisområdeschef|chef\s+(?:för\s+)?polisområde\b/i],
  ['kommunpolis', /kommunpolis/i],
  [
    'annan',
    /ordförande|direktör|chef\b|\p{L}+chef|samordnare|kommissarie|polisinspektör|förvaltningschef|sekreterare/iu,
  ],
];

/** For matchAll (which copies the expression, so sharing one is safe). */
const ROLES_GLOBAL = ROLES.map(([role, re]) => [role, new RegExp(re.source, `${re.flags}g`)] as const);

const MUNICIPAL_ROLES = new Set<SignatoryRole>(['kso', 'kommunalrad', 'kommundirektor', 'kommunchef']);
const POLICE_ROLES = new Set<SignatoryRole>(['lpo-chef', 'polisomradeschef', 'kommunpolis']);

const SIGNATURE_HEADING = pattern(/underskrift|undertecknande|signatur|underteckn/i);
const CONTACT_HEADING = pattern(/kontakt/i);
const NOT_A_SIGNATURE = pattern(
  /\b(fastställd|fastställt|behandlad|behandlat|sammanställd|antagen|antaget|beslutad|beslutat)\b/i,
);
const DRAFT = pattern(
  /(?<!\p{L})(utkast|förslag|preliminär(?:t|a)?|remissversion|arbetsmaterial)(?!\p{L})/iu,
);
const FOR_PARTY = pattern(/^för\s+(.+)$/i);
const PARTY_WORD = pattern(/^(?:polis|kommun|region|stad|lokalpolis)\p{L}*\s+/iu);
/** An empty signature line: dots or underscores to sign on. */
const PLACEHOLDER = pattern(/[.…_]{5,}|…{2,}/);
/** "Svedjeby den …………", "Datum: ______": a date line left to fill in. */
const BLANK_DATE = pattern(/^(?:\p{Lu}[\p{L}-]+\s+den|(?:ort\s+och\s+)?datum\s*:?)\s*(?:[.…_]{3,}\s*)?$/iu);
/** "Ekby den 3 mars 2026", "Tjärnås, Björkeby och Mörtsjö den 26 mars 2026". */
const PLACE_DATE = pattern(
  /^(\p{Lu}[\p{L}-]+(?:(?:\s+|,\s*|\s+och\s+)\p{Lu}[\p{L}-]+)*)(?:,)?\s+(?:den\s+)?\d{1,2}\s+\p{L}+\.?\s+\d{4}/u,
);
/** "Stensjö i april 2026": only the month. */
const PLACE_MONTH = pattern(
  /^(\p{Lu}[\p{L}-]+)(?:,)?\s+(?:i\s+)?(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+\d{4}$/u,
);
const PLACE_ISO_DATE = pattern(
  /^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?:,)?\s+(?:den\s+)?\d{4}-\d{2}-\d{2}$/u,
);
const NAME_WORDS = "\\p{Lu}[\\p{L}'-]+(?:\\s+(?:(?:von|af|de|van|der|la|du)\\s+)?\\p{Lu}[\\p{L}'-]+){1,3}";
const NAME = new RegExp(`^(${NAME_WORDS})(?=$|[\\s,])`, 'u');
const NAME_AT_END = new RegExp(`(?:^|[\\s,])(${NAME_WORDS})[,\\s]*$`, 'u');
const FALLBACK_WINDOW = 8;

export function signatures(a: Analysis): Signatures {
  return memo(a, findSignatures);
}

/** Blocks of one file, in order. */
function byFile(blocks: Block[]): Map<string, Block[]> {
  const files = new Map<string, Block[]>();
  for (const b of blocks) {
    const key = b.origin.file ?? '';
    const list = files.get(key) ?? [];
    list.push(b);
    files.set(key, list);
  }
  return files;
}

/** A whole sentence ("Ändringar beslutas av kommunstyrelsen.") is content, not a signature line. */
function isSentence(text: string): boolean {
  const t = text.trim();
  if (!/[.!?]$/.test(t) || t.split(/\s+/).length < 6) return false;
  // "Eva Lind, kommunstyrelsens ordförande. Korpamo den 15 december 2025.": signature lines run together.
  return runTogether(t).length === 1;
}

/** A block of signature lines run together with full stops, split back into its lines. */
function runTogether(text: string): string[] {
  const t = text.trim();
  const parts = t.split(/(?<=\.)\s+(?=\p{Lu})/u).map((p) => p.replace(/\.$/, ''));
  return parts.length > 1 && parts.every((p) => isPlaceDate(p) || namesSignatoryLine(p)) ? parts : [t];
}

/** One signature line: a name and a signing role ("Eva Lind, kommunstyrelsens ordförande"). */
function namesSignatoryLine(text: string): boolean {
  return roleMatches(text).some((m) => NAME_AT_END.test(text.slice(0, m.index)) || NAME.test(text));
}

/** "Varma hälsningar, Hagnesta den 2 februari 2026": a letter's closing run into its place and date. */
const CLOSING = pattern(/^(?:med\s+)?(?:varma|vänliga|bästa)?\s*hälsningar\s*,?\s*/iu);

function isClosing(text: string): boolean {
  return (
    text
      .trim()
      .replace(CLOSING, '')
      .replace(/[.,!]$/, '') === ''
  );
}

function isPlaceDate(text: string): boolean {
  const t = text.trim().replace(CLOSING, '');
  return (
    PLACE_DATE.test(t) ||
    PLACE_MONTH.test(t) ||
    PLACE_ISO_DATE.test(t) ||
    /^(?:ort\s+och\s+)?datum\b/i.test(t)
  );
}

const SIGNING_ROLES = new Set<SignatoryRole>(['kso', 'kommunalrad', 'lpo-chef', 'polisomradeschef']);

/** "Lena Ek, kommunstyrelsens ordförande": a person named with a signing role, not in a sentence. */
function namesSignatory(text: string): boolean {
  if (isSentence(text)) return false;
  return roleMatches(text).some((m) => SIGNING_ROLES.has(m.role) && NAME_AT_END.test(text.slice(0, m.index)));
}

/** "Namnteckning | | ", "Namnförtydligande | | ": a signature table with the lines to sign on left empty. */
const FORM_ROW = pattern(/^(?:namnteckning|namnförtydligande|underskrift|signatur|namn)$/iu);
function isEmptyForm(b: Block): boolean {
  const rows = (b.rows ?? []).filter((r) => FORM_ROW.test(r[0]?.text.trim() ?? ''));
  return rows.length > 0 && rows.every((r) => r.slice(1).every((c) => c.text.trim() === ''));
}

function isSignatureTable(b: Block): boolean {
  const cells = (b.rows ?? []).flat();
  return (
    (b.rows?.length ?? 0) <= 5 &&
    cells.some((c) => roleMatches(c.text).some((m) => SIGNING_ROLES.has(m.role))) &&
    !cells.some((c) => isSentence(c.text))
  );
}

/** Candidate signature blocks of one file: the marked ones, else the tail after an Underskrifter heading. */
function candidates(all: Block[]): Block[] {
  const marked = all.filter((b) => b.kind === 'signature');
  if (marked.length > 0) {
    // A place-and-date line that ingestion left as a paragraph just before the marked lines, maybe
    // above a letter's closing ("Ramsåker den 9 januari 2026" + "Med vänliga hälsningar").
    let i = all.indexOf(marked[0] as Block) - 1;
    const before: Block[] = [];
    for (; i >= 0 && (all[i] as Block).kind === 'paragraph'; i--) {
      const text = (all[i] as Block).text;
      if (isPlaceDate(text)) before.unshift(all[i] as Block);
      else if (!isClosing(text)) break;
    }
    return [...before, ...marked];
  }
  const lastHeading = all.findLastIndex((b) => b.kind === 'heading' && SIGNATURE_HEADING.test(b.text));
  const tail = lastHeading >= 0 ? all.slice(lastHeading + 1) : all.slice(-FALLBACK_WINDOW);
  const level = all[lastHeading]?.level ?? 0;
  const out: Block[] = [];
  for (const b of tail) {
    if (b.kind === 'heading') {
      // "För Korpamo kommun" under "10 Giltighet och underskrifter" is part of the signing.
      if (lastHeading >= 0 && (b.level ?? 1) > level) continue;
      if (lastHeading >= 0) break;
      out.length = 0;
      continue;
    }
    // A signature table: one column per party, after an Underskrifter heading or short with signing roles.
    if (b.kind === 'table' && (lastHeading >= 0 || isSignatureTable(b))) {
      out.push(b);
      continue;
    }
    // After an Underskrifter heading, signature lines may be set as a list.
    const listed = b.kind === 'list-item' && lastHeading >= 0;
    if (b.kind !== 'paragraph' && b.kind !== 'signature' && !listed) continue;
    if (b.text.length > 160) {
      out.length = 0;
      continue;
    }
    out.push(b);
  }
  // Without an Underskrifter heading, only a tail that carries a place-and-date line counts.
  if (
    lastHeading < 0 &&
    !out.some((b) => isPlaceDate(b.text) || namesSignatory(b.text) || isSigningRecord(b))
  )
    return [];
  return out;
}

function findSignatures(a: Analysis): Signatures {
  const result: Signatures = { signatories: [], draft: false, blocks: [], rejected: [] };
  let placeholders = false;
  const dedupe = () => {
    result.blocks = [...new Set(result.blocks)];
  };
  for (const fileBlocks of byFile(a.doc.blocks).values()) {
    const all = candidates(fileBlocks);
    let blocks = all.filter((b) => !NOT_A_SIGNATURE.test(b.text) && !isSentence(b.text));
    const hasPlaceDate = blocks.some((b) => isPlaceDate(b.text));
    // A contact list is not a signature, unless it is followed by a place and date.
    if (!hasPlaceDate) blocks = blocks.filter((b) => !CONTACT_HEADING.test(b.headingPath.at(-1) ?? ''));
    result.rejected.push(...all.filter((b) => !blocks.includes(b) && b.kind === 'signature'));
    if (all.some((b) => PLACEHOLDER.test(b.text) || isEmptyForm(b))) placeholders = true;
    if (all.some((b) => BLANK_DATE.test(b.text.trim()))) {
      result.partlyUndated = true;
      // "Lärkfors den [datum]" over roles whose names are left out: a form to sign.
      placeholders = true;
    }
    // A marker leads the title page: a heading, a short line, or the start of the first paragraphs.
    const title = fileBlocks
      .slice(0, 4)
      .map((b) => (b.kind === 'heading' || b.text.length < 80 ? b : { ...b, text: b.text.slice(0, 40) }));
    if (title.some((b) => DRAFT.test(b.text.replace(/förslag\s+till\s+beslut/gi, '')))) result.draft = true;
    if (blocks.length === 0) continue;
    parseBlocks(blocks, result);
  }
  // Roles under empty signature lines, and no names: a form to sign, not signatures.
  if (result.signatories.length > 0 && result.signatories.every((x) => !x.name) && placeholders) {
    result.unsigned = true;
    result.signatories = [];
  }
  if (result.signatories.length === 0 && !result.unsigned) signingStatement(a, result);
  dedupe();
  return result;
}

/** "undertecknades den 3 mars av", "skrevs under i tisdags, den 3 februari, av", or active "X och Y skrev under". */
const SIGNED = pattern(
  /(?<!\p{L})(?:(?:undertecknad(?:es|e)?|undertecknat|undertecknades|undertecknats|signerad(?:es|e)?|signerat|signerades|signerats|skrevs\s+under|(?:har\s+)?skrivits\s+under)\s+(?:[\p{L}\d]+,?\s+){0,6}av|(?:skrev|har\s+skrivit)\s+under(?!\s+(?:våren|hösten|sommaren|vintern|året|perioden|tiden|\d))|(?:har\s+)?(?:undertecknat|signerat)\s+(?:överenskommelsen|löftet|medborgarlöftet|avtalet))(?!\p{L})/iu,
);
/** "Undertecknat 2026-02-03": a signing date standing alone, as in a footer. */
const SIGNED_ON = pattern(
  /(?<!\p{L})(?:undertecknad|undertecknat|signerad|signerat|underskriven|underskrivet)\s+(?:den\s+)?\d/iu,
);

/** "Överenskommelsen undertecknades den 3 mars 2026 av kommunstyrelsens ordförande och lokalpolisområdeschefen." */
function signingStatement(a: Analysis, out: Signatures): void {
  const spans: { text: string; block: Block }[] = [
    ...a.sentences.map((x) => ({ text: x.text, block: x.block })),
    ...out.rejected.map((b) => ({ text: b.text, block: b })),
  ];
  for (const { text, block } of spans) {
    if (!SIGNED.test(text)) continue;
    const found = roleMatches(text).filter((m) => m.role !== 'annan');
    if (found.length === 0) continue;
    for (const m of found) {
      const roleText = text.slice(m.index, m.index + m.length);
      out.signatories.push({ role: m.role, roleText, party: partyOf(m.role, roleText, 'okand'), block });
    }
    out.blocks.push(block);
    const date = findDates(text)[0];
    // "den 3 februari" in the statement, "Undertecknat 2026-02-03" in the footer: the full date wins.
    const dated = date?.year
      ? undefined
      : spans.find((x) => SIGNED_ON.test(x.text) && findDates(x.text)[0]?.year);
    const d = dated ? findDates(dated.text)[0] : date;
    if (dated) out.blocks.push(dated.block);
    if (d) takeDate(out, d);
    return;
  }
}

/** The first signing date found is the document's: as written, and as ISO when it is complete. */
function takeDate(out: Signatures, d: Parameters<typeof toIso>[0]): void {
  if (out.dateText) return;
  out.dateText = d.text;
  const iso = toIso(d);
  if (iso) out.date = iso;
}

/** "Namn | Roll | Organisation | Signerad": the header of a table with one row per signatory, as e-signing services print it. */
const SIGNATORY_HEADER = pattern(
  /^(?:namn|roll|befattning|titel|funktion|organisation|part|datum|tidpunkt|signerad|signerat|underskrift|undertecknad)$/iu,
);
const SIGNATORY_HEADERS = 2;

function hasSignatoryHeader(b: Block): boolean {
  return (b.rows?.[0] ?? []).filter((c) => SIGNATORY_HEADER.test(c.text.trim())).length >= SIGNATORY_HEADERS;
}

/** An e-signing record: a Namn/Roll header over signing roles, with the dates they signed. */
function isSigningRecord(b: Block): boolean {
  return b.kind === 'table' && hasSignatoryHeader(b) && isSignatureTable(b) && findDates(b.text).length > 0;
}

/** A signature table read as lines: row by row under a Namn/Roll header, else column by column (one column per party). */
function lines(blocks: Block[]): { text: string; block: Block }[] {
  return blocks.flatMap((b) => {
    if (!b.rows || b.rows.length === 0) return runTogether(b.text).map((text) => ({ text, block: b }));
    if (hasSignatoryHeader(b))
      return b.rows
        .slice(1)
        .flatMap((row) => row.map((c) => c.text.trim()).filter((text) => text !== ''))
        .map((text) => ({ text, block: b }));
    const width = Math.max(...b.rows.map((r) => r.length));
    const out: { text: string; block: Block }[] = [];
    for (let col = 0; col < width; col++)
      for (const row of b.rows) {
        const cell = row[col]?.text.trim();
        if (cell) out.push({ text: cell, block: b });
      }
    return out;
  });
}

function parseBlocks(blocks: Block[], out: Signatures): void {
  let party: Party = 'okand';
  let pendingName: string | undefined;
  for (const { text, block: b } of lines(blocks)) {
    if (DRAFT.test(text) && text.length < 40) out.draft = true;
    const dates = findDates(text);
    const found = roleMatches(text);
    if (isPlaceDate(text) || (dates.length > 0 && text.length < 60 && found.length === 0)) {
      const d = dates[0];
      if (d) takeDate(out, d);
      const bare = text.replace(CLOSING, '');
      const place = (PLACE_DATE.exec(bare) ?? PLACE_MONTH.exec(bare) ?? PLACE_ISO_DATE.exec(bare))?.[1];
      if (place && !out.place) out.place = place;
      if (found.length === 0) {
        out.blocks.push(b);
        continue;
      }
    }
    // "Digitalt signerad av Eva Ek, kommunstyrelsens ordförande, Ekby kommun, 2026-02-16": name, role and date in one line.
    const fullDate = found.length > 0 ? dates.find((d) => toIso(d)) : undefined;
    if (fullDate) takeDate(out, fullDate);
    const forParty = FOR_PARTY.exec(text);
    if (forParty) {
      // The party's line, or its whole block run together: "För Ekby kommun Eva Ek Kommunstyrelsens ordförande".
      const named = (found.length > 0 ? text.slice(0, found[0]?.index) : text).slice(4);
      party = /polis/i.test(named) ? 'polis' : /kommun|stad|region/i.test(named) ? 'kommun' : party;
      if (found.length === 0) {
        out.blocks.push(b);
        continue;
      }
    }
    if (found.length === 0) {
      const name = NAME.exec(text)?.[1];
      if (name && text.length < 60) {
        pendingName = name;
        out.blocks.push(b);
      }
      continue;
    }
    // One or more "Name, role" pairs: "Eva Ek, kommunstyrelsens ordförande, och Per Lund, lokalpolisområdeschef".
    let previousEnd = 0;
    const names = found.map((m) => {
      const segment = text.slice(previousEnd, m.index);
      const n = NAME_AT_END.exec(segment);
      const segmentStart = previousEnd;
      previousEnd = m.index + m.length;
      // A party's name run into the line ("För Polismyndigheten Per Lund") is not part of the person's.
      const name = n?.[1]?.replace(/^för\s+/i, '').replace(PARTY_WORD, '');
      if (!name?.includes(' ')) return undefined;
      return { name, start: segmentStart + segment.lastIndexOf(name) };
    });
    found.forEach((m, i) => {
      const nextStart = names[i + 1]?.start ?? found[i + 1]?.index ?? text.length;
      const roleText = text
        .slice(m.index, nextStart)
        .replace(/[,\s]*(?:och)?[,\s]*$/, '')
        .trim();
      // "Kommunstyrelsens ordförande: Annika Ström": the name after the role.
      const after = NAME_AFTER_ROLE.exec(text.slice(m.index + m.length, nextStart))?.[1];
      const name = names[i]?.name ?? after ?? (i === 0 ? pendingName : undefined);
      const signatory: Signatory = {
        role: m.role,
        roleText,
        party: partyOf(m.role, roleText, party),
        block: b,
      };
      if (name) signatory.name = name;
      out.signatories.push(signatory);
    });
    pendingName = undefined;
    out.blocks.push(b);
  }
}

interface RoleMatch {
  role: SignatoryRole;
  index: number;
  length: number;
}

/** Every role named in a line, most specific reading where readings overlap. */
function roleMatches(text: string): RoleMatch[] {
  const out: RoleMatch[] = [];
  // "Kommunalråd, förste vice ordförande i kommunstyrelsen" neither chairs it nor signs as its chair.
  const vice = VICE_CHAIR.exec(text);
  if (vice) out.push({ role: 'annan', index: vice.index, length: vice[0].length });
  for (const [role, global] of ROLES_GLOBAL) {
    for (const m of text.matchAll(global)) {
      const overlaps = out.some((o) => m.index < o.index + o.length && o.index < m.index + m[0].length);
      if (!overlaps) out.push({ role, index: m.index, length: m[0].length });
    }
  }
  return (vice ? out.filter((m) => m.role !== 'kso' && m.role !== 'kommunalrad') : out).sort(
    (x, y) => x.index - y.index,
  );
}

const NAME_AFTER_ROLE = pattern(/^\s*:\s*(\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+)+)\s*,?\s*$/u);
const VICE_CHAIR = pattern(
  /(?:(?:förste|andre|1:e|2:e)\s+)?vice\s+ordförande(?:\s+(?:i|för)\s+kommunstyrelsen)?/i,
);

function partyOf(role: SignatoryRole, roleText: string, context: Party): Party {
  if (MUNICIPAL_ROLES.has(role)) return 'kommun';
  if (POLICE_ROLES.has(role)) return 'polis';
  if (/polis/i.test(roleText)) return 'polis';
  if (/kommun|stad|förvaltning/i.test(roleText)) return 'kommun';
  return context;
}
