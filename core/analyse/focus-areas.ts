import type { Block, Cell } from '../model/document.ts';
import { type Analysis, memo, type Section, sectionsTitled } from './analysis.ts';
import type { Cue } from './lexicon.ts';
import { figures } from './numbers.ts';
import { pattern } from './pattern.ts';
import { inSectionTitled, test } from './scope.ts';
import { has, roleTable } from './table-roles.ts';
import { stripNumbering, TIME_TITLE } from './text.ts';

export interface FocusArea {
  /** Short name as the document gives it. */
  name: string;
  /** Lower-case stems used to find the area elsewhere (see `mentionsArea`); compounds split at a linking s. */
  keywords: string[];
  start: number;
  end: number;
  /** The text that motivates the choice, if any. */
  motivation?: string;
  /** 1-based position in the document's list ("fokusområde 2"). */
  number?: number;
  /** The area's own row describes its situation (a picture column of a one-table agreement). */
  pictured?: boolean;
  /** Where the area's own part ends, when its parts are paragraphs under its lead rather than a section. */
  extent?: number;
}

export const FOCUS_SECTION_CUES: Cue[] = [
  'fokusområde',
  'prioriterat område',
  'prioriterade område',
  'prioriterade problem',
  'prioriteringar',
  '=prioriterar',
  '=prioriteras',
  'insatsområde',
  'utvecklingsområde',
  'samverkansområde',
  '=tema',
  '=teman',
  '=temana',
  'inriktning',
  'prioritering',
  // A promise's "Vilka problem ska löftet lösa?"
  'vilka problem',
];
/** "Därför har vi valt just de här tre": a part that chooses the areas, without naming the word. */
const CHOICE_SECTION_CUES: Cue[] = [
  ...FOCUS_SECTION_CUES,
  'valt just de här',
  'det här har vi valt',
  // "Varför just de här områdena?", "Därför dessa områden" (not "Varför just dessa åtgärder")
  '=de =här =områdena',
  '=dessa =områden',
];

/** Words in a motivation that tie the choice to the problem picture. */
const MOTIVATION_CUES: Cue[] = [
  'ökat',
  'ökar',
  'ökade',
  'ökning*',
  'minskat',
  'fördubblats',
  'tredubblats',
  'hög',
  'högre',
  'högst',
  'vanlig*',
  'vanligast*',
  'flest',
  'störst',
  'återkommande',
  'problem*',
  'lägesbild*',
  'problembild*',
  '*mätning*',
  '*dialog*',
  '*enkät*',
  'anmäl*',
  'statistik*',
  'otrygg*',
  'bedömer',
  'visar',
  'allvarlig*',
  'mörkertal*',
  'koncentrer*',
  'drabbar',
  'de flesta',
  // "narkotika har blivit lättare att få tag på", "skolan och polisen ser att …".
  '=blivit',
  'ser att',
  // Whether the parties can influence it: "tidiga insatser bedöms kunna göra skillnad".
  'kan påverka',
  'göra skillnad',
  // A medborgarlöfte answers what residents said in the dialogue.
  'ni sa',
  'ni berättade',
  'ni tog upp',
  'har berättat',
];

/** Words that make a short lead a sentence rather than a name. */
const VERBISH = new Set(
  'har är var ska kan bygger valt gäller finns visar innebär omfattar gör blir ger får tas görs sker beskrivs anges redovisas utgår enats kommit avser vill föreslår väljer valde inte ej ingår'.split(
    ' ',
  ),
);

const NUMBER_WORDS: Record<string, number> = { två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8 };

/** The prioritised focus areas: list items, lead paragraphs or subheadings of a focus-area section, or a prose list. */
export function focusAreas(a: Analysis): FocusArea[] {
  return memo(a, findFocusAreas);
}

/** An area's number reference and short stems as expressions, built once per area. */
const areaPatterns = new WeakMap<FocusArea, { number?: RegExp; short: RegExp[]; long: string[] }>();

function patternsOf(area: FocusArea) {
  let p = areaPatterns.get(area);
  if (!p) {
    p = {
      short: area.keywords.filter((k) => k.length < 5).map((k) => new RegExp(`(?<!\\p{L})${k}`, 'u')),
      long: area.keywords.filter((k) => k.length >= 5),
    };
    if (area.number !== undefined)
      // "FO 3" is how long agreements abbreviate "fokusområde 3".
      p.number = new RegExp(
        `(?:fokusområde|insatsområde|område|utmaning|(?<![\\p{L}])fo)\\s*${area.number}(?!\\d)`,
        'u',
      );
    areaPatterns.set(area, p);
  }
  return p;
}

/** Whether a text mentions the area: one of its stems at a word start or inside a compound. */
export function mentionsArea(text: string, area: FocusArea): boolean {
  const t = text.toLowerCase();
  const p = patternsOf(area);
  if (p.number?.test(t)) return true;
  return p.long.some((k) => t.includes(k)) || p.short.some((re) => re.test(t));
}

/** "2. Socialförvaltningen", "5. Dammstorpshem AB": a plan set out per organisation names no areas. */
const ORGANISATION = pattern(
  /^(?:[\p{L}-]+\s+(?:och\s+)?){0,3}(?:\p{L}*förvaltning(?:en)?|\p{L}*nämnd(?:en)?|\p{L}+\s+AB|polisen(?:,\s+(?:lokalpolisområde|LPO)\s+\p{L}+)?|lokalpolisområde\p{L}*|LPO\s+\p{L}+|\p{L}*kommun|räddningstjänst\p{L}*|föreningar(?:na)?|trossamfund(?:en)?|civilsamhälle\p{L}*|näringsliv\p{L}*)$/iu,
);

const MEASURE_CHOICE = pattern(/valt\s.*(?:åtgärd|insats|aktivitet|metod)/iu);

/** "Ej prioriterat: bostadsinbrott", "Inte prioriterat nu": a problem left out, not an area chosen. */
const NOT_CHOSEN = pattern(
  /^\s*(?:ej|inte)\s+(?:\p{L}+\s+)?(?:prioriter\p{L}*|vald\p{L}*)|^\s*prioriteras\s+inte|^\s*bortvald\p{L}*/iu,
);

function findFocusAreas(a: Analysis): FocusArea[] {
  const found = findFocusAreasRaw(a).filter((f) => !NOT_CHOSEN.test(f.name));
  return found.length > 0 && found.every((f) => ORGANISATION.test(f.name.trim())) ? [] : found;
}

function findFocusAreasRaw(a: Analysis): FocusArea[] {
  const candidates: FocusArea[][] = [];
  const headed: FocusArea[] = [];
  for (const section of sectionsTitled(a, CHOICE_SECTION_CUES)) {
    // "Därför har vi valt just de här åtgärderna" justifies measures.
    if (MEASURE_CHOICE.test(section.title)) continue;
    // "6.1 Utvecklingsområde 1" is one area's part of a later chapter, not a list of areas.
    if (BARE_AREA.test(section.title)) continue;
    const named = NAMED_AREA.exec(section.title);
    if (named?.[1]) {
      const key = named[1].trim().toLowerCase();
      if (headed.some((h) => h.name.toLowerCase() === key)) continue;
      headed.push(area(named[1], section, motivationOf(section)));
      continue;
    }
    const areas = fromSection(section);
    if (areas.length > 0) candidates.push(areas);
  }
  if (headed.length > 0) candidates.push(headed);
  const prose = fromProse(a);
  if (prose.length > 0) candidates.push(prose);
  const ordinals = fromOrdinals(a);
  if (ordinals.length > 0) candidates.push(ordinals);
  if (candidates.length === 0 && a.type === 'medborgarlofte') {
    const answered = fromAnswers(a);
    if (answered.length > 0) candidates.push(answered);
  }
  if (candidates.length === 0) {
    const tabled = fromAreaTable(a);
    if (tabled.length > 0) candidates.push(tabled);
  }
  if (candidates.length === 0) {
    const led = fromNumberedLeads(a);
    if (led.length > 0) candidates.push(led);
  }
  if (candidates.length === 0) {
    const counted = fromCountedLeads(a);
    if (counted.length > 0) candidates.push(counted);
  }
  if (candidates.length === 0) {
    const counted = fromCountedHeadings(a);
    if (counted.length > 0) candidates.push(counted);
  }
  if (candidates.length === 0) {
    const grouped = fromMeasureSections(a);
    if (grouped.length > 0) candidates.push(grouped);
  }
  if (candidates.length === 0) {
    const rows = fromGroupRows(a);
    if (rows.length > 0) candidates.push(rows);
  }
  if (candidates.length === 0) {
    const added = fromAddedArea(a);
    if (added.length > 0) candidates.push(added);
  }
  if (candidates.length === 0) {
    const promises = a.sections.filter((s) => s.heading && PROMISE_HEADING.test(s.title));
    const areas = promises.flatMap((s) => {
      const m = PROMISE_HEADING.exec(s.title);
      return m?.[1] ? [area(m[1], s, motivationOf(s))] : [];
    });
    if (areas.length > 0) candidates.push(areas);
  }
  let best: FocusArea[] = [];
  let bestScore = -1;
  for (const c of candidates) {
    const score = c.filter(isMotivated).length * 10 + Math.min(c.length, 6);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best.map((f, i) => ({ ...f, number: i + 1 }));
}

/** Whether the area's motivation draws on the problem picture (figures, trends, sources). */
export function isMotivated(area: FocusArea): boolean {
  // "Mål 1.1: andelen … ska vara högst 8 procent": the area's goals are no motivation of its choice.
  const m = area.motivation?.replace(GOAL_LINE, ' ').trim();
  if (!m || m.split(/\s+/).length < 5) return false;
  // "Orsaker som aktiviteterna riktar sig mot: …" under the area's heading is its cause analysis.
  if (/^(?:troliga\s+|bakomliggande\s+)?orsak(?:er|erna)?(?!\p{L})/iu.test(m)) return false;
  return motivates(m);
}

/** Whether a text draws on the problem picture: figures, trends, sources, what residents said. */
export function motivates(text: string): boolean {
  return figures(text).length > 0 || test(text, MOTIVATION_CUES) || TREND.test(text);
}

/** "tre gånger fler unga misstänkta", "Fler unga misstänks för brott", "gör det angeläget att agera", "risk för rekrytering". */
const TREND = pattern(
  /(?<!\p{L})(?:(?:gånger|allt)\s+fler|fler\s+(?:\p{L}+\s+){0,2}?(?:misstänk|anmäl|utsätt|utsatt|drabb|blir\s+offer|begår|rånas|skadas)\p{L}*|angeläget\s+att|risk(?:en)?\s+för)(?!\p{L})/iu,
);

/** A numbered goal line given under an area ("Mål 2.1: …", "Delmål 3: …"), up to its full stop. */
const GOAL_LINE = pattern(/(?<!\p{L})(?:del|effekt)?mål\s*\d+(?:\.\d+)*\s*:[^.]*(?:\.|$)/giu);

const AREA_WORD =
  '(?:fokusområde|insatsområde|utvecklingsområde|prioriterat område|prioritering|område|tema|utmaning)';
const NAMED_AREA = new RegExp(`^${AREA_WORD}\\s*(?:\\d+|[A-H])\\s*[:.–-]\\s*(.{3,})$`, 'i');
const BARE_AREA = new RegExp(`^${AREA_WORD}\\s*(?:\\d+|[A-H])$`, 'i');
const UNNUMBERED_AREA = /^(?:fokusområde|insatsområde|utvecklingsområde)$/i;
/** "Löfte 1: Lugnare trafik på Storvägen": a promise headed by the problem it takes on. */
export const PROMISE_HEADING = pattern(/^löfte\s*\d+\s*[:.–-]\s*(.{3,})$/i);
const AREA_PREFIX = new RegExp(`^${AREA_WORD}\\s*(?:\\d+|[A-H](?!\\p{L}))?\\s*[:.–-]?\\s*`, 'iu');
const GENERIC_CHILD = pattern(
  /^(problembild|orsaksanalys|orsaker|mål|åtgärder|aktiviteter|bakgrund|motivering|uppföljning|varför|så\s+ser\s+det\s+ut|därför\s+händer|det\s+här\s+(?:vill|gör)\s+vi|så\s+vet\s+vi)\b/i,
);

function motivationOf(section: Section): string | undefined {
  const paragraphs = section.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list-item');
  const text = paragraphs
    .slice(0, 2)
    .map((b) => b.text)
    .join(' ');
  return text || undefined;
}

const LETTERED_RUN = /^\s*a\)\s+\S[\s\S]*?\sb\)\s/u;
const LETTER_MARK = /(?:^|[,;]?\s+)[a-h]\)\s+/u;

function fromSection(section: Section): FocusArea[] {
  // "Fokusområde 1" over "Unga och narkotika. Motivering: …" (a key–value table, unfolded): among
  // other parts of the chapter, the numbered ones are the areas, named by their first sentence.
  const bare = section.children.filter((c) => c.heading && BARE_AREA.test(c.title.trim()));
  if (bare.length >= 2) return bare.map(namedByFirstSentence);
  const children = section.children.filter((c) => c.heading && !GENERIC_CHILD.test(c.title));
  if (children.length >= 2)
    return children.map((c) => area(NAMED_AREA.exec(c.title)?.[1] ?? c.title, c, motivationOf(c)));
  const own = section.blocks.filter((b) => !section.children.some((c) => c.blocks.includes(b)));
  // "5.2 Fokusområde 1 – Våld i centrum. Våldet har ökat …": paragraphs that each name a numbered area.
  const numbered = own.flatMap((b) =>
    b.kind === 'paragraph' && NUMBERED_LEAD.test(withoutParagraphNumber(b.text)) ? (leadArea(b) ?? []) : [],
  );
  if (numbered.length >= 2) return numbered;
  for (const b of own) {
    const listed = b.kind === 'paragraph' ? colonList(b.text, b) : [];
    if (listed.length > 0) return listed;
  }
  // "a) trygghet i offentlig miljö, b) barn och unga i riskzon, c) …": lettered clauses run into one paragraph.
  for (const b of own) {
    if (b.kind !== 'paragraph' || !LETTERED_RUN.test(b.text)) continue;
    const names = b.text
      .split(LETTER_MARK)
      .map((p) =>
        p
          .replace(/^(?:och|samt)\s+/i, '')
          .replace(/[,;.]\s*$/, '')
          .trim(),
      )
      .filter((p) => p.length >= 3);
    if (names.length >= 2 && names.every((n) => n.split(/\s+/).length <= 12))
      return names.map((n) => area(n, b));
  }
  // After a lead-in ending in a colon, the items may continue its sentence in lower case.
  const introduced = own.some((b) => b.kind === 'paragraph' && b.text.trim().endsWith(':'));
  // "- Varför: kraftig ökning 2022–2025" under an area item is that area's motivation.
  const items = own.filter(
    (b) =>
      b.kind === 'list-item' &&
      !WHY_LABEL.test(b.text) &&
      (isNameLike(b.text) || (introduced && isLowerName(b.text))),
  );
  if (items.length >= 2)
    return items.map((b) => {
      const f = leadArea(b) ?? area(b.text, b);
      const next = own[own.indexOf(b) + 1];
      if (!f.motivation && next?.kind === 'list-item' && WHY_LABEL.test(next.text)) f.motivation = next.text;
      // "1. Inbrott i fritidshus" over "- har ökat med 45 % sedan 2022": the sub-items under the area motivate it.
      if (!f.motivation) {
        const under = [];
        for (
          let i = own.indexOf(b) + 1;
          own[i]?.kind === 'list-item' && !items.includes(own[i] as Block);
          i++
        )
          under.push(own[i]?.text ?? '');
        if (under.length > 0) f.motivation = under.join(' ');
      }
      return f;
    });
  // "**FO1 Trygg centrumkväll**" over "- Varför: störst otrygghet …": a short name and its motivation.
  const named = own.flatMap((b, i) => {
    const next = own[i + 1];
    if (b.kind !== 'paragraph' || next?.kind !== 'list-item' || !WHY_LABEL.test(next.text)) return [];
    const name = b.text.trim();
    return name.split(/\s+/).length <= 8 && !/[.:]$/.test(name)
      ? [{ ...area(name, b), motivation: next.text }]
      : [];
  });
  if (named.length >= 2) return named;
  const leads = own.flatMap((b) => (b.kind === 'paragraph' ? (leadArea(b) ?? []) : []));
  if (leads.length >= 2) return leads;
  for (const b of own) {
    const tabled = b.kind === 'table' ? fromNameTable(b) : [];
    if (tabled.length > 0) return tabled;
  }
  return [];
}

const AREA_CODE = /^\p{Lu}{1,3}\s?\d{1,2}[.:]?$/u;

/**
 * "FO | Namn | Motivering" in the chapter on the areas: a row per area, named by its first column of
 * names (not codes), motivated by a picture column. A table of measures or goals is not one.
 */
function fromNameTable(b: Block): FocusArea[] {
  const rows = b.rows ?? [];
  const header = rows[0];
  const body = rows.slice(1);
  if (!header || body.length < 2) return [];
  const t = roleTable(b);
  // "Fokusområde | Mål": a row per area, whatever else it holds; otherwise rows of measures or goals.
  const perArea = t?.roles[0] === 'focus' && !has(t, 'what');
  if (t && !perArea && (['what', 'who', 'when', 'goal', 'indicator'] as const).some((r) => has(t, r)))
    return [];
  const picture = header.map((c) => PICTURE_COLUMN.test(c.text));
  const nameCol = header.findIndex(
    (_, i) =>
      !picture[i] &&
      body.every((r) => {
        const text = r[i]?.text.trim() ?? '';
        return /\p{L}{3}/u.test(text) && !AREA_CODE.test(text) && wordCount(text) <= 8;
      }),
  );
  if (nameCol < 0) return [];
  return body.map((r) => {
    const cell = r[nameCol] as Cell;
    const motivation = r
      .filter((_, i) => picture[i])
      .map((c) => c.text)
      .join(' ');
    return area(
      cell.text,
      { start: r[0]?.start ?? cell.start, end: r.at(-1)?.end ?? cell.end },
      motivation || undefined,
    );
  });
}

/** Tables of measures grouped by rows that hold only an area's name ("1. Trygg stadskärna | | | …"). */
const GROUP_ROW_COLUMNS = 3;

/** A row that only names a group: its first cell, or a number and the name ("1 | Fokusområde 1: Torget | | |"). */
function groupCell(row: Cell[]): Cell | undefined {
  const filled = row.filter((c) => c.text.trim());
  const [first, second] = filled;
  if (filled.length === 1 && first === row[0]) return first;
  if (
    filled.length === 2 &&
    first === row[0] &&
    second === row[1] &&
    /^\d{1,2}[.)]?$/.test(first?.text.trim() ?? '')
  )
    return second;
  return undefined;
}

function fromGroupRows(a: Analysis): FocusArea[] {
  for (const b of a.doc.blocks) {
    if (b.kind !== 'table' || (b.rows?.[0]?.length ?? 0) < GROUP_ROW_COLUMNS) continue;
    const groups = (b.rows ?? []).slice(1).flatMap((r) => {
      const c = groupCell(r);
      return c ? [c] : [];
    });
    // "Fokusområde 1: Torget" rows name areas; a "Gemensamt" row beside them groups what the areas share.
    const prefixOf = (c: Cell) => {
      const p = AREA_PREFIX.exec(c.text.trim())?.[0] ?? '';
      return /\d/.test(p) ? p : '';
    };
    const prefixed = groups.filter((c) => prefixOf(c));
    const named = prefixed.length >= 2 ? prefixed : groups;
    if (named.length >= 2) return named.map((c) => area(c.text.trim().slice(prefixOf(c).length), c));
  }
  return [];
}

/**
 * "… lägger parterna till ett fjärde fokusområde, Bedrägerier mot äldre", "… valt att göra bedrägerier mot
 * äldre till ett eget fokusområde eftersom …": one area added or chosen in a sentence, as an addendum does.
 */
const ADDED_AREA = pattern(
  /(?<!\p{L})(?:(?:lägger\s+(?:\p{L}+\s+)?till|inför\p{L}*)\s+(?:ett\s+)?(?:nytt|eget|\p{L}+e)\s+(?:fokusområde|insatsområde),?\s+(?<name>[^.,;]{3,80})|göra\s+(?<made>[^.,;]{3,80}?)\s+till\s+ett\s+(?:eget|nytt)\s+(?:fokusområde|insatsområde))/iu,
);

/** "Våld i nära relationer är ett av fokusområdena i samverkansöverenskommelsen": a plan for one of them. */
const ONE_OF_THE_AREAS = pattern(
  /^(?<name>[^.,;]{3,60}?)\s+är\s+ett\s+av\s+(?:de\s+\p{L}+\s+)?(?:fokusområdena|insatsområdena|utvecklingsområdena)(?!\p{L})/iu,
);

function fromAddedArea(a: Analysis): FocusArea[] {
  const found = a.sentences.flatMap((s) => {
    const m = ADDED_AREA.exec(s.text) ?? ONE_OF_THE_AREAS.exec(s.text);
    const name = m?.groups?.name ?? m?.groups?.made;
    return name ? [{ s, name: name.trim() }] : [];
  });
  const first = found[0];
  if (!first) return [];
  // The sentence that gives a reason for the choice motivates it, wherever it stands; for a plan of one
  // area, it is the one that says why the area has a plan of its own.
  const motivation =
    found.find((x) => motivates(x.s.text) || BECAUSE.test(x.s.text))?.s.text ??
    a.sentences.find((s) => s.section === first.s.section && CHOSEN_BECAUSE.test(s.text))?.text;
  const f = area(
    first.name.replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
    first.s,
    motivation,
  );
  return [f];
}
const BECAUSE = pattern(/(?<!\p{L})(?:eftersom|därför\s+att)(?!\p{L})/iu);
const CHOSEN_BECAUSE = pattern(/(?<!\p{L})(?:valt|valts|valdes)\s+(?:\p{L}+\s+){0,8}?eftersom(?!\p{L})/iu);

/** "**Utmaning 1 – Unga och narkotika**" over "Läge: …": numbered area paragraphs anywhere, with the paragraph after as motivation. */
function fromNumberedLeads(a: Analysis): FocusArea[] {
  const blocks = a.doc.blocks;
  const isLead = (b: Block | undefined) =>
    b?.kind === 'paragraph' && NUMBERED_LEAD.test(withoutParagraphNumber(b.text));
  const out = blocks.flatMap((b, i) => {
    const f = isLead(b) ? leadArea(b) : undefined;
    if (!f) return [];
    const next = blocks[i + 1];
    if (!f.motivation && next?.kind === 'paragraph' && !isLead(next)) f.motivation = next.text;
    const after = blocks.slice(i + 1).find((x) => x.kind === 'heading' || isLead(x));
    f.extent = after?.start ?? a.doc.text.length;
    return [f];
  });
  return out.length >= 2 ? out : [];
}

/** "1. Bostadsinbrott i Pilängen och Norrbyn. Orsaker: …": a paragraph led by a numbered name. */
const COUNTED_LEAD = pattern(/^(\d{1,2})\.\s+(\p{Lu}[^.:]{2,80}?)\.(?:\s|$)/u);

/**
 * "Parterna har valt två fokusområden, eftersom …" and then as many paragraphs led by "1. …", "2. …":
 * the numbered leads are the areas.
 */
function fromCountedLeads(a: Analysis): FocusArea[] {
  const said = a.sentences.find((s) => s.block.kind === 'paragraph' && AREA_COUNT.test(s.text));
  const n = said && NUMBER_WORDS[(AREA_COUNT.exec(said.text)?.[1] ?? '').toLowerCase()];
  if (!said || !n) return [];
  const out: FocusArea[] = [];
  for (const b of a.doc.blocks.slice(a.doc.blocks.indexOf(said.block) + 1)) {
    if (b.kind === 'heading' && out.length > 0) break;
    const m = b.kind === 'paragraph' ? COUNTED_LEAD.exec(b.text) : null;
    if (!m?.[2] || Number(m[1]) !== out.length + 1) continue;
    out.push(area(m[2], b));
    if (out.length === n) break;
  }
  return out.length === n ? out : [];
}

function namedByFirstSentence(c: Section): FocusArea {
  const first = c.sentences[0];
  const name = first?.text.replace(/[.:]$/, '').trim();
  if (!first || !name || wordCount(name) > 10) return area(c.title, c, motivationOf(c));
  const rest = c.sentences
    .slice(1)
    .map((x) => x.text)
    .join(' ');
  return area(name, c, rest || undefined);
}

/** A lower-case item continuing a sentence: a short noun phrase, not a clause. */
function isLowerName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    /^\p{Ll}/u.test(words[0] ?? '') && words.length <= 10 && !words.some((w) => VERBISH.has(w.toLowerCase()))
  );
}

const WHY_LABEL = pattern(/^(?:varför|motivering|därför|skäl)\s*:/iu);

/** A list item that starts like a name ("Narkotika bland unga"), not like a clause ("genomföra två …"). */
function isNameLike(text: string): boolean {
  const first = text.trim().split(/\s+/)[0] ?? '';
  return /^\p{Lu}/u.test(first) && !VERBISH.has(first.toLowerCase());
}

/** "Tre prioriterade områden", "två fokusområden": a lead that counts the areas instead of naming one. */
const COUNTS_AREAS = pattern(
  /(?<!\p{L})(?:två|tre|fyra|fem|sex|följande)\s+(?:\p{L}+\s+)?(?:\p{L}*områden|teman|frågor|problem)(?!\p{L})/iu,
);

// "Fokusområde 2: …", and per part of a shared agreement "Fokusområde: Skadegörelse vid stationen.".
const NUMBERED_LEAD = new RegExp(
  `^(?:${AREA_WORD}\\s*(?:\\d+|[A-H])\\s*[:.–-]|(?:fokusområde|insatsområde|utvecklingsområde)\\s*:\\s*\\p{Lu})`,
  'iu',
);

/** A paragraph's clause number ("5.2 …", "3) …"), which is not part of what it says. */
/** "2.1 ", "3) " or a letter "B. " before an area's name. */
const withoutParagraphNumber = (text: string) =>
  text.replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[A-H][.)])\s+(?=\p{Lu})/u, '');
/** "Tabell 4. Fokusområden 2022–2025.": a caption, not an area. */
const CAPTION = /^(?:tabell|figur|diagram|bild)\s*\d+$/iu;

/** "Narkotika bland unga. Cannabisanvändningen har ökat …" → the name and its motivation. */
function leadArea(b: Block): FocusArea | undefined {
  const m =
    /^(.{3,120}?)(?:[.:]\s+|\s+[–-]\s+(?=\p{Lu}|(?:\S+\s+){4})|,\s+(?=(?:där|som|eftersom|vilket|då)\s))(?=\S)(.*)$/su.exec(
      withoutParagraphNumber(b.text),
    );
  if (!m?.[1]) return undefined;
  let name = m[1];
  let rest = m[2] ?? '';
  const prefixed = AREA_PREFIX.exec(name);
  // "Fokusområde 1: …" says outright that a name follows, so a longer one is still a name.
  let maxWords = 10;
  if (prefixed && prefixed[0].length < name.length && /\d/.test(prefixed[0])) {
    name = name.slice(prefixed[0].length);
    maxWords = 14;
  } else if (BARE_AREA.test(name) || UNNUMBERED_AREA.test(name)) {
    const again = /^(.{3,120}?)[.:]\s+(.*)$/su.exec(rest);
    // "Utmaning 1 – Unga som dras in i narkotikahandel": the whole rest is the name.
    if (!again?.[1] && wordCount(rest) > 10) return undefined;
    name = again?.[1] ?? rest.replace(/[.:]$/, '');
    rest = again?.[2] ?? '';
    maxWords = 14;
  }
  const words = name.toLowerCase().split(/\s+/);
  if (
    words.length > maxWords ||
    words.some((w) => VERBISH.has(w)) ||
    COUNTS_AREAS.test(name) ||
    CAPTION.test(name.trim())
  )
    return undefined;
  if (!/^\p{Lu}/u.test(name.trim())) return undefined;
  return area(name, b, rest || undefined);
}

/** "Löftena svarar mot otryggheten vid resecentrum", "Löftet är vårt svar på det ni berättade: …". */
const ANSWERS = pattern(
  /(?:(?:svar(?:ar|et)|(?:vårt|vårat|ett|är)\s+svar)\s+(?:på|mot)|riktar\s+sig\s+mot|handlar\s+om|tar\s+sikte\s+på)\s+(?:det\s+(?:ni|du|de\s+boende|boende)\s+\p{L}+(?:\s+\p{L}+)??(?:\s*:\s*|\s+om\s+))?(.{3,200}?)[.:]?$/iu,
);

const RAISED_IN_ORDER = pattern(
  /^(?:det\s+som\s+kom\s+upp\s+(?:allra\s+)?mest|(?:det|den)\s+(?:första|andra|tredje|fjärde))\s+var\s+([^.,;:]{3,80})/iu,
);

/**
 * A medborgarlöfte names the problems it answers in a sentence rather than a list of focus areas:
 * one sentence for all ("Löftena svarar mot …, … och …"), or one per group of promises ("Det här
 * löftet är svaret på det du sa om parken:").
 */
const RAISED_BY = pattern(
  /\s+som\s+(?:många|flera|ni|du|de\s+flesta|flest|boende|invånar\p{L}*|föräldrar\p{L}*|elever\p{L}*|unga)(?!\p{L}).*$/iu,
);

/** "otryggheten vid busstationen som många av er, särskilt kvinnor, berättade om": who raised it is no other problem. */
function withoutRaisedBy(text: string): string {
  const cut = text.replace(RAISED_BY, '');
  return /\s/.test(cut) ? cut : text;
}

/** "… handlar om just det", "… svarar mot detta": what was said before, not a problem named. */
const ANAPHOR = pattern(/^(?:just\s+|precis\s+)?(?:det|detta|dessa|de|dem|det\s+här|de\s+här|den\s+här)$/iu);

function fromAnswers(a: Analysis): FocusArea[] {
  // "Det som kom upp allra mest var trafiken. … Det andra var stölderna.": the problems residents raised, in order.
  const raised = a.sentences.flatMap((s) => {
    const m = RAISED_IN_ORDER.exec(s.text);
    return m?.[1] ? [area(m[1], s, s.text)] : [];
  });
  if (raised.length >= 2) return raised;
  const out: FocusArea[] = [];
  for (const s of a.sentences) {
    if (out.length > 0 && !/löfte/i.test(s.text)) continue;
    const m = ANSWERS.exec(s.text);
    if (!m?.[1]) continue;
    const parts = withoutRaisedBy(m[1])
      .replace(/^(?:två|tre|fyra|fem|sex)\s+\p{L}+\s*:\s*/iu, '')
      .split(/,\s*/)
      .map((p) => p.replace(/^(?:och|samt)\s+/i, '').trim())
      // "Löftet svarar mot att väntsalen stänger tidigt, att …": clauses give causes, not the problems' names.
      .filter((p) => p.length >= 3 && p.split(/\s+/).length <= 10 && !ANAPHOR.test(p) && !/^att\s/iu.test(p));
    // A sentence listing several problems names them all.
    if (out.length === 0 && parts.length >= 2) return parts.map((p) => area(p, s, s.text));
    if (parts.length !== 1) continue;
    for (const p of parts) {
      const f = area(p, s, s.text);
      if (!out.some((o) => o.name.toLowerCase() === f.name.toLowerCase())) out.push(f);
    }
  }
  return out;
}

/** Titles of a document's parts (goals, measures, follow-up …), which are never the name of a focus area. */
const NOT_AREA_TITLE = pattern(
  /bakgrund|inledning|syfte|mål|åtgärd|aktivitet|insats|plan|nuläge|lägesbild|problembild|orsak|underlag|indikator|uppföljning|giltighet|revidering|organisation|ansvar|resurs|kontakt|underskrift|bilag|kommunikation|delaktighet|dialog|genomförande|utgångspunkt|löfte|(?<!p{L})fynd(?!p{L})|sammanfattning|slutsats|varför|lovar|\?\s*$|^(?:vad|hur|vem|vilka|när)\s|^(?:kommunen|polisen|tillsammans|vi|parterna|vi\s+tillsammans)\s+(?:gör|ansvarar|åtar|lovar|gör\s+vi)|^(?:planerat?|pågår|pågående|klart?|genomfört?|avslutat?|ej\s+påbörjad|att\s+göra|status)$/i,
);

/** "inom de tre fokusområden som …", "planens fyra insatsområden": the number of areas a text speaks of. */
const AREA_COUNT = pattern(
  /(?<!\p{L})(två|tre|fyra|fem|sex)\s+(?:\p{L}+\s+)?(?:fokusområden|insatsområden|utvecklingsområden|prioriterade\s+områden|samverkansområden)(?:a)?(?!\p{L})/iu,
);
const NUMBERED_TITLE = pattern(/^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+\p{Lu}/u);

/**
 * A plan that says how many areas it covers ("inom de tre fokusområden") and has exactly that many
 * numbered sibling headings ("1. Ungas fritid", "2. Trygghet i centrum", …): those headings are the areas.
 */
function fromCountedHeadings(a: Analysis): FocusArea[] {
  const said = a.sentences.find((s) => s.block.kind !== 'table' && AREA_COUNT.test(s.text));
  const n = said && NUMBER_WORDS[(AREA_COUNT.exec(said.text)?.[1] ?? '').toLowerCase()];
  if (!n) return [];
  const byParent = new Map<Section, Section[]>();
  for (const section of a.sections) {
    if (!section.heading || !section.parent || !NUMBERED_TITLE.test(section.heading.text)) continue;
    if (NOT_AREA_TITLE.test(section.title) || TIME_TITLE.test(section.title)) continue;
    const siblings = byParent.get(section.parent) ?? [];
    siblings.push(section);
    byParent.set(section.parent, siblings);
  }
  for (const siblings of byParent.values())
    if (siblings.length === n) return siblings.map((c) => area(c.title, c.heading ?? c, motivationOf(c)));
  return [];
}

/** Header cells of columns that describe the situation of the row's area: its motivation. */
const PICTURE_COLUMN = pattern(
  /lägesbild|problembild|nuläge|bakgrund|motivering|situation|problembeskrivning|varför/i,
);

/**
 * One table that carries the whole agreement, a row per area ("Fokusområde | Lägesbild | Orsaker |
 * Mål | Åtgärder | …"): its first column names the areas, and the picture column motivates each.
 */
function fromAreaTable(a: Analysis): FocusArea[] {
  for (const block of a.content) {
    if (block.kind !== 'table') continue;
    const t = roleTable(block);
    if (!t || t.roles[0] !== 'focus' || t.rows.length < 2) continue;
    const parts = (['goal', 'what', 'cause'] as const).filter((r) => t.roles.includes(r));
    if (parts.length < 2) continue;
    const picture = t.header.map((c) => PICTURE_COLUMN.test(c.text));
    const out: FocusArea[] = [];
    for (const row of t.rows) {
      const name = row[0]?.text.trim() ?? '';
      const last = row.at(-1);
      if (name.length < 3 || wordCount(name) > 8 || !last || out.some((f) => f.name === name)) continue;
      const motivation = row
        .filter((_, i) => picture[i])
        .map((c) => c.text)
        .join(' ');
      const f = area(name, { start: row[0]?.start ?? block.start, end: last.end }, motivation || undefined);
      if (wordCount(motivation) >= 3) f.pictured = true;
      out.push(f);
    }
    if (out.length >= 2) return out;
  }
  return [];
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A table of who does what and when, not one of figures ("År | 2021 | 2022"). */
function isMeasureTable(b: Block): boolean {
  const t = roleTable(b);
  return !!t && (has(t, 'what') || has(t, 'who') || has(t, 'when'));
}

/** Sibling sections that each hold measures (a table or a list) read as the areas a plan is organised by. */
function fromMeasureSections(a: Analysis): FocusArea[] {
  const byParent = new Map<Section, Section[]>();
  for (const section of a.sections) {
    if (
      !section.heading ||
      !section.parent ||
      NOT_AREA_TITLE.test(section.title) ||
      TIME_TITLE.test(section.title)
    )
      continue;
    const own = section.blocks.filter((b) => !section.children.some((c) => c.blocks.includes(b)));
    const holdsMeasures =
      own.some((b) => b.kind === 'table' && isMeasureTable(b)) ||
      own.filter((b) => b.kind === 'list-item').length >= 2;
    if (!holdsMeasures || section.title.split(/\s+/).length > 8) continue;
    const siblings = byParent.get(section.parent) ?? [];
    siblings.push(section);
    byParent.set(section.parent, siblings);
  }
  for (const siblings of byParent.values()) {
    if (siblings.length >= 2 && siblings.length <= 8) {
      return siblings.map((c) => area(c.title, c.heading ?? c, motivationOf(c)));
    }
  }
  return [];
}

const PROSE_LIST = pattern(
  /(?:särskild uppmärksamhet (?:ska )?(?:ägnas|riktas) (?:åt|mot)|särskilt fokus (?:ska )?(?:läggas |läggs )?på|valt att (?:samverka|arbeta) (?:kring|med|inom)|valt att (?:\S+\s+){0,3}?(?:lägga|fokusera|koncentrera|satsa|prioritera)(?:\s+\p{L}+){0,3}?\s+(?:på|kring|mot)|(?:fokusområden|prioriterade områden|insatsområden|utvecklingsområden|samverkansområden|frågor|problem)(?:na)?[^:.]{0,60}:|^(?:fokusområdena|insatsområdena|utvecklingsområdena|de prioriterade områdena)(?:\s+(?:för|under|i)\s+\S+(?:\s+\S+)?)?\s+(?:är|blir)\s)\s*(?:(?:just\s+)?(?:de\s+här|dessa|följande)\s+(?:två|tre|fyra|fem)\s+\p{L}+\s*[,:]\s*)?([^.]+)/iu,
);

const MAX_LISTED = 12;

function fromProse(a: Analysis): FocusArea[] {
  for (const [i, s] of a.sentences.entries()) {
    if (!test(s.text, PROSE_CUES)) continue;
    const listed = colonList(s.text, { start: s.start, end: s.end });
    if (listed.length > 0) {
      // "De har ökat mest, de drabbar många …": the next sentence of the paragraph motivates the choice.
      const next = a.sentences[i + 1];
      const motivation =
        next && next.block === s.block && BACK_REFERENCE.test(next.text) ? next.text : undefined;
      return motivation ? listed.map((f) => ({ ...f, motivation })) : listed;
    }
    // "… prioriterar parterna under perioden" + a list: the sentence runs on into its items.
    const runsOn = s.block.kind === 'paragraph' && s.end === s.block.end && !/[.!?:]$/.test(s.text.trimEnd());
    // After a lead-in ending in a colon the items may continue its sentence in lower case, too.
    const colon = s.text.trimEnd().endsWith(':');
    const items = colon || runsOn ? listAfter(a, s.block, runsOn || colon) : [];
    // Nine or more are still the areas it names, too many to be a priority (K04 says so).
    if (items.length >= 2 && items.length <= MAX_LISTED)
      return items.map((b) => leadArea(b) ?? area(b.text, b));
  }
  return [];
}

/** "Det första är bostadsinbrott i Västerby, eftersom …", "Det andra området gäller …": areas counted off in prose. */
const ORDINAL = pattern(
  /^(?:det|den)\s+(?:första|andra|tredje|fjärde|femte|sjätte)\s+(?:(?:\p{L}*område(?:t)?|problemet|frågan|temat)\s+)?(?:är|var|gäller|handlar\s+om)\s+(.{3,200})$/iu,
);
/** Where the name ends and its motivation starts. */
const NAME_END = pattern(/,|\s+(?:eftersom|där|då|vilket|som|för\s+att)\s/u);

function fromOrdinals(a: Analysis): FocusArea[] {
  let run: FocusArea[] = [];
  let block: unknown;
  for (const [i, s] of a.sentences.entries()) {
    const m = ORDINAL.exec(s.text.trim().replace(/[.]$/, ''));
    if (!m?.[1]) continue;
    if (s.block !== block) {
      if (run.length >= 2) return run;
      run = [];
      block = s.block;
      // Ordinals count off areas only where the text has just spoken of choosing them.
      const before = a.sentences[i - 1];
      const chosen =
        inSectionTitled(s, FOCUS_SECTION_CUES) ||
        (before !== undefined && before.block === s.block && test(before.text, PROSE_CUES));
      if (!chosen) {
        block = undefined;
        continue;
      }
    }
    const rest = m[1];
    const end = rest.search(NAME_END);
    const name = (end > 0 ? rest.slice(0, end) : rest).trim();
    if (name.split(/\s+/).length > 10) continue;
    run.push(area(name, s, end > 0 ? rest.slice(end).replace(/^,\s*/, '') : undefined));
  }
  return run.length >= 2 ? run : [];
}

/** A sentence that speaks of the areas just named. */
const BACK_REFERENCE = pattern(
  /^(?:de|dessa|båda|alla|valet|skälet|skälen|anledningen|motivet|det\s+är\s+(?:de|dessa|här|där))(?!\p{L})/iu,
);

/** The name-like list items right after a block ("Överenskommelsen anger tre teman:" + list). */
function listAfter(a: Analysis, block: Block, lowerCase = false): Block[] {
  const i = a.doc.blocks.indexOf(block);
  const out: Block[] = [];
  for (const b of a.doc.blocks.slice(i + 1)) {
    if (b.kind !== 'list-item') break;
    const item = stripNumbering(b.text).replace(/^[A-H][.)]\s+/, '');
    // Items that continue the sentence start in lower case ("1. trygghet i centrum,").
    if (!(isNameLike(item) || (lowerCase && isLowerName(item)))) return [];
    out.push(b);
  }
  return out;
}

const PROSE_CUES: Cue[] = [
  'prioriterar',
  'prioritering*',
  'valt att samverka',
  'valt att arbeta',
  'valt att',
  'fokusområde*',
  'utvecklingsområde*',
  '=teman',
  'prioriterade områden',
  'insatsområde*',
  '=frågor',
  'gäller framför allt',
  'särskild uppmärksamhet',
  'särskilt fokus',
  'handlar framför allt om',
  'fokuserar på',
];

/** "…följande fokusområden: FO1 Narkotika bland unga. FO2 Våld i centrum. FO3 …", "FO 1 … · FO 2 …": coded items run together. */
const CODED_ITEM = pattern(/(?:^|[.;·•]\s+)(\p{Lu}{1,3}\s?\d{1,2}\s+[^.;·•]{3,80})/gu);

function codedList(text: string, span: { start: number; end: number }): FocusArea[] {
  const colon = text.indexOf(':');
  if (colon < 0 || !PROSE_LIST.test(text)) return [];
  const items = [
    ...text
      .slice(colon + 1)
      .trim()
      .matchAll(CODED_ITEM),
  ].map((m) => (m[1] ?? '').trim());
  return items.length >= 2 && items.length <= 8 ? items.map((name) => area(name, span)) : [];
}

function colonList(text: string, span: { start: number; end: number }): FocusArea[] {
  const coded = codedList(text, span);
  if (coded.length > 0) return coded;
  const m = PROSE_LIST.exec(text);
  if (!m?.[1]) return [];
  const before = text.slice(0, m.index + m[0].length - m[1].length).toLowerCase();
  // "… valt tre fokusområden utifrån tre kriterier: …" lists the criteria, not the areas.
  if (/kriteri|utifrån\s+(?:\p{L}+\s+)?(?:frågor|grunder|skäl)/u.test(before)) return [];
  const expected = [...before.matchAll(/(?<!\p{L})(två|tre|fyra|fem|sex|sju|åtta)(?!\p{L})/gu)].map(
    (x) => NUMBER_WORDS[x[1] ?? ''] ?? 0,
  )[0];
  const parts = m[1]
    .split(/,\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const last = parts.pop();
  if (last) {
    const split = last.split(/\s+(?:samt|och)\s+(?=[^\s]+)/);
    if (parts.length === 0 && expected === undefined) {
      // "trafiken och tryggheten i centrum": two areas joined by och.
      const i = last.search(/\s+(?:samt|och)\s+/);
      if (i > 0 && split.length === 2)
        parts.push(last.slice(0, i), last.slice(i).replace(/^\s+(?:samt|och)\s+/, ''));
      else parts.push(last);
    } else if (expected === undefined || parts.length + 1 < expected) {
      // "unga och droger samt trafik och buskörning": samt joins the items, och may join words within one.
      const samt = last.search(/\s+samt\s+/);
      const i = samt > 0 ? samt : last.search(/\s+(?:samt|och)\s+(?!.*\s(?:samt|och)\s)/);
      if (i > 0 && split.length > 1)
        parts.push(last.slice(0, i), last.slice(i).replace(/^\s+(?:samt|och)\s+/, ''));
      else parts.push(last);
    } else parts.push(last);
  }
  if (parts.length < 2 || parts.some((p) => p.split(/\s+/).length > 8)) return [];
  return parts.map((p) => area(p, span));
}

const STOP = new Set(
  'och i på för av mot med bland kring samt det den ett en om vid till från under inom hela alla ökad minskad ökat minskat fler färre'.split(
    ' ',
  ),
);
const GENERIC = new Set([
  'område',
  'områden',
  'området',
  'fokusområde',
  'arbete',
  'arbetet',
  'frågor',
  'frågan',
]);
const ENDING = pattern(/(?:erna|arna|orna|ernas|arnas|ornas|en|et|er|ar|or|na|ns|s|n|t|a|e)$/);

function stems(name: string): string[] {
  const out = new Set<string>();
  for (const w of name.toLowerCase().split(/[^\p{L}]+/u)) {
    if (w.length < 4 || STOP.has(w) || GENERIC.has(w)) continue;
    const stem = w.length > 5 ? w.replace(ENDING, '') : w;
    // "rånen", "våldet": a short noun's definite form, matched by its stem at a word start ("rån mot unga").
    const definite = w.length === 5 && /(?:en|et)$/.test(w) ? w.slice(0, 3) : undefined;
    out.add(definite ?? (stem.length >= 4 ? stem : w));
    const compound = /^(\p{L}{4,}?)s(\p{L}{5,})$/u.exec(w);
    if (compound?.[1] && w.length >= 10) out.add(compound[1]);
  }
  return [...out];
}

function area(name: string, span: { start: number; end: number }, motivation?: string): FocusArea {
  const clean = stripNumbering(name)
    .replace(/^\(\d{1,2}\)\s*/, '')
    .replace(/^FO\s*\d{1,2}\s*[:.–-]?\s*/u, '')
    .replace(/[.:;,]+$/, '')
    .trim();
  const fa: FocusArea = { name: clean, keywords: stems(clean), start: span.start, end: span.end };
  if (motivation) fa.motivation = motivation;
  return fa;
}
