import type { Block, Cell } from '../model/document.ts';
import { type Cue, matchAll } from './lexicon.ts';
import { pattern } from './pattern.ts';

/** What a table column holds, decided from its header cell. */
export type ColumnRole =
  | 'nr'
  | 'what'
  | 'how'
  | 'who'
  | 'when'
  | 'followUp'
  | 'goal'
  | 'cause'
  | 'focus'
  | 'indicator'
  | 'baseline'
  | 'target'
  | 'comment';

/**
 * Header cue words per role. The role is decided by the first cue in the header, so
 * "Mål som åtgärden ska bidra till" is a goal column and "Orsak som påverkas" a cause column.
 */
const ROLE_CUES: [ColumnRole, Cue[]][] = [
  ['nr', ['=nr', '=nummer', '=id']],
  // Plain-language headers too: "Det här mäter vi | Så var det | Dit vill vi nå | Senast".
  [
    'target',
    ['målvärde*', '*målvärde*', 'målnivå*', 'dit vill vi', 'vill vi nå', 'vill vi komma', '=target'],
  ],
  [
    'baseline',
    [
      'utgångsläge*',
      'nollmätning*',
      'basår',
      'nuläge*',
      'basvärde*',
      '=utfall',
      'så var det',
      'så är det',
      'läget i dag',
      '=baseline',
    ],
  ],
  [
    'indicator',
    [
      'indikator*',
      'nyckeltal*',
      'mått',
      'mätetal*',
      'det här mäter vi',
      'vad vi mäter',
      'så mäter vi',
      '=kpi',
      '=indicator',
    ],
  ],
  ['cause', ['orsak*', '*orsak', 'påverkar orsak*', 'riskfaktor*', '=påverkar', '=root cause', '=cause']],
  [
    'focus',
    [
      'fokusområde*',
      '=fokusomr',
      '=fokus',
      '=FO',
      'insatsområde*',
      'prioriterat område',
      '=område',
      '=områden',
      'problem*',
      '=prioritering',
      // Headers some write in English: "Key issue", "Focus area".
      '=key issue',
      '=focus area',
    ],
  ],
  [
    'who',
    [
      'ansvarig*',
      'ansvar',
      '=vem',
      'utförare',
      'huvudman*',
      'ägare',
      'part',
      'aktör*',
      'genomförs av',
      'utförs av',
      // Abbreviated export headers: "Ansv. org", "Ansv. funktion".
      '=ansv',
      '=owner',
      '=responsible',
      '=lead',
    ],
  ],
  [
    'when',
    [
      '=när',
      'tidplan*',
      'tidpunkt*',
      'tidsplan*',
      '=tid',
      'tidsram*',
      'tidsperiod*',
      'period*',
      'datum',
      '=månad',
      '=vecka',
      '=kvartal',
      'klart',
      'frekvens*',
      '=frekv',
      '=start',
      'omfattning',
      '=when',
      '=deadline',
      '=timeline',
      '=timing',
    ],
  ],
  ['followUp', ['uppföljning*', 'följs upp', 'så får du veta', 'så följer vi upp', 'så vet vi']],
  // "Vad vi lovar | Så gör vi": the promise as an outcome, and the measure that carries it out.
  ['how', ['=hur', 'så gör vi', 'så här gör vi', 'hur vi gör', 'genomförande']],
  ['goal', ['=mål', '=målet', '=målen', 'effektmål*', 'delmål*', 'resultatmål*', '*mål']],
  [
    'what',
    [
      'åtgärd*',
      'aktivitet*',
      'insats*',
      '=vad',
      'löfte*',
      'åtagande*',
      'beskrivning',
      'metod*',
      'vi lovar',
      'vi gör',
      'det här gör vi',
      '=action',
      '=activity',
      '=measure',
    ],
  ],
  ['comment', ['kommentar*', 'anmärkning*', 'övrigt', 'notering*', 'märks', 'märker du']],
];

const ALL_CUES: Cue[] = ROLE_CUES.flatMap(([, cues]) => cues);
const ROLE_OF = new Map<string, ColumnRole>();

function roleOfCue(text: string): ColumnRole | undefined {
  const key = text.toLowerCase();
  const hit = ROLE_OF.get(key);
  if (hit) return hit;
  for (const [role, cues] of ROLE_CUES) {
    if (matchAll(text, cues).length > 0) {
      ROLE_OF.set(key, role);
      return role;
    }
  }
  return undefined;
}

/** The role of one header cell: the role of the first cue word in it. */
export function columnRole(header: string): ColumnRole | undefined {
  if (HEADER_ROLE.has(header)) return HEADER_ROLE.get(header);
  const found = matchAll(header, ALL_CUES).sort((x, y) => x.index - y.index)[0];
  const role = found ? roleOfCue(found.text) : undefined;
  HEADER_ROLE.set(header, role);
  return role;
}

/** Header texts repeat across tables and documents; their roles are looked up once. */
const HEADER_ROLE = new Map<string, ColumnRole | undefined>();
const TABLES = new WeakMap<Block, RoleTable | null>();

export interface RoleTable {
  block: Block;
  header: Cell[];
  roles: (ColumnRole | undefined)[];
  /** Data rows (header excluded). */
  rows: Cell[][];
}

/** A table with its header row's column roles, when the first row reads as a header. */
export function roleTable(block: Block): RoleTable | undefined {
  const known = TABLES.get(block);
  if (known !== undefined) return known ?? undefined;
  const t = readRoleTable(block);
  TABLES.set(block, t ?? null);
  return t;
}

const DUTY_HEADER = pattern(/^(?:ansvar|ansvarar\s+för|ansvarsområde\p{L}*|ansvar\s+och\s+uppgifter)$/iu);

function readRoleTable(block: Block): RoleTable | undefined {
  const rows = block.rows ?? [];
  const header = rows[0];
  if (!header || rows.length < 2) return undefined;
  // Header cells are short labels; a data row of sentences is not a header.
  if (header.some((c) => c.text.split(/\s+/).length > 8)) return undefined;
  const roles = header.map((c) => columnRole(c.text));
  // "Part | Ansvar": beside the column of parties, what each is responsible for.
  if (roles[0] === 'who')
    header.forEach((c, i) => {
      if (i > 0 && roles[i] === 'who' && DUTY_HEADER.test(c.text.trim())) roles[i] = 'what';
    });
  if (roles.filter((r) => r !== undefined).length < 2 && !labelledParts(roles, rows.slice(1)))
    return undefined;
  return { block, header, roles, rows: rows.slice(1) };
}

/** "Åtgärd | Innehåll" whose open cells label their parts ("Ansvarig: …", "När: …"): a plan all the same. */
const PART_LABEL = pattern(/(?<!\p{L})(?:ansvarig|ansvar|vem|när|tid|tidplan)\s*:/iu);

function labelledParts(roles: (ColumnRole | undefined)[], rows: Cell[][]): boolean {
  if (!roles.includes('what') || !roles.includes(undefined) || rows.length === 0) return false;
  const open = roles.indexOf(undefined);
  return rows.filter((r) => PART_LABEL.test(r[open]?.text ?? '')).length >= rows.length / 2;
}

/** The cell of a row in the first column with the role, if any. */
export function cellOf(t: RoleTable, row: Cell[], role: ColumnRole): Cell | undefined {
  const i = t.roles.indexOf(role);
  return i < 0 ? undefined : row[i];
}

export function has(t: RoleTable, role: ColumnRole): boolean {
  return t.roles.includes(role);
}

/**
 * A table without a header that continues the previous one (a table split by a page break in a PDF):
 * same number of columns and no header cues of its own. Its rows are read with the previous header.
 */
export function continuation(previous: RoleTable | undefined, block: Block): RoleTable | undefined {
  const rows = block.rows ?? [];
  const first = rows[0];
  if (!previous || !first || first.length !== previous.header.length) return undefined;
  if (first.map((c) => columnRole(c.text)).filter((r) => r !== undefined).length >= 2) return undefined;
  return { block, header: previous.header, roles: previous.roles, rows };
}
