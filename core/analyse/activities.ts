import type { Block, Cell } from '../model/document.ts';
import { type Analysis, droppedRow, isFileTitle, memo, type Section, type Sentence } from './analysis.ts';
import { cueTest } from './cue-test.ts';
import type { Cue } from './lexicon.ts';
import { pattern } from './pattern.ts';
import { PLAN_KIND, type Reference, referencedElsewhere } from './references.ts';
import { cellOf, continuation, has, type RoleTable, roleTable } from './table-roles.ts';
import { stripNumbering, TIME_TITLE } from './text.ts';

/** Who a measure belongs to. `gemensam` is "parterna"/"vi" without a named owner. */
export type Party = 'kommun' | 'polis' | 'annan' | 'gemensam';

/** One measure: what is done, by whom, when, and what it is tied to. */
export interface Activity {
  text: string;
  start: number;
  end: number;
  what: string;
  /** The owner as written ("Socialförvaltningen, fältgruppen"); absent when no owner is named. */
  who?: string;
  parties: Party[];
  /** When or how often ("Fredag och lördag kl. 21–03", "senast 30 juni 2025"). */
  when?: string;
  focusArea?: string;
  goal?: string;
  cause?: string;
  /** The measure's number in its table ("1.2"), which often carries the focus area's number. */
  nr?: string;
  /** Its place in an enumeration within a cell or paragraph ("2)"), matched by an "Ansvar" cell keyed the same way. */
  key?: string;
  from: 'table' | 'list' | 'prose';
  /** The lead-in the item belongs to ("Kommunen åtar sig att"), for quoting it with the item. */
  lead?: Block;
  /** Read from a commitments section ("Parternas åtaganden") rather than a plan of measures. */
  commitment: boolean;
  block: Block;
  section: Section;
}

/** Section headings under which measures are listed. */
export const MEASURE_SECTION_CUES: Cue[] = [
  'åtgärd*',
  'aktivitet*',
  'insats*',
  'löfte*',
  'handlingsplan*',
  'aktivitetsplan*',
  'åtgärdsplan*',
  'vi lovar',
  'lovar vi',
  // A promise written as one person's letter: "Det här lovar jag".
  'jag lovar',
  'lovar jag',
  'så arbetar vi',
  'vad vi gör',
  'så gör vi',
  'det här gör vi',
  'vad gör vi',
  'vad var och en gör',
  'vad parterna gör',
];
/** Section headings of commitments per party. */
export const COMMITMENT_SECTION_CUES: Cue[] = [
  'åtagande*',
  'ansvarsfördelning*',
  'ansvar och roller',
  'roller*',
];
/** Sections that justify or follow up measures rather than list them. */
const NOT_MEASURES: Cue[] = [
  // "Vilka problem ska löftet lösa?" names the problems, not the promises.
  'vilka problem',
  'inledning',
  'följer upp',
  'följa upp',
  'val av',
  'motivering*',
  'kunskapsunderlag*',
  'uppföljning*',
  'bakgrund*',
  'varför',
  // "Därför lovar vi detta" says why, before the promises ("Därför lovar vi:" leads into them).
  'därför lovar vi detta',
  'därför lovar vi det här',
  'därför gör vi detta',
  'därför gör vi det här',
  'utgångspunkt*',
  '=mål',
  'underlag*',
  'giltighet*',
  'kontakt*',
  'har du frågor',
  // A promise's frame: who holds it, how it was made, where to read it, how long it holds.
  'vem ansvarar',
  'vilka ansvarar',
  'står bakom',
  'tagit fram',
  'tagits fram',
  // "Så tog vi fram löftena".
  'tog fram',
  'var kan du läsa',
  'läsa mer',
  'hur länge gäller',
  'vad är ett medborgarlöfte',
  'handlar löftet',
  'handlar löftena',
  'därför handlar',
  'har vi valt',
  'vem äger',
  'vill vi uppnå',
  // "Det här ingår inte i löftet": what the promise leaves out.
  'ingår inte',
  // "Insatsområden" names the focus areas, not measures.
  'insatsområde*',
  'fokusområde*',
  'prioriterade områden',
  // "Så gick det med förra årets löfte": results of earlier promises.
  'så gick det',
  'förra årets',
  'fjolårets',
];

const PARTY_POLIS = pattern(
  /polis|gruppchef|(?<!\p{L})(?:lpo|pug|igv)(?!\p{L})|ingripande|närpolis|(?<!\p{L})patrull(?:en|er|erna)?(?!\p{L})/iu,
);
const PARTY_KOMMUN = pattern(
  /kommun|förvaltning|socialtjänst|skola|skolan|skolor|rektor|samordnar|samordningsfunktion|fältassistent|fältsekreterare|fältgrupp|enhet(?:en)?(?!\p{L})|nämnd|fritidsgård|fritid(?!\p{L})|elevhälsa|hemtjänst|kontaktcenter|brottsofferstöd|handläggare|kvinnofrid|kommundirekt|stadsdel|bibliotek|räddningstjänst|avdelning|kontoret(?!\p{L})|kansli|samhällsbyggnad|stadsbyggnad|tekniska|säkerhetschef|trygghetschef|folkhälso|integrations|arbetsmarknads|kultur|ungdomsenhet|näringsliv/iu,
);
const PARTY_OTHER = pattern(
  /(?<!\p{L})AB(?!\p{L})|bostadsbolag|förening|(?<!\p{L})(?:PRO|SPF)(?!\p{L})|kvinnojour|nattvandr|fastighetsägare|trafikhuvudman|näringsliv|handlare|(?<!\p{L})region|länsstyrelse|företag|kyrk|trafikverket|centrumförening/iu,
);
const PARTY_JOINT = pattern(/(?<!\p{L})(?:parterna|vi|tillsammans|gemensamt|båda parter)(?!\p{L})/iu);

/** A company named as a compound of place and trade: "Lommarydsbostäder", "Ekbyhem", "Sjöstadens Fastigheter". */
const COMPANY = pattern(/(?<!\p{L})\p{Lu}\p{Ll}+(?:bostäder|hem|fastigheter|bostad)(?!\p{L})/u);

/** Categories of the parties named in an owner text. */
export function partiesOf(who: string): Party[] {
  const out = new Set<Party>();
  const rest = who.replace(/kommunpolis\p{L}*/giu, () => {
    out.add('polis');
    return ' ';
  });
  if (PARTY_POLIS.test(rest)) out.add('polis');
  if (PARTY_KOMMUN.test(rest)) out.add('kommun');
  if (PARTY_OTHER.test(rest) || COMPANY.test(rest)) out.add('annan');
  if (out.size === 0 && PARTY_JOINT.test(rest)) out.add('gemensam');
  // "Gatu- och parkchefen", "Rektorerna": the kommun's own functions.
  if (out.size === 0 && FUNCTION_OWNER.test(who.trim())) out.add('kommun');
  return [...out];
}

function isParty(word: string): boolean {
  return (
    PARTY_POLIS.test(word) ||
    PARTY_KOMMUN.test(word) ||
    PARTY_OTHER.test(word) ||
    COMPANY.test(word) ||
    /^(?:parterna|vi)$/i.test(word)
  );
}

const TIME = pattern(
  /(?<!\p{L})(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar|en|s)?|(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|kl\.?\s*\d|klockan\s+\d|(?:vecka|v\.)\s*\d{1,2}|senast|till och med|från och med|fr\.o\.m|t\.o\.m|varje|varannan|var\s+(?:fjärde|tredje|annan|sjätte)|per\s+(?:år|månad|vecka|kvartal|termin|läsår|natt|dygn|kväll|halvår)|i\s+(?:veckan|månaden)|om\s+året|under\s+(?:året|hela|perioden|20\d\d|våren|hösten|sommaren|vintern|läsåret|terminen|\p{L}*terminen|första|andra|kvartal)|hela\s+(?:året|perioden|läsåret)|löpande|årligen|årlig(?:a|t)?|månadsvisa?|kvartalsvisa?|veckovisa?|dagligen|halvårsvisa?|kontinuerligt|fortlöpande|(?:vår|höst)termin\p{L}*|läsår\p{L}*|inom\s+(?:\d+|ett|en|två|tre|fyra|fem|sex)\s+(?:dygn|timmar|dagar|veckor|månader|arbetsdagar)|(?:våren|hösten|sommaren|vintern)\s+20\d\d|från\s+(?:\d{1,2}\s+\p{L}+|våren|hösten|20\d\d)|(?:minst|max)\s+\p{L}+\s+gånger|\d+\s+gånger|(?:en|två|tre|fyra)\s+gånger|(?:kvartal|tertial)\s*\d|q[1-4]|(?:före|efter|inför|under)\s+(?:sommar|jul|sport|påsk|höst|vinter)lovet|(?:före|inför)\s+(?:midsommar|jul|årsskiftet|sommaren|hösten|våren|vintern)|(?:vid|inför|före)\s+(?:terminsstart|skolstart|skolavslutning)\p{L}*)(?!\p{L})|(?<!\d)20\d\d(?![\d:])/iu,
);

/** When or how often, as written, if the text says it. */
export function whenIn(text: string): string | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  return text
    .slice(m.index, Math.min(text.length, m.index + 60))
    .replace(/(?:[,;]|\.(?!\s?\d)|\s[–—]\s).*$/u, '')
    .trim();
}

/** Commitment verbs after a party subject. */
const COMMIT = pattern(
  /^(.{2,140}?)\s+(?:åtar\s+sig(?:\s+att)?|har\s+åtagit\s+sig(?:\s+att)?|lovar(?:\s+(?:tillsammans|gemensamt|också|även|därför))?\s+att|ansvarar(?:\s+(?:också|även|gemensamt))?\s+för|(?:tar|har)\s+(?:\p{L}+\s+)?ansvar(?:et)?\s+för|ska|skall|kommer\s+att)(?:\s|$)/iu,
);

/** A commitment verb before its subject, as after a fronted adverbial. */
const INVERTED = pattern(
  /(?<!\p{L})(?:lovar|åtar|ansvarar|ska|kommer)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:(?:sig|gemensamt|tillsammans|också|även)\s+)?(?:att|för)\s/iu,
);

/** "Inom området X arbetar parterna med …", "Inom området Y handlar arbetet om …": measures led by their area. */
const AREA_LED = pattern(
  /^(?:inom|för)\s+(?:fokus|insats|utvecklings)?området\s+(.{3,80}?)\s+(?:arbetar|jobbar|satsar)\s+(parterna|polisen|kommunen|vi)\s+(?:med|på)\s+(.{3,})$|^(?:inom|för)\s+(?:fokus|insats|utvecklings)?området\s+(.{3,80}?)\s+(?:handlar\s+arbetet\s+om|används|genomförs|görs|sker|prioriteras|finns)\s+(.{3,})$/iu,
);

const JOINT_ONLY = pattern(/^(?:vi|parterna)$/i);
/** "Vi gör det här för att tunneln var den plats där …": why, said after the promises. */
const WHY_WE_DO = pattern(
  /^(?:vi\s+gör\s+(?:det\s+här|detta)|det\s+här\s+gör\s+vi)\s+(?:för\s+att|eftersom)\s/iu,
);
const GOALS_AND_MEASURES = pattern(
  /(?<!\p{L})mål(?:en)?\s+och\s+(?:åtgärder|insatser|aktiviteter)(?:na)?(?!\p{L})/iu,
);
const PLACEHOLDER_CELL = pattern(
  /^\s*\[?\s*(?:fylls\s+i|text\s+kommer|XX+|TBD|\?+|\.{3,}|…|[-–—]+|saknas|oklart|(?:ej|inte)\s+(?:fastställ\p{L}*|bestämt|klart|angiv\p{L}*))\s*\]?\s*$|\b20XX\b|\[fylls\s+i\]/iu,
);
/** "Löpande", "Vid behov" in a time column: no time or frequency to plan by. */
const VAGUE_WHEN = pattern(
  /^\s*(?:löpande|pågående|pågår|kontinuerligt|fortlöpande|vid\s+behov)\s*\.?\s*$/iu,
);
const CHANGE_LOG_HEADER = pattern(
  /^(?:version|versionsnummer|ändring\p{L}*|vad\s+har\s+ändrats|vad\s+ändrades)$/iu,
);
const EVIDENCE_HEADER = pattern(
  /kunskapsunderlag|kunskapsstöd|evidens|forskning|stöd\s+i|motivering|varför/iu,
);
/** "… lovar att busstationen ska kännas tryggare": the aim over the promises, not one of them. */
const OUTCOME_PROMISE = pattern(
  /(?<!\p{L})lovar\s+(?:\p{L}+\s+)?att\s+(?:\S+\s+){1,4}?ska\s+(?:bli|kännas|vara|upplevas)\s+(?:\p{L}+\s+)?(?:tryggare|säkrare|svårare|lättare|färre|mindre|bättre)(?!\p{L})/iu,
);
/** "Vi lovar att göra det tryggare att resa kollektivt och att minska narkotikaförsäljningen": an outcome, no deed. */
const OUTCOME_ONLY = pattern(
  /(?<!\p{L})lovar\s+(?:\p{L}+\s+)?att\s+(?:göra\s+(?:\S+\s+){0,5}?(?:tryggare|säkrare|lugnare|bättre)|minska|öka|förbättra|stärka|skapa\s+(?:\S+\s+){0,2}?(?:tryggare|säkrare|lugnare|bättre))(?!\p{L})(?![^.]*(?<!\p{L})genom(?!\p{L}))/iu,
);
const REMIT = pattern(/(?<!\p{L})(?:ansvarar|svarar)\s+för\s/iu);
/** "ansvarar gemensamt för att överenskommelsen genomförs": the agreement itself, not one of its measures. */
const CARRIES_OUT_AGREEMENT = pattern(
  /(?<!\p{L})för\s+att\s+(?:överenskommelsen|avtalet|samverkansöverenskommelsen|planen)\s+(?:genomförs|följs|efterlevs|förverkligas)(?!\p{L})/iu,
);
const AREA_LIST_LEAD = pattern(
  /(?<!\p{L})(?:fokusområden|insatsområden|utvecklingsområden|prioriterade\s+områden)(?:na)?(?:\s+\p{L}+){0,4}\s*:\s*$/iu,
);
/** What research or experience says of a method. */
const EVIDENCE_REPORT = pattern(
  /(?<!\p{L})(?:har\s+(?:i\s+\p{L}+\s+)?visat\s+sig|bygger\s+på\s+(?:\p{L}+\s+){0,2}(?:forskning|studier|utvärdering\p{L}*)|är\s+(?:\p{L}+\s+)?utvärderad|har\s+utvärderats|utvärderade?\s+(?:\p{L}+\s+)?(?:metod|arbetssätt|insats|program|modell)\p{L}*|etablerad\s+(?:arbets)?metod)(?!\p{L})/iu,
);
/** "våra patruller", "er kommunpolis": a party's own people. */
const POSSESSIVE = pattern(/^(?:vår|vårt|våra)$/i);
/** "Vi kan inte lova att det aldrig händer något": a disclaimer, not a promise. */
const DISCLAIMER = pattern(/(?<!\p{L})(?:kan|vill)\s+(?:\p{L}+\s+)?inte\s+lova(?!\p{L})/iu);

/** A second party sharing the verb of the first: "Kommunen tar ansvar för X, och polisen för Y." */
const GAPPED = pattern(/(?:,\s*|\s)(?:och|medan|samt)\s+([\p{L}-]+)\s+för\s/giu);

/** The leading subject of a sentence when it is a party ("Socialförvaltningens fältassistenter finns …"). */
export function subjectParty(text: string): string | undefined {
  const body = text
    .replace(/^\s*(?:att\s+)/i, '')
    .replace(/(\p{Lu}{2,8})\s*\(([^()]{2,120})\)/u, (m, acronym: string, full: string) =>
      isExpansion(acronym, full) ? acronym : m,
    );
  const words = body.split(/\s+/).slice(0, 12);
  const [w0 = '', w1 = '', w2 = ''] = words;
  // "Miljö- och tillståndsenheten": the first word shares the second's last part.
  const shared = /-$/.test(w0) && /^(?:och|samt|eller)$/i.test(w1) && isParty(w2);
  const headIsParty =
    shared || isParty(w0) || (isParty(w1) && (/^\p{Lu}/u.test(w0) || /s$/.test(w0) || POSSESSIVE.test(w0)));
  if (!headIsParty) return undefined;
  for (let i = 1; i < words.length; i++) {
    const w = (words[i] ?? '').replace(/[,.;:]$/, '');
    // "Ekbyhem, som äger marken, klipper …": the relative clause is not part of the owner.
    if (/^som$/i.test(w)) return words.slice(0, i).join(' ').replace(/[,:]$/, '');
    if (/^(?:och|samt|med|i|på|inom|vid|för|tillsammans|,)$/i.test(w)) continue;
    if (isParty(w)) continue;
    if (
      /^(?:ska|skall|kommer|lovar|åtar|ansvarar|är|\p{L}+(?:ar|er|ör|år|ås|as|s))$/u.test(w) &&
      /^\p{Ll}/u.test(w)
    )
      return words.slice(0, i).join(' ').replace(/[,:]$/, '');
  }
  return undefined;
}

/** An explicit owner in the text: "Ansvarig: X", "(polisen)", "X ansvarar". */
function ownerIn(text: string): string | undefined {
  // The owner runs to the next label: "Ansvarig: Gatuenheten Tidplan: april–juni 2026".
  const label = /(?:ansvarig|ansvar|vem)\s*:\s*([^.;]+?)(?=\s+[–|]\s|\s+\p{Lu}\p{Ll}+\s*:\s|[.;]|$)/iu.exec(
    text,
  );
  if (label?.[1]) return label[1].trim();
  // "Tekniska förvaltningen och Mjödviksbostäder: genomgång av belysningen …": the owner leads as a label.
  const led = LEADING_OWNER.exec(text)?.[1];
  if (led && led.split(/\s+/).length <= 8 && isOwnerList(led)) return led.trim();
  // "Märkdag för båtmotorer – polisen och byalagen – varje år i maj": what – who – when.
  const parts = text.split(DASH);
  if (parts.length >= 3 && isOwnerList(parts[1] ?? '')) return (parts[1] ?? '').trim();
  const paren = [...text.matchAll(/(\S*)\s*\(([^()]{2,120})\)/gu)]
    .filter((m) => !isExpansion(m[1] ?? '', m[2] ?? ''))
    .map((m) => m[2] ?? '')
    .find((p) => isOwnerList(p));
  if (paren) return paren.trim();
  // "Klottersanering inom 24 timmar – tekniska förvaltningen (2c).": the owner after a dash, last.
  const dashed = TRAILING_OWNER.exec(text)?.[1];
  if (dashed && isOwnerList(dashed)) return dashed.trim();
  // Later sentences of the item; a plain split is enough here and much cheaper than the segmenter.
  for (const s of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).slice(1)) {
    const m = /^(.{2,80}?)\s+ansvarar(?:\s|\.|$)/iu.exec(s);
    if (m?.[1] && (isParty(m[1]) || FUNCTION_OWNER.test(m[1]))) return m[1];
  }
  return undefined;
}

/** "SSPF (skola, socialtjänst, polis och fritid)" spells out a name; it does not name owners. */
function isExpansion(acronym: string, text: string): boolean {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return false;
  const initials = text
    .split(/,|\s+och\s+|\s+samt\s+|\s+/)
    .filter((w) => w.trim())
    .map((w) => w.trim().charAt(0).toUpperCase())
    .join('');
  return initials === acronym;
}

const DASH = /\s[–—]\s/u;
/** "Kommunpolis Sanna Vikström – nås via polisens växel 114 14": whom to reach, not a measure. */
const CONTACT = pattern(
  /(?<!\p{L})(?:nås\s+(?:via|på)|e-post|(?:tfn|tel|telefon)[.:]?\s*\d)|@\p{L}+\.\p{L}/iu,
);
const LEADING_OWNER = pattern(/^([^:.;]{2,80}?)(?:\s+(?:lovar|åtar\s+sig))?:\s+\S/u);
const TRAILING_OWNER = pattern(/\s[–—]\s([^–—()]{2,100}?)\s*(?:\([^()]*\))?\s*[.;]?$/u);

/** "Gatu- och parkchefen ansvarar.", "Rektorerna ansvarar.": a function owns the measure. */
const FUNCTION_OWNER = pattern(
  /^\p{Lu}[\p{L} -]{0,50}(?:chef|chefen|cheferna|ansvarig|ansvariga|samordnaren|rektor|rektorn|rektorerna|ledaren|ledarna)$/u,
);

const DATA_SOURCE = pattern(/statistik|enkät|mätning|undersökning|register|(?<!\p{L})källa/iu);

/** "(kommunerna, polisen, bostadsbolagen)" names owners; "(1.2)" or "(SSPF)" does not. */
function isOwnerList(text: string): boolean {
  // "(polisens statistik, halvår)" names a data source, not an owner.
  if (DATA_SOURCE.test(text)) return false;
  const parts = text.split(/,|\s+och\s+|\s+samt\s+/).map((p) => p.trim());
  return (
    parts.length > 0 && parts.some((p) => partiesOf(p).some((x) => x !== 'gemensam')) && text.length < 120
  );
}

export function activities(a: Analysis): Activity[] {
  return memo(a, findPromises);
}

const PROMISE_WORD = pattern(/(?<!\p{L})lovar(?!\p{L})/iu);

/** "Områdespolisen ansvarar för insatserna.": the owner of the measure before it, not a measure. */
const OWNS_THE_ABOVE = pattern(
  /^(.{2,60}?)\s+ansvarar\s+för\s+(?:insatsen|insatserna|åtgärden|åtgärderna|aktiviteten|aktiviteterna|löftet|detta|det)\s*\.?$/iu,
);

/**
 * A promise headed by its own line ("**Polisen lovar att synas mer i parken.**") and carried out by the
 * measures under it: the measures are the promise, the headline is their title. A line naming who is
 * responsible for them gives them their owner.
 */
/** A short sentence that goes on about the measure before it: "Vi gör det …", "Vi går mellan klockan 19 och 23.". */
const FOLLOW_ON = pattern(
  /^(?:vi|de|det)\s+(?:gör\s+det|görs|sker|går|håller\s+på|finns\s+där|är\s+där)(?!\p{L})/iu,
);
const FOLLOW_ON_WORDS = 10;

function findPromises(a: Analysis): Activity[] {
  const all = findActivities(a);
  const out: Activity[] = [];
  for (const [i, x] of all.entries()) {
    // "| … | … | … |": a template's row left to fill is no measure.
    if (!/\p{L}/u.test(x.what)) continue;
    const owner = OWNS_THE_ABOVE.exec(x.text.trim())?.[1];
    const previous = out.at(-1);
    if (owner && previous && previous.section === x.section && isParty(owner)) {
      previous.who = owner;
      previous.parties = partiesOf(owner);
      continue;
    }
    // "Poliser går runt i centrum. Vi gör det varje fredag och lördag.": the short sentence tells when.
    if (
      previous &&
      x.from === 'prose' &&
      previous.from === 'prose' &&
      previous.section === x.section &&
      x.when &&
      FOLLOW_ON.test(x.text.trim()) &&
      x.text.trim().split(/\s+/).length <= FOLLOW_ON_WORDS
    ) {
      previous.when = previous.when ? `${previous.when}, ${x.when}` : x.when;
      previous.end = x.end;
      previous.text = `${previous.text} ${x.text}`;
      continue;
    }
    const next = all[i + 1];
    const headline =
      x.from === 'prose' &&
      x.section.heading !== undefined &&
      x.block.kind === 'paragraph' &&
      x.start === x.block.start &&
      x.end === x.block.end &&
      PROMISE_WORD.test(x.text) &&
      !x.when &&
      x.section.blocks.find((b) => b.kind === 'paragraph') === x.block &&
      next?.section === x.section &&
      next.block !== x.block &&
      // The measures under it carry it out in plain deeds, for the same party.
      !PROMISE_WORD.test(next.text) &&
      next.parties.some((p) => x.parties.includes(p));
    if (!headline) out.push(x);
  }
  return out;
}

function findActivities(a: Analysis): Activity[] {
  const out: Activity[] = [];
  const sectionOf = new Map<Block, Section>();
  const sentencesOf = new Map<Block, Sentence[]>();
  for (const s of a.sentences) {
    if (!sectionOf.has(s.block)) sectionOf.set(s.block, s.section);
    const list = sentencesOf.get(s.block);
    if (list) list.push(s);
    else sentencesOf.set(s.block, [s]);
  }
  const prose = (block: Block, section: Section, kind: SectionKind) =>
    proseActivities(sentencesOf.get(block) ?? [], block, section, kind);

  let lead: Lead | undefined;
  // "### 8.1 Socialförvaltningen": the heading's party owns its section's items, past an opening paragraph.
  let headingLead: typeof lead;
  let pseudoHeading: string | undefined;
  // "**Så följer vi upp**" on a line of its own, in a quote or a box: what follows is not measures
  // ("**Fokusområde 1**" over its measures is no such line).
  let otherPart = false;
  let leadJustSet = false;
  // A list after a paragraph labelled as measures ("*Vårt löfte:* …", "Åtgärder: …") lists measures.
  let labelledMeasures = false;
  // "**Mål.**" or "Uppföljning:" on a line of its own over a list: the items are goals or follow-up.
  let labelledOther = false;
  let previousTable: RoleTable | undefined;
  // "Överenskommelsen har tre fokusområden:" + a list: the items are areas, not measures.
  let areaList = false;
  for (const [i, block] of a.doc.blocks.entries()) {
    const wasJustSet = leadJustSet;
    leadJustSet = false;
    if (block.kind !== 'list-item') areaList = block.kind === 'paragraph' && AREA_LIST_LEAD.test(block.text);
    if (areaList) continue;
    if (block.kind === 'heading') {
      previousTable = undefined;
      lead = undefined;
      pseudoHeading = undefined;
      otherPart = false;
      labelledMeasures = false;
      labelledOther = false;
      // "## Kommunen åtar sig" over a list: the heading's party owns the items.
      const title = stripNumbering(block.text);
      const owner = PARTY_LEAD.exec(title)?.[1] ?? (isPartyName(title) ? title : undefined);
      if (owner && owner.length <= HEADING_PARTY_LENGTH && isParty(owner))
        lead = { block, owner, joint: false };
      headingLead = lead;
      continue;
    }
    const section = sectionOf.get(block);
    if (!section) continue;
    if (block.kind === 'table') {
      const t = roleTable(block) ?? continuation(previousTable, block);
      previousTable = t;
      const byParty = t ? [] : partyColumnActivities(block, section);
      if (byParty.length > 0) {
        out.push(...byParty);
        lead = undefined;
        continue;
      }
      // A follow-up table ("Mål | Underlag | Ansvarig | Hur ofta") assigns the follow-up, not measures.
      if (t && sectionKind(section) !== 'excluded') out.push(...tableActivities(t, section));
      lead = undefined;
      continue;
    }
    // "**Aktivitet 3 – Föräldravandringar.** … Ansvar: … Tid: …" is a measure wherever it stands.
    const numberedMeasure = block.kind === 'paragraph' && NUMBERED_MEASURE.test(block.text);
    const kind = numberedMeasure ? 'measures' : blockKind(a, block, section);
    // One numbered measure is one measure, its owner and time given by its labels or its subject.
    if (numberedMeasure) {
      const own = prose(block, section, kind);
      const text = block.text.trim();
      const body = text.replace(NUMBERED_MEASURE, '').replace(/^[^.]{0,60}\.\s+/, '');
      const owner = ownerIn(text) ?? own.find(hasOwner)?.who ?? subjectParty(body);
      const when = WHEN_LABEL.exec(text)?.[1]?.trim() ?? own.find((x) => x.when)?.when ?? whenIn(body);
      const first = sentencesOf.get(block)?.[0];
      if (first) {
        const act = sentenceActivity(first, block, section, kind, owner ?? '', text);
        act.end = block.end;
        if (when) act.when = when;
        else delete act.when;
        linksIn(text, act);
        out.push(act);
        lead = headingLead;
        continue;
      }
    }
    if (block.kind === 'paragraph' && keyedDetails(block, section, out)) continue;
    if (block.kind === 'paragraph') {
      const text = block.text.trim();
      // "Åtgärder: …", or "**Åtgärder.**" alone over its list.
      labelledMeasures =
        kind === 'none' && (isMeasureLabel(text) || (/[.:]$/.test(text) && isMeasureLabel(`${text} `)));
      labelledOther = isOtherLabelLine(text);
      const leadIn = leadInOf(text);
      if (isPseudoHeading(text.replace(/\?$/, '')) && !leadIn)
        otherPart = isNotMeasures(text.replace(AREA_WORDS, ' '));
      if (otherPart || CONTACT.test(text)) continue;
      if (isPseudoHeading(text) && !leadIn) {
        pseudoHeading = text.replace(/[.:]$/, '');
        lead = undefined;
        continue;
      }
      if (leadIn) {
        lead = {
          block,
          joint: leadIn.joint,
          ...(leadIn.owner ? { owner: leadIn.owner } : {}),
          ...(leadIn.both ? { both: true } : {}),
        };
        leadJustSet = true;
        const own = prose(block, section, kind);
        out.push(...own);
        continue;
      }
      // A list flattened into a paragraph (as PDF text often is) continues its lead-in: "… åtar sig att" + "ha en …".
      const lettered = LETTERED_CLAUSE.test(text);
      if (lead && wasJustSet && (lettered || /^\p{Ll}/u.test(text)) && kind !== 'excluded') {
        // "a) …," "b) …": lettered clauses, a paragraph each, all continue the lead-in.
        leadJustSet = lettered;
        const act = listActivity(block, section, kind, lead, pseudoHeading);
        if (act) out.push(act);
        continue;
      }
      lead = headingLead;
      // "**Insatser:** Nattvandring – föreningen (1a). Belysning – tekniska förvaltningen (2a).": measures after their label.
      const own = prose(block, section, labelledMeasures ? 'measures' : kind);
      // "Socialförvaltningen ansvarar för de sociala insatserna för unga." over its list: the party's remit.
      if (a.doc.blocks[i + 1]?.kind === 'list-item')
        for (const x of own) if (REMIT.test(x.text)) x.commitment = true;
      out.push(...own);
      continue;
    }
    if (block.kind !== 'list-item') labelledOther = false;
    if (block.kind === 'list-item') {
      if (kind === 'excluded' || labelledOther || otherPart || CONTACT.test(block.text)) continue;
      // "- Fokusområde 1" over nested items: the area the items below belong to.
      if (AREA_ITEM.test(block.text.trim())) {
        pseudoHeading = block.text.trim();
        continue;
      }
      // "- Hot spots-patrullering" with sub-items "  - Vem: LPO Hovlinge" and "  - När: fre–lör kl. 21–02".
      const last = out[out.length - 1];
      if (last && last.from !== 'table' && last.section === section && attachDetail(last, block)) continue;
      // "- Åtgärder:" as an item of its own heads the items after it.
      if (isMeasureLabelItem(block.text)) {
        labelledMeasures = kind === 'none';
        continue;
      }
      if (labelledMeasures && !lead) {
        const act = listActivity(block, section, 'measures', lead, pseudoHeading);
        if (act) out.push(act);
        continue;
      }
      // Outside sections of measures an item still commits when it says so ("Polisen lovar att …").
      if (kind === 'none' && !lead) {
        out.push(...prose(block, section, kind));
        continue;
      }
      const act = listActivity(block, section, kind, lead, pseudoHeading);
      if (act) out.push(act);
    }
  }
  return out;
}

type SectionKind = 'measures' | 'commitments' | 'excluded' | 'none';

/** A paragraph's leading label of a few words: "Uppföljning." in "*Uppföljning.* Polisen redovisar …". */
const LEAD_LABEL = pattern(/^([\p{L} -]{3,40}?)[.:]\s/u);

/**
 * The kind of a block's place. In an action plan every titled section outside follow-up and
 * background holds measures, whatever it is called ("1. Ungas fritid"); a paragraph led by a
 * label such as "Uppföljning." is read as that label says.
 */
function blockKind(a: Analysis, block: Block, section: Section): SectionKind {
  const kind = sectionKind(section);
  if (kind === 'excluded') return kind;
  if (
    kind === 'none' &&
    (!section.heading || isProseDocument(section)) &&
    memo(a, proseMeasureBlocks).has(block)
  )
    return 'measures';
  const label = block.kind === 'paragraph' ? LEAD_LABEL.exec(block.text.trimStart())?.[1] : undefined;
  if (label && label.split(/\s+/).length <= 4 && isNotMeasures(label)) return 'excluded';
  if (
    kind === 'none' &&
    a.type === 'aktivitetsplan' &&
    section.heading &&
    !isFileTitle(section) &&
    !isPlanFrame(section.title)
  )
    return 'measures';
  return kind;
}

const FRONTED_PLACE = pattern(/^(?:i|på|under|enligt|vid|från|efter)\s/iu);

/** "Åtgärderna har parterna valt utifrån …": a paragraph of running text that sets out the measures. */
const MEASURES_OPENING = pattern(/^(?:åtgärderna|insatserna|aktiviteterna)(?!\p{L})/iu);
/** "När det gäller narkotikaförsäljningen genomför polisen …": the next area's measures. */
const AREA_OPENING = pattern(/^(?:när\s+det\s+gäller|vad\s+gäller|i\s+fråga\s+om)(?!\p{L})/iu);

/**
 * In a document without headings, the paragraph opening on its measures holds measures, and so do
 * the paragraphs right after it that each open on an area.
 */
function proseMeasureBlocks(a: Analysis): Set<Block> {
  const out = new Set<Block>();
  let run = false;
  for (const b of a.doc.blocks) {
    const text = b.kind === 'paragraph' ? b.text.trimStart() : '';
    run = MEASURES_OPENING.test(text) || (run && AREA_OPENING.test(text));
    if (run) out.add(b);
  }
  return out;
}

/** A paragraph led by a short label naming measures: "Vårt löfte: …", "Åtgärder: …". */
function isMeasureLabel(text: string): boolean {
  const label = LEAD_LABEL.exec(text)?.[1];
  return !!label && label.split(/\s+/).length <= 3 && isMeasureTitle(label) && !isNotMeasures(label);
}

/** A paragraph that is only a label naming a part other than measures: "Mål.", "Uppföljning:". */
function isOtherLabelLine(text: string): boolean {
  const t = text.trim();
  if (!/[.:]$/.test(t)) return false;
  const label = LEAD_LABEL.exec(`${t} `)?.[1];
  return !!label && label.length >= t.length - 2 && label.split(/\s+/).length <= 4 && isNotMeasures(label);
}

/** A list item that is only such a label: "- Åtgärder:" (the label pattern wants text after its colon). */
function isMeasureLabelItem(text: string): boolean {
  const t = text.trim();
  return t.endsWith(':') && isMeasureLabel(`${t} `);
}

/** Sections of a plan about its resources and organisation rather than its measures. */
const PLAN_FRAME: Cue[] = ['resurs*', 'organisation*', 'finansiering*', 'budget*', 'beslut'];
const isPlanFrame = cueTest(PLAN_FRAME);

const kinds = new WeakMap<Section, SectionKind>();
const isNotMeasures = cueTest(NOT_MEASURES);
const isCommitmentTitle = cueTest(COMMITMENT_SECTION_CUES);
const isMeasureTitle = cueTest(MEASURE_SECTION_CUES);

function sectionKind(section: Section): SectionKind {
  let kind = kinds.get(section);
  if (kind === undefined) {
    kind = findSectionKind(section);
    kinds.set(section, kind);
  }
  return kind;
}

const ONE_AREA_TITLE = pattern(
  /^(?:fokusområde|insatsområde|utvecklingsområde)\s*(?:\d+|[A-H])?\s*[:.–-]\s*\S/iu,
);

const CARRYING_OUT = pattern(/(?<!\p{L})genomförande(?!\p{L})/iu);

const AREA_WORDS = pattern(/fokusområde\p{L}*|insatsområde\p{L}*|prioriterade\s+områden/giu);

function findSectionKind(section: Section): SectionKind {
  for (let s: Section | undefined = section; s; s = s.parent) {
    if (!s.heading || isFileTitle(s)) continue;
    // "Fokusområde 1: Centrum" under "Så arbetar vi" holds that chapter's measures for one area.
    if (ONE_AREA_TITLE.test(s.title) && s.parent) {
      const around = sectionKind(s.parent);
      if (around === 'measures' || around === 'commitments') return around;
      // "4. Genomförande" over "4.1 Fokusområde 1: Unga": the chapter carries out the plan area by area.
      if (s.parent.heading && CARRYING_OUT.test(s.parent.title)) return 'measures';
    }
    // "Åtgärder per fokusområde" is about measures; an area word alone does not exclude it.
    const areaFree = s.title.replace(AREA_WORDS, ' ');
    if (areaFree !== s.title && isMeasureTitle(areaFree) && !isNotMeasures(areaFree)) return 'measures';
    // "Mål och åtgärder": goals and the measures that serve them, together.
    if (GOALS_AND_MEASURES.test(s.title)) return 'measures';
    if (namesOtherPart(s.title)) return 'excluded';
    if (isCommitmentTitle(s.title)) return 'commitments';
    if (isMeasureTitle(s.title)) return 'measures';
    if (isPartyDoingTitle(s.title)) return 'measures';
  }
  return 'none';
}

/** A title over a part other than measures; "Fokusområde 1: Bostadsinbrott" names the area whose measures follow. */
function namesOtherPart(title: string): boolean {
  return isNotMeasures(ONE_AREA_TITLE.test(title) ? title.replace(AREA_WORDS, ' ') : title);
}

const PARTY_DOES = pattern(/^(?:(.{2,60}?)\s+gör|det\s+här\s+gör\s+(.{2,60}))\s*:?$/iu);

/** "Socialförvaltningen gör", "Det här gör polisen": a title over a party's measures. */
export function isPartyDoingTitle(title: string): boolean {
  const doer = PARTY_DOES.exec(stripNumbering(title));
  return !!doer && isParty(doer[1] ?? doer[2] ?? '');
}

/** A document written as running text under its title heading alone, as a letter or a flyer is. */
function isProseDocument(s: Section): boolean {
  return !!s.parent && !s.parent.heading && s.children.length === 0 && s.parent.children.length === 1;
}

/** A short line of its own that heads a list ("Trafik", "Synlig polis"), in any format. */
function isPseudoHeading(text: string): boolean {
  return (
    text.length <= 60 &&
    text.split(/\s+/).length <= 6 &&
    /^\p{Lu}/u.test(text) &&
    !/[.!?:;,]$/.test(text) &&
    !/\d{4}/.test(text) &&
    !/att$/.test(text)
  );
}

/** Ends in "att" or a colon, as a lead-in does. (An end-anchored regex would rescan long paragraphs.) */
function endsAsLeadIn(text: string): boolean {
  const t = text.trimEnd();
  return (
    t.endsWith(':') ||
    (t.endsWith('att') && !/\p{L}/u.test(t.charAt(t.length - 4))) ||
    // "**Kommunen ska**" over its list, without a colon.
    (t.length <= SHORT_LEAD && SHORT_LEAD_END.test(t))
  );
}
const SHORT_LEAD = 80;
const SHORT_LEAD_END = pattern(/(?<!\p{L})(?:ska|skall|åtar\s+sig|ansvarar\s+för)$/iu);

/** "När: sport- och höstlov": a time given under its label. */
const WHEN_LABEL = pattern(
  /(?<!\p{L})(?:[Nn]är|NÄR|[Tt]id(?:punkt|plan)?|TID(?:PUNKT|PLAN)?)\s*:\s*([^.;|–]{2,60}?)(?=\s+\p{Lu}\p{Ll}+\s*:|[.;|–]|$)/u,
);

/** A party over its promises, as a lead-in ("Åsbyholms kommun och Polisen lovar:") or a heading ("Kommunen åtar sig"). */
const PARTY_LEAD = pattern(
  /^(.{2,80}?)\s+(?:lovar|åtar\s+sig|ansvarar\s+för)(?:\s+(?:dig|er))?(?:\s+att)?\s*:?\s*$/iu,
);
/** "Tillsammans (med byalaget) lovar vi att": a lead that gives its items to both parties. */
const TOGETHER_LEAD = pattern(
  /^\**\s*(?:tillsammans|gemensamt)(?:\s+med(?:\s+\S+){1,4}?)?\s+(?:lovar|åtar|gör)\s+vi(?!\p{L})/iu,
);
/** The verb first, after an adverb: "Därför lovar vi:", "Det här lovar vi:". */
const INVERTED_LEAD = pattern(
  /^(?:(?:tillsammans|gemensamt)\s+med\s+(?:\S+\s+){1,4}?|(?:\p{L}+\s+){0,2})(?:lovar|åtar|åligger)\s+((?:\p{L}+\s+){0,4}?\p{L}+)(?:\s+sig)?(?:(?:\s+att)?\s*:|\s+att)\s*$/iu,
);
/** "8.1 Socialförvaltningen", "Polisen, LPO Falkvreta": a heading that is only a party's name. */
function isPartyName(title: string): boolean {
  const words = title.split(/[\s,]+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 4 &&
    isParty(words[0] ?? '') &&
    namesOwner(title) &&
    !/\p{Ll}+(?:ar|er|ör)$/u.test(words[words.length - 1] ?? '') &&
    !PICTURE_TITLE.test(title)
  );
}

/** "Kommunens lägesbild", "Polisens statistik": a party's picture of the problems, not its tasks. */
const PICTURE_TITLE = pattern(
  /(?<!\p{L})(?:\p{L}*(?:lägesbild|problembild|nulägesbild|statistik|analys|underlag|beskrivning|bakgrund)\p{L}*|bild(?:en)?|data|siffror(?:na)?)(?!\p{L})/iu,
);

/** A heading's party is a short name. */
const HEADING_PARTY_LENGTH = 60;

/** A lead-in over a list: its owner, or joint ("Vi lovar att"), or both parties ("Tillsammans lovar vi att"). */
interface Lead {
  block: Block;
  owner?: string;
  joint: boolean;
  both?: boolean;
}

/** A paragraph introducing a list of commitments: "Solvik kommun åtar sig att", "Vi lovar att". */
function leadInOf(text: string): Omit<Lead, 'block'> | undefined {
  if (!endsAsLeadIn(text) && !/följande\s+(?:aktiviteter|åtgärder|insatser)/iu.test(text)) return undefined;
  const m = COMMIT.exec(text) ?? PARTY_LEAD.exec(text) ?? INVERTED_LEAD.exec(text);
  const subject = (m?.[1] ?? subjectParty(text) ?? '').trim();
  const listsMeasures = /följande\s+(?:aktiviteter|åtgärder|insatser)/iu.test(text);
  if (/fokusområd|insatsområd|områden|prioriter/iu.test(text)) return undefined;
  if (!listsMeasures && (!m || !isParty(subject.split(/\s+/).slice(0, 3).join(' ')))) return undefined;
  const parties = partiesOf(subject);
  // "Tillsammans lovar vi att": both parties, together, own the items below.
  if (parties.length === 0 || (parties.length === 1 && parties[0] === 'gemensam'))
    return TOGETHER_LEAD.test(text) ? { joint: true, both: true } : { joint: true };
  return { owner: subject, joint: false };
}

/** "Fokusområde 1", "Område 2: Centrum": a list item naming only the area of the items under it. */
const AREA_ITEM = pattern(
  /^(?:fokusområde|insatsområde|utvecklingsområde|prioriterat\s+område|område|prioritering)\s*(?:\d{1,2}|[A-H])(?:\s*[:.–-]\s*[^.:;]{0,60})?$/iu,
);

/** "a) genom socialförvaltningen leda …", "2) delta i …": a clause of an enumerated commitment. */
const LETTERED_CLAUSE = pattern(/^(?:[a-zåäö]|\d{1,2})\)\s/u);

/** "Aktivitet 3 – Föräldravandringar." leading a paragraph. */
export const NUMBERED_MEASURE = pattern(/^\s*(?:aktivitet|insats|åtgärd)\s*\d+(?:\.\d+)?\s*[–:.-]/iu);

/** A short label leading a cell: "Mot langningen vid torget: …". */
const ROW_LABEL = pattern(/^[^:.]{3,60}:\s+(?=\p{Lu})/u);

/** A header cell naming a month, quarter, tertial, term or week: a column of a schedule. */
const SCHEDULE_HEADER = pattern(
  /^(?:jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?|sept?(?:ember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|kvartal\s*[1-4]|kv\.?\s*[1-4]|tertial\s*[1-3]|t[1-3]|v(?:ecka|\.)?\s*\d{1,2}|vt|ht|vår(?:en)?|höst(?:en)?|sommar(?:en)?|vinter(?:n)?)\.?(?:\s*20\d\d)?$/iu,
);
const SCHEDULE_COLUMNS = 3;

/** The schedule columns of a table whose header runs through the months ("jan | feb | … | dec"). */
function scheduleColumns(t: RoleTable): number[] {
  const columns = t.header.flatMap((c, i) => (SCHEDULE_HEADER.test(c.text.trim()) ? [i] : []));
  return columns.length >= SCHEDULE_COLUMNS ? columns : [];
}

/** The months a row marks ("x" under apr and okt → "apr, okt"). */
function scheduled(t: RoleTable, columns: number[], row: Cell[]): string | undefined {
  const marked = columns.filter((i) => (row[i]?.text.trim() ?? '') !== '');
  return marked.length > 0 ? marked.map((i) => t.header[i]?.text.trim()).join(', ') : undefined;
}

function tableActivities(t: RoleTable, section: Section): Activity[] {
  const block = t.block;
  if (!has(t, 'what') && !has(t, 'how')) return [];
  // "Version | Datum | Vad har ändrats | Beslut": a document's change log, not its measures.
  if (t.header.some((c) => CHANGE_LOG_HEADER.test(c.text.trim()))) return [];
  // "Metod | Kunskapsunderlag | Påverkar orsak": why the methods were chosen, not who does what when.
  if (!has(t, 'who') && !has(t, 'when') && t.header.some((c) => EVIDENCE_HEADER.test(c.text))) return [];
  const commitment = sectionKind(section) === 'commitments';
  const sectionFocus = focusFromSection(section);
  // A row with text in one cell only ("Tema A – Unga …") heads the rows below it, as a focus area.
  let groupFocus: string | undefined;
  const schedule = scheduleColumns(t);
  return t.rows.flatMap((row) => {
    const first = row[0];
    const last = row.at(-1);
    const filled = row.filter((c) => c.text.trim() !== '');
    if (filled.length === 1 && row.length > 2) {
      groupFocus = filled[0]?.text.trim();
      return [];
    }
    if (droppedRow(t.header, row)) return [];
    const how = cellOf(t, row, 'how')?.text.trim() ?? '';
    const what = cellOf(t, row, 'what')?.text.trim() || how;
    if (!first || !last || what === '') return [];
    // Without an owner column the measure's subject is its owner: "Mot klottret: Polisen gör …".
    const cell = (role: Parameters<typeof cellOf>[2]) => {
      const text = cellOf(t, row, role)?.text.trim() ?? '';
      // "XX", "[fylls i]", "Hösten 20XX", "–", "Ej fastställt": a placeholder says nothing.
      return PLACEHOLDER_CELL.test(text) ? '' : text;
    };
    // "Åtgärd | Innehåll" with "**Vad:** … **Ansvarig:** … **När:** …" in the open column: its labelled parts.
    const open = row
      .filter((_, i) => t.roles[i] === undefined)
      .map((c) => c.text)
      .join(' ');
    const who =
      cell('who') ||
      ownerIn(what) ||
      (open ? ownerIn(open) : undefined) ||
      (has(t, 'who') ? undefined : subjectOfRow(what.replace(ROW_LABEL, ''), how)) ||
      undefined;
    const when =
      (VAGUE_WHEN.test(cell('when')) ? '' : cell('when')) ||
      whenIn(what) ||
      whenIn(how) ||
      (open ? WHEN_LABEL.exec(open)?.[1]?.trim() : undefined) ||
      scheduled(t, schedule, row);
    // A named owner in the owner column is an owner even when it is not a kind we know.
    const parties = who ? partiesOf(who) : [];
    if (who && parties.length === 0 && !/^(?:alla|samtliga|-|–|\?)$/i.test(who)) parties.push('annan');
    const act: Activity = {
      text: row.map((c) => c.text).join(' | '),
      start: first.start,
      end: last.end,
      what,
      parties,
      from: 'table',
      commitment,
      block,
      section,
    };
    if (who) act.who = who;
    if (when) act.when = when;
    const focus = cellOf(t, row, 'focus')?.text.trim() || groupFocus || sectionFocus;
    if (focus) act.focusArea = focus;
    const goal = cellOf(t, row, 'goal')?.text.trim();
    if (goal) act.goal = goal;
    const cause = cellOf(t, row, 'cause')?.text.trim();
    if (cause) act.cause = cause;
    const nr = cellOf(t, row, 'nr')?.text.trim();
    if (nr) act.nr = nr;
    if (open) linksIn(open, act);
    return [act];
  });
}

/** The owner a row names as its subject, in the promise or else in how it is kept: "Vi … | Kommunen och polisen står …". */
function subjectOfRow(what: string, how: string): string | undefined {
  const fromWhat = subjectParty(what);
  if (fromWhat && namesOwner(fromWhat)) return fromWhat;
  return (how ? subjectParty(how) : undefined) ?? fromWhat;
}

/** A header naming a party and its promise: "Polisen lovar", "Kommunen åtar sig", "Kommunen". */
function headerParty(text: string): string | undefined {
  const title = text.trim().replace(/[*:]/g, '').trim();
  const owner = PARTY_LEAD.exec(title)?.[1] ?? (isPartyName(title) ? title : undefined);
  return owner && owner.length <= HEADING_PARTY_LENGTH && isParty(owner) ? owner : undefined;
}

/** "Område | Polisen lovar | Kommunen lovar": each party's promises in a column of its own. */
function partyColumnActivities(block: Block, section: Section): Activity[] {
  const [header, ...rows] = block.rows ?? [];
  if (!header || rows.length === 0) return [];
  const owners = header.map((c) => headerParty(c.text));
  const columns = owners.flatMap((o, i) => (o ? [i] : []));
  if (new Set(columns.map((i) => owners[i])).size < 2) return [];
  const labelColumn = owners[0] === undefined ? 0 : -1;
  return rows.flatMap((row) =>
    columns.flatMap((i) => {
      const cell = row[i];
      const what = cell?.text.trim() ?? '';
      const who = owners[i] ?? '';
      if (!cell || what === '' || PLACEHOLDER_CELL.test(what)) return [];
      const act: Activity = {
        text: what,
        start: cell.start,
        end: cell.end,
        what,
        who,
        parties: partiesOf(who),
        from: 'table',
        commitment: true,
        block,
        section,
      };
      const when = whenIn(what);
      if (when) act.when = when;
      const focus = labelColumn === 0 ? row[0]?.text.trim() : undefined;
      if (focus) act.focusArea = focus;
      return [act];
    }),
  );
}

function focusFromSection(section: Section): string | undefined {
  const title = section.title;
  if (/fokusområde|insatsområde|område\s+\d/i.test(title))
    return title.replace(/^(?:fokusområde|insatsområde|område)\s*\d*\s*[:.–-]?\s*/i, '') || title;
  return undefined;
}

const DETAIL_LINE = pattern(/^\s*(?:ansvarig|ansvar|vem|tidplan|tid|när|indikator)\s*:/iu);
const DETAIL_LABEL = pattern(
  /^\s*(vem|ansvarig|ansvar|när|tid|tidpunkt|tidplan|start|klart|slut|frekvens|mått|indikator)\s*:\s*(\S.*)$/iu,
);

/** A sub-item giving the owner or the time of the item above it; true when it did. */
function attachDetail(act: Activity, block: Block): boolean {
  const m = DETAIL_LABEL.exec(block.text);
  if (!m?.[1] || !m[2]) return false;
  const value = m[2].trim();
  if (/^(?:mått|indikator)$/i.test(m[1])) {
    // what it is measured by: part of the measure, neither owner nor time
  } else if (/^(?:vem|ansvar)/i.test(m[1])) {
    const parties = partiesOf(value);
    if (parties.some((p) => p !== 'gemensam')) {
      act.who ??= value;
      act.parties = [...new Set([...act.parties.filter((p) => p !== 'gemensam'), ...parties])];
    }
  } else act.when ??= value;
  act.end = block.end;
  act.text = `${act.text} ${block.text.trim()}`;
  return true;
}

const TOGETHER_LABEL = pattern(
  /^(?:tillsammans|gemensamt|båda\s+parterna|kommunen\s+och\s+polisen\s+tillsammans)\s*:\s*/iu,
);

/** "S1 SSPF. Enhetschefen … leder …": a short label before the item's own sentence. */
const ITEM_LABEL = pattern(/^[^.:]{2,50}[.:]\s+(?=\p{Lu}\p{Ll}*\s+\S+\s+\S+)/u);

function listActivity(
  block: Block,
  section: Section,
  kind: SectionKind,
  lead: Lead | undefined,
  pseudoHeading: string | undefined,
): Activity | undefined {
  const text = block.text.trim();
  // "SSPF", "MVP": a method's short name is an item.
  if (text.length < 8 && !/^\p{Lu}{3,}/u.test(text)) return undefined;
  const promise = /^(.{1,60}?)\s+(?:lovar|åtar\s+sig)(?:\s+\p{L}+)?\s+att\s+(.*)$/iu.exec(text);
  let owner = ownerIn(text);
  if (!owner && promise) {
    const subject = promise[1] ?? '';
    owner = namesOwner(subject) ? subject : subjectParty(promise[2] ?? '');
  }
  owner ??= subjectParty(text) ?? subjectParty(text.replace(ITEM_LABEL, '')) ?? lead?.owner;
  // "När: sport- och höstlov" says when in its own words; under "Kvartal 2" the heading does.
  const when =
    whenIn(text) ??
    WHEN_LABEL.exec(text)?.[1]?.trim() ??
    (TIME_TITLE.test(section.title) ? section.title : undefined);
  const act: Activity = {
    text,
    start: block.start,
    end: block.end,
    what: text,
    parties: owner ? partiesOf(owner) : lead?.joint ? ['gemensam'] : [],
    from: 'list',
    commitment: kind !== 'measures',
    block,
    section,
  };
  if (owner && hasOwner(act)) act.who = owner;
  else if (!owner && lead?.both) {
    act.parties = ['kommun', 'polis'];
    act.who = lead.block.text.trim();
  } else if (TOGETHER_LABEL.test(text)) {
    // "**Tillsammans:** trygghetsvandring …" beside "**Polisen lovar:**" and "**Kommunen lovar:**": both parties.
    act.parties = ['kommun', 'polis'];
    act.who = TOGETHER_LABEL.exec(text)?.[0].replace(/:\s*$/, '') ?? text;
  }
  if (when) act.when = when;
  if (lead && owner === lead.owner) act.lead = lead.block;
  linksIn(text, act);
  const focus =
    pseudoHeading ??
    (section.parent && sectionKind(section.parent) !== 'none' ? stripNumbering(section.title) : undefined);
  if (focus) act.focusArea = focus;
  return act;
}

/** Commitment sentences in running text: "Polisen ansvarar för …", "Kommunen åtar sig att …". */
function proseActivities(
  sentences: Sentence[],
  block: Block,
  section: Section,
  kind: SectionKind,
): Activity[] {
  const out: Activity[] = [];
  if (kind === 'excluded') return out;
  for (const s of sentences) {
    // Outside sections of measures only "åtar sig att" and "lovar att" make a commitment.
    // Before any heading (a document written as running text) "Polisen ska …" commits too.
    const open = kind === 'none' && (!section.heading || isProseDocument(section));
    if (kind === 'none' && !open && !/åtar|lovar/i.test(s.text)) continue;
    // "8.2.1 Polisen ska …": a clause number leads the measure; its subject starts after it.
    const clause = CLAUSE_NUMBER.exec(s.text.trim());
    const text = clause ? s.text.trim().slice(clause[0].length) : s.text.trim();
    if (
      endsAsLeadIn(text) ||
      DISCLAIMER.test(text) ||
      OUTCOME_PROMISE.test(text) ||
      (OUTCOME_ONLY.test(text) && !whenIn(text)) ||
      WHY_WE_DO.test(text) ||
      CARRIES_OUT_AGREEMENT.test(text) ||
      (PAST_DEED.test(text) && !FUTURE_TOO.test(text))
    )
      continue;
    // "Åtgärd 1.1 … Ansvarig: Gatuenheten Tidplan: april–juni 2026": the lines after a measure detail it.
    const last = out[out.length - 1];
    if (last && DETAIL_LINE.test(text)) {
      const who = ownerIn(text);
      if (who && !hasOwner(last)) {
        last.who = who;
        last.parties = partiesOf(who);
      }
      const when = WHEN_LABEL.exec(text)?.[1]?.trim();
      if (when) last.when ??= when;
      last.end = s.end;
      continue;
    }
    const strong = /åtar\s+sig\s+att|(?<!\p{L})lovar(?:\s+\p{L}+)?\s+att/iu.test(text);
    if (!strong && kind === 'none' && !open) continue;
    const m = COMMIT.exec(text);
    let subject = m?.[1]?.trim();
    const led = kind === 'measures' && !subject ? AREA_LED.exec(text) : null;
    const ledArea = led?.[1] ?? led?.[4];
    const ledWhat = led?.[3] ?? led?.[5];
    if (ledArea && ledWhat) {
      // "Inom området bostadsinbrott arbetar parterna med Grannsamverkan": the area leads its measures.
      const act = sentenceActivity(s, block, section, kind, led?.[2] ?? 'parterna', text);
      act.what = ledWhat;
      act.focusArea = ledArea;
      out.push(act);
      continue;
    }
    // "A3 Ny belysning vid gångbron (mot 1c)": a coded measure, its owner perhaps given under its code elsewhere.
    const code = kind === 'measures' && !subject ? MEASURE_CODE.exec(text) : null;
    if (code?.[1]) {
      const act = sentenceActivity(s, block, section, kind, ownerIn(text) ?? '', text);
      act.nr = code[1];
      linksIn(text, act);
      out.push(act);
      continue;
    }
    // "1) Ny belysning längs Kanalpromenaden (a). 2) Korta polispass …": enumerated measures in one cell.
    const item = kind === 'measures' && !subject ? ENUM_ITEM.exec(text) : null;
    if (item?.[1]) {
      const act = sentenceActivity(s, block, section, kind, ownerIn(text) ?? '', text);
      act.key = item[1];
      linksIn(text, act);
      out.push(act);
      continue;
    }
    if (!subject && kind !== 'none') {
      // "Platsbaserad polisiär närvaro har i utvärderingar visat sig minska våld": why, not what.
      if (EVIDENCE_REPORT.test(text)) continue;
      // In a section of measures, a sentence naming its owner is a measure: "Polisen genomför …", "… (polisen)."
      const found = ownerIn(text) ?? presentTenseSubject(text) ?? frontedSubject(text);
      const named = found && JOINT_ONLY.test(found) ? (promisedDoer(text) ?? found) : found;
      if (named) {
        const act = sentenceActivity(s, block, section, kind, named, text);
        out.push(act);
        continue;
      }
    }
    // "I kommunens trygghetsmätning uppgav 31 procent … att någon ska …": a fronted adverbial, no subject.
    if (subject && FRONTED_PLACE.test(subject) && subject.split(/\s+/).length > 4) subject = undefined;
    if (!subject || !isParty(subject.split(/\s+/).slice(0, 3).join(' '))) {
      // Swedish puts the verb second: "För att minska otryggheten lovar polisen att …".
      const inverted = INVERTED.exec(text);
      if (inverted?.[1] && isParty(inverted[1])) {
        // "… lovar vi att lokalpolisen gör hastighetskontroller": the clause names who does it.
        const doer = JOINT_ONLY.test(inverted[1])
          ? subjectParty(text.slice(inverted.index + inverted[0].length))
          : undefined;
        out.push(sentenceActivity(s, block, section, kind, doer ?? inverted[1], text));
      }
      continue;
    }
    if (/^(?:parterna|vi)\b/i.test(subject) && !strong && kind === 'none') continue;
    // "Vi lovar också att våra områdespoliser genomför …": the clause names who keeps the promise.
    const doer = JOINT_ONLY.test(subject) ? promisedDoer(text) : undefined;
    if (doer) subject = doer;
    const parties = withGappedParties(partiesOf(subject), text);
    const when = whenIn(text);
    const act: Activity = {
      text,
      start: s.start,
      end: s.end,
      what: text.slice((m?.[0] ?? '').length).trim() || text,
      parties,
      from: 'prose',
      commitment: kind !== 'measures',
      block,
      section,
    };
    if (parties.some((p) => p !== 'gemensam')) act.who = subject;
    if (when) act.when = when;
    if (clause?.[1]) act.nr = clause[1];
    out.push(act);
  }
  // A paragraph of running text describes one measure and may give its time in another sentence:
  // "Tekniska förvaltningen ansvarar för att byta armaturerna. Arbetet ska vara klart senast 30 september."
  // The time must stand outside the measures' own sentences, or it is one measure's, not all of theirs.
  if (kind === 'measures' && block.kind === 'paragraph' && out.some((x) => !x.when)) {
    const rest = sentences.filter((s) => !out.some((x) => x.start === s.start)).map((s) => s.text);
    const when = whenIn(rest.join(' '));
    if (when) for (const x of out) x.when ??= when;
  }
  // "… Åtgärden riktas mot Orsak 1C och Mål 1.1.": the paragraph names what its measure acts on.
  if (kind === 'measures' && block.kind === 'paragraph') {
    for (const x of out) linksIn(x.text, x);
    for (const x of out) linksIn(block.text, x);
  }
  return out;
}

/** A measure's code: "A3", "Å12", "B2a". */
const CODE = '[A-ZÅÄÖ]{1,2}\\d{1,2}[a-z]?';
/** "A3 Ny belysning …", "Å2 Föräldravandringar …": a measure's code and then its name. */
const MEASURE_CODE = new RegExp(`^(${CODE})\\s+(?=\\p{Lu})`, 'u');

/** A section or label giving owners or times by measure code: "Ansvarig: A1 socialtjänsten; A2 polisen". */
const KEYED_TITLE = pattern(/^(?:ansvarig\p{L}*|ansvar|vem|när|tid|tidplan|tidpunkt)$/iu);
const KEYED_ENTRY = new RegExp(`(?:^|;)\\s*(${CODE})\\s+([^;]+)`, 'gu');
/** "1) Ny belysning …": an enumerated item opening a sentence. */
const ENUM_ITEM = pattern(/^(\d{1,2}\))\s+(?=\p{Lu})/u);
/** "1) Gatuenheten. 2) LPO Vedtuna.": owners or times by enumeration, each up to the next number. */
const KEYED_ITEM = pattern(/(?:^|\s)(\d{1,2}\))\s+(.+?)(?=\s+\d{1,2}\)\s|$)/gsu);

/** Gives the coded measures their owners or times from a keyed block; false when the block is not one. */
function keyedDetails(block: Block, section: Section, out: Activity[]): boolean {
  const label = LEAD_LABEL.exec(block.text.trimStart())?.[1];
  const byTitle = KEYED_TITLE.test(stripNumbering(section.title));
  if (!byTitle && !(label && KEYED_TITLE.test(label.trim()))) return false;
  const body = byTitle ? block.text : block.text.trimStart().slice((label?.length ?? 0) + 1);
  const coded = [...body.matchAll(KEYED_ENTRY)];
  const entries = coded.length >= 2 ? coded : [...body.matchAll(KEYED_ITEM)];
  if (entries.length < 2) return false;
  const owners = /^(?:ansvar|vem)/iu.test(byTitle ? stripNumbering(section.title) : (label ?? ''));
  for (const [, code, value] of entries) {
    const act = out.findLast((x) => x.nr === code || x.key === code);
    if (!act || !value) continue;
    const v = value.trim().replace(/[.]$/, '');
    if (owners) {
      const parties = partiesOf(v);
      act.who ??= v;
      act.parties = parties.length > 0 ? parties : ['annan'];
    } else act.when ??= v;
  }
  return true;
}

/** "Vi pratade också med ungdomarna i oktober": what was done, told in the past tense, is no measure. */
const PAST_DEED = pattern(
  /^(?:\S+\s+){0,4}?(?:pratade|träffade|genomförde|gjorde|frågade|ställde|fick|besökte|samlade|deltog|har\s+(?:\p{L}+\s+)?(?:varit|genomfört|träffat|pratat|haft))(?!\p{L})/iu,
);
const FUTURE_TOO = pattern(/(?<!\p{L})(?:ska|kommer\s+att|fortsätter|lovar|åtar)(?!\p{L})/iu);

const CAUSE_NUMBER = pattern(
  /(?:riktas|riktar\s+sig|verkar)\s+mot\s+(orsak(?:erna)?\s+\d+[A-Z]?(?:\s*(?:,|och|samt)\s*\d+[A-Z]?)*)(?![\p{L}\d])/iu,
);

/** A multi-level clause number opening a paragraph ("8.2.1 "), as in agreements written as contracts. */
const CLAUSE_NUMBER = pattern(/^(\d+(?:\.\d+)+)\.?\s+(?=\p{Lu})/u);

function withGappedParties(parties: Party[], text: string): Party[] {
  if (!/ansvar/i.test(text)) return parties;
  const out = new Set(parties);
  for (const m of text.matchAll(GAPPED)) {
    const word = m[1] ?? '';
    if (isParty(word)) for (const p of partiesOf(word)) if (p !== 'gemensam') out.add(p);
  }
  return [...out];
}

function sentenceActivity(
  s: Sentence,
  block: Block,
  section: Section,
  kind: SectionKind,
  owner: string,
  text: string,
): Activity {
  const act: Activity = {
    text,
    start: s.start,
    end: s.end,
    what: text,
    parties: partiesOf(owner),
    from: 'prose',
    commitment: kind !== 'measures',
    block,
    section,
  };
  if (hasOwner(act)) act.who = owner;
  const when = whenIn(text);
  if (when) act.when = when;
  const focus =
    focusFromSection(section) ??
    (section.parent &&
      (focusFromSection(section.parent) ??
        (sectionKind(section.parent) !== 'none' ? section.title : undefined)));
  if (focus) act.focusArea = focus;
  return act;
}

/** A party subject doing something now, not one that has done or is something ("Kommunen har …"). */
function presentTenseSubject(text: string): string | undefined {
  const subject = subjectParty(text);
  if (!subject) return undefined;
  const verb = text.slice(subject.length).trim().split(/\s+/)[0] ?? '';
  return /^(?:har|hade|är|var|blev|blir|kan|bör|skulle|fick|får)$/i.test(verb) ? undefined : subject;
}

/** "lovar vi att", "Vi lovar också att": the promise verb before the clause that may name the doer. */
const PROMISE_CLAUSE = pattern(
  /(?<!\p{L})(?:lovar|åtar\s+sig)(?:\s+(?:vi|parterna|också|även|därför|dessutom|tillsammans|gemensamt)){0,3}(?:\s+att\s+|\s*:\s+)/iu,
);

/** The specific party doing what "vi" promise: "… lovar vi att lokalpolisområdets trafikpoliser genomför …". */
function promisedDoer(text: string): string | undefined {
  const m = PROMISE_CLAUSE.exec(text);
  if (!m) return undefined;
  const doer = subjectParty(text.slice(m.index + m[0].length));
  return doer && namesOwner(doer) ? doer : undefined;
}

/** A present-tense verb with the party right after it, as the second place of a sentence is. */
const VERB_BEFORE_SUBJECT = pattern(/(?<!\p{L})(\p{Ll}+(?:ar|er|ör|år))\s+(?=\p{L})/gu);
const NO_DEED = pattern(
  /^(?:har|är|kan|bör|får|går|står|ser|finner|saknar|behöver|känner|upplever|tycker|menar)$/iu,
);
const CONDITION_LEAD = pattern(/^(?:om|ifall|även\s+om|eftersom|fast|trots\s+att)\s/iu);
/** How far into a sentence its fronted adverbial may run before the verb. */
const FRONTED_WORDS = 16;

/**
 * The subject after a fronted adverbial, the verb second: "Mot orsaken att villaområdena saknar
 * grannsamverkan startar polisen och kommundelsförvaltningen grannsamverkan …".
 */
function frontedSubject(text: string): string | undefined {
  // "Om det inträffar något som kräver polisens närvaro …": a condition, not a deed.
  if (CONDITION_LEAD.test(text) || subjectParty(text)) return undefined;
  for (const m of text.matchAll(VERB_BEFORE_SUBJECT)) {
    if (text.slice(0, m.index).split(/\s+/).length > FRONTED_WORDS) return undefined;
    if (NO_DEED.test(m[1] ?? '')) continue;
    const subject = subjectParty(text.slice(m.index + m[0].length));
    // "I december bjuder vi in …": a joint "vi" names no owner.
    if (subject && namesOwner(subject)) return partyWords(subject);
  }
  return undefined;
}

/** The parties of a phrase that runs on into its object: "polisen och kommunen grannsamverkan i …" → "polisen och kommunen". */
function partyWords(phrase: string): string {
  const words = phrase.split(/\s+/);
  let n = 0;
  const joins = (w: string) => /^(?:och|samt|\p{L}+-)$/u.test(w);
  while (n < words.length && (isParty((words[n] ?? '').replace(/,$/, '')) || joins(words[n] ?? ''))) n++;
  return (
    words
      .slice(0, n)
      .join(' ')
      .replace(/(?:,|\s+och|\s+samt)$/u, '') || phrase
  );
}

const GOAL_CODES = pattern(
  /(?<!\p{L})(?:[Mm]ål|[Dd]elmål|[Ee]ffektmål)(?:et)?\s*:?\s*((?:[A-ZÅÄÖ]{0,2}\d+(?:\.\d+)?[a-z]?)(?:\s*(?:,|och)\s*[A-ZÅÄÖ]{0,2}\d+(?:\.\d+)?[a-z]?)*)(?!\p{L})/u,
);

/** Goal and cause named in a measure's own text: "(mål 1a)", "Mål: M2", "påverkar orsaken mörka platser". */
function linksIn(text: string, act: Activity): void {
  const goal = GOAL_CODES.exec(text);
  if (goal?.[1] && !act.goal) act.goal = goal[1];
  // "Det gör vi mot orsaken att torget är mörkt", "riktar sig mot den situationella orsaken att …".
  const cause =
    /(?:orsak(?:en)?\s*:\s*|(?:verkar\s+på|påverkar)\s*:\s*|påverkar\s+orsaken\s+|(?<!\p{L})mot\s+(?:den\s+)?(?:\p{L}+\s+)?orsaken\s+)([^.;)]+)/iu.exec(
      text,
    );
  if (cause?.[1] && !act.cause) act.cause = cause[1].trim();
  // "riktas mot Orsak 1C och Mål 1.1": a numbered cause reference.
  const numbered =
    CAUSE_NUMBER.exec(text) ??
    PAREN_CAUSE.exec(text) ??
    CODED_CAUSE.exec(text) ??
    AGAINST_CODE.exec(text) ??
    BARE_CODES.exec(text);
  if (numbered?.[1] && !act.cause) act.cause = numbered[1];
}

/** "Mål M2.1 – orsak O2.3, O2.4": causes referred to by their codes. */
const CODED_CAUSE = pattern(
  /(?<!\p{L})orsak(?:erna)?\s+(\p{Lu}{1,2}\d+(?:\.\d+)?(?:\s*(?:,|och)\s*\p{Lu}{0,2}\d+(?:\.\d+)?)*)(?![\p{L}\d])/u,
);

/** Cause codes as "1a", "1b och 1c", "O2a, O2b" (a letter for orsak, not M for mål). */
const CAUSE_CODE = '[A-LN-ZÅÄÖ]?\\d{1,2}[a-h]';
const CAUSE_CODES = `${CAUSE_CODE}(?:\\s*(?:,|och|samt)\\s*${CAUSE_CODE})*`;
/** "(mot 1a och 1c)", "(hot spots, riktar sig mot O2c)": the measure acts against causes by their codes. */
const AGAINST_CODE = new RegExp(
  `\\((?:[^()]{0,40}?,\\s*)?(?:riktar\\s+sig\\s+|riktas\\s+|verkar\\s+)?mot\\s+(${CAUSE_CODES})\\)`,
  'u',
);
/** "(1b, 1c)" closing a measure: the codes of what it acts on. */
const BARE_CODES = new RegExp(`\\((${CAUSE_CODES})\\)\\s*[.;]?$`, 'u');

/** "… riktar sig mot tillgängligheten (orsak d)": a cause named in a parenthesis. */
const PAREN_CAUSE = pattern(/\((orsak(?:erna)?\s+[\p{L}\d][\d.]*(?:\s*(?:,|och)\s*[\p{L}\d][\d.]*)*)\)/iu);

/** "ta fram en handlingsplan med konkreta aktiviteter": a promise to plan, which chooses no measure yet. */
const PLANS_A_PLAN = pattern(
  /(?<!\p{L})(?:ta\s+fram|tas\s+fram|upprätta|utarbeta|arbeta\s+fram)\s+(?:en\s+|ett\s+)?(?:\p{L}+\s+)?(?:handlingsplan|aktivitetsplan|åtgärdsplan)(?!\p{L})/iu,
);

export function plansAPlan(act: Activity): boolean {
  return PLANS_A_PLAN.test(act.what);
}

/** Whether an activity names a specific owner (a party, organisation or function, not just "parterna"). */
export function hasOwner(act: Activity): boolean {
  return act.parties.some((p) => p !== 'gemensam');
}

/** Whether a phrase names a specific owner, not only "vi" or "parterna". */
function namesOwner(who: string): boolean {
  return partiesOf(who).some((p) => p !== 'gemensam');
}

const OTHER_PART = pattern(/^(?:resurserna|budgeten|kostnaderna|finansieringen)(?!\p{L})/iu);
const PLAN_WORDS = pattern(
  /aktivitetsplan|handlingsplan|åtgärdsplan|aktiviteter|åtgärder(?:na)?|insatser(?:na)?|mål(?:en)?(?!\p{L})|indikator/iu,
);

/**
 * References to a plan of measures that is not part of what is checked: "se aktivitetsplanen",
 * "anges i aktivitetsplanen (bilaga 2)". A bilaga counts when the words just before it name a plan,
 * so "lägesbilden i bilaga 1" is not a reference to measures.
 */
export function planReferences(a: Analysis): Reference[] {
  return memo(a, findPlanReferences);
}

/** Named, not inline: `memo` keys on the function, so a fresh arrow would recompute on every call. */
/** "Våld i nära relationer ingår inte; de hanteras i handlingsplanen mot …": a plan for what this document leaves out. */
const OUT_OF_SCOPE = pattern(/(?<!\p{L})(?:(?:ingår|omfattas)\s+inte|hanteras\s+(?:i|inom|av)\s)/iu);

function findPlanReferences(x: Analysis): Reference[] {
  return referencedElsewhere(x).filter((r) => {
    if (OUT_OF_SCOPE.test(r.sentence.text)) return false;
    if (PLAN_KIND.test(r.target)) return true;
    if (!r.target.startsWith('bilaga')) return false;
    const text = r.sentence.text;
    const at = text.toLowerCase().search(new RegExp(r.target.replace(' ', '\\s*'), 'i'));
    // "Resurserna för aktiviteterna anges i bilaga 3 Resursplan": another part, about the measures.
    const title = text.slice(at + r.target.length).match(/^\s*[:–-]?\s*(\p{L}+)/u)?.[1] ?? '';
    if (OTHER_PART.test(text) || (/plan$/iu.test(title) && !PLAN_KIND.test(title))) return false;
    return at >= 0 && PLAN_WORDS.test(text.slice(Math.max(0, at - 50), at));
  });
}
