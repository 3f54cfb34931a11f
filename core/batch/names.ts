/**
 * What a file name says about a document: "hagalund-so-2025-2028.pdf" is Hagalund's agreement from
 * 2025, "hagalund-bilaga1-lagesbild-2025.docx" an annex of the same year. Used to group bundles and to
 * count municipalities in the inventory. Pure: no I/O.
 */

const AGREEMENT = new Set([
  'so',
  'sö',
  'samverkansoverenskommelse',
  'samverkansöverenskommelse',
  'overenskommelse',
  'överenskommelse',
  'avtal',
]);
const PROMISE = new Set(['ml', 'medborgarlofte', 'medborgarlöfte', 'medborgarloften', 'medborgarlöften']);
/** Parts of an agreement that come as their own files. */
const ANNEX = new Set([
  'bilaga',
  'bilagor',
  'handlingsplan',
  'aktivitetsplan',
  'atgardsplan',
  'åtgärdsplan',
  'lagesbild',
  'lägesbild',
  'plan',
]);
/** Documents of their own that only end the municipality part of a name. */
const KIND_WORDS = new Set([
  ...ANNEX,
  'trygghetsrapport',
  'rapport',
  'utvardering',
  'utvärdering',
  'verksamhetsplan',
]);

export interface NameParts {
  /** The municipality part, lower case: "hagalund", "lindas-mossby". */
  municipality: string;
  /** The first year in the name, if any. */
  year?: string;
  /** 'agreement' or 'promise' when the name says so; 'annex' for a bilaga, plan or lägesbild. */
  role: 'agreement' | 'promise' | 'annex' | 'unknown';
}

function tokens(path: string): string[] {
  const base = path.split(/[\\/]/).at(-1) ?? path;
  const stem = base.replace(/\.[^.]+$/, '');
  return stem
    .toLowerCase()
    .split(/[-_\s.]+/)
    .filter(Boolean);
}

function isKind(token: string): boolean {
  return AGREEMENT.has(token) || PROMISE.has(token) || KIND_WORDS.has(token.replace(/\d+$/, ''));
}

export function nameParts(path: string): NameParts {
  const ts = tokens(path);
  const first = ts.findIndex((t) => isKind(t) || /^\d/.test(t));
  const municipality = (first === -1 ? ts : ts.slice(0, first)).join('-') || ts.join('-');
  const year = ts.find((t) => /^(19|20)\d\d$/.test(t));
  let role: NameParts['role'] = 'unknown';
  if (ts.some((t) => AGREEMENT.has(t))) role = 'agreement';
  else if (ts.some((t) => PROMISE.has(t))) role = 'promise';
  else if (ts.some((t) => ANNEX.has(t.replace(/\d+$/, '')))) role = 'annex';
  const parts: NameParts = { municipality, role };
  if (year) parts.year = year;
  return parts;
}

function dirOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i === -1 ? '' : path.slice(0, i);
}

/**
 * Group files of one folder whose names share municipality and year: an agreement takes the annexes
 * (bilagor, plans, lägesbilder) of its stem; a promise or a second agreement stays on its own, and
 * annexes with no agreement stay single files. Order of first appearance is kept.
 */
export function bundleByPrefix(files: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const p = nameParts(file);
    const key = p.year ? `${dirOf(file)}\0${p.municipality}\0${p.year}` : `\0single\0${file}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  const out: string[][] = [];
  for (const group of groups.values()) {
    const agreement = group.find((f) => nameParts(f).role === 'agreement');
    if (!agreement) {
      for (const f of group) out.push([f]);
      continue;
    }
    const annexes = group.filter((f) => nameParts(f).role === 'annex').sort();
    out.push([agreement, ...annexes]);
    for (const f of group) if (f !== agreement && !annexes.includes(f)) out.push([f]);
  }
  return out;
}

/**
 * The municipalities a file belongs to. A joint name ("lindas-mossby-so") counts for each part that is
 * itself the municipality of another file in the batch.
 */
export function municipalitiesOf(file: string, known: ReadonlySet<string>): string[] {
  const m = nameParts(file).municipality;
  const parts = m.split('-');
  if (parts.length > 1 && parts.every((p) => known.has(p))) return parts;
  return [m];
}
