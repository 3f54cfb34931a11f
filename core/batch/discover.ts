/**
 * From the command line's DIR|GLOB|FILE arguments to the batch's tasks: every document file under a
 * folder (recursively), grouped into bundles by a `samverkanskollen.json` manifest in its folder and,
 * with --bundle-by-prefix, by shared municipality-year stem. Names are shown relative to the folder given.
 */
import { glob, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { bundleByPrefix } from './names.ts';
import type { Task } from './pool.ts';
import type { FileError } from './types.ts';

/** Scored formats, and formats we recognise as documents so they are reported rather than skipped. */
const DOCUMENT_EXT = /\.(pdf|docx|md|markdown|txt|doc|odt|rtf)$/i;
export const MANIFEST = 'samverkanskollen.json';

export interface Discovered {
  tasks: Task[];
  /** Arguments that matched nothing, and unreadable manifests. */
  errors: FileError[];
}

interface Entry {
  path: string;
  name: string;
}

const GLOB_CHARS = /[*?[\]{}]/;

async function kind(path: string): Promise<'file' | 'dir' | 'missing'> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

async function walk(dir: string): Promise<Entry[]> {
  const out: Entry[] = [];
  for await (const rel of glob('**/*', { cwd: dir })) {
    const base = basename(rel);
    // Hidden folders (.git, .cache), hidden files and Word's ~$ lock files are not documents.
    if (
      rel.split(/[\\/]/).some((part) => part.startsWith('.')) ||
      base.startsWith('~$') ||
      !DOCUMENT_EXT.test(base)
    )
      continue;
    const path = join(dir, rel);
    if ((await kind(path)) === 'file') out.push({ path, name: rel });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** `{ "bundles": [["so.pdf", "bilaga1.pdf"]] }`, paths relative to the manifest's folder. */
async function manifestBundles(folder: string): Promise<{ bundles: string[][]; error?: FileError }> {
  const path = join(folder, MANIFEST);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { bundles: [] };
  }
  try {
    const data = JSON.parse(text) as { bundles?: unknown };
    if (
      !Array.isArray(data.bundles) ||
      !data.bundles.every((b) => Array.isArray(b) && b.every((f) => typeof f === 'string'))
    )
      throw new Error('bundles');
    return { bundles: (data.bundles as string[][]).map((b) => b.map((f) => resolve(folder, f))) };
  } catch {
    return {
      bundles: [],
      error: {
        file: path,
        error: `Manifestet kunde inte läsas: ange {"bundles": [["so.pdf", "bilaga1.pdf"]]}.`,
        code: 'bad-manifest',
      },
    };
  }
}

export async function discover(
  inputs: readonly string[],
  options: { byPrefix?: boolean } = {},
): Promise<Discovered> {
  const entries: Entry[] = [];
  const errors: FileError[] = [];
  for (const input of inputs) {
    const k = await kind(input);
    if (k === 'dir') entries.push(...(await walk(input)));
    else if (k === 'file') entries.push({ path: input, name: input });
    else if (GLOB_CHARS.test(input)) {
      const before = entries.length;
      for await (const match of glob(input)) {
        if ((await kind(match)) === 'file' && DOCUMENT_EXT.test(match))
          entries.push({ path: match, name: match });
      }
      if (entries.length === before)
        errors.push({ file: input, error: 'Mönstret matchar inga dokument.', code: 'not-found' });
    } else errors.push({ file: input, error: 'Filen eller mappen finns inte.', code: 'not-found' });
  }

  // Each file once, even when two arguments overlap.
  const seen = new Set<string>();
  const unique = entries.filter((e) => {
    const key = resolve(e.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const byPath = new Map(unique.map((e) => [resolve(e.path), e]));

  const grouped = new Set<string>();
  const tasks: Task[] = [];
  for (const folder of new Set(unique.map((e) => resolve(dirname(e.path))))) {
    const { bundles, error } = await manifestBundles(folder);
    if (error) errors.push(error);
    for (const bundle of bundles) {
      const members = bundle.map((p) => byPath.get(p)).filter((e) => e !== undefined);
      const missing = bundle.filter((p) => !byPath.has(p));
      for (const p of missing)
        errors.push({
          file: relative(process.cwd(), p),
          error: 'Filen i manifestet finns inte.',
          code: 'not-found',
        });
      if (members.length === 0) continue;
      for (const m of members) grouped.add(resolve(m.path));
      tasks.push({ paths: members.map((m) => m.path), names: members.map((m) => m.name) });
    }
  }
  const rest = unique.filter((e) => !grouped.has(resolve(e.path)));
  const groups = options.byPrefix ? bundleByPrefix(rest.map((e) => e.name)) : rest.map((e) => [e.name]);
  const byName = new Map(rest.map((e) => [e.name, e]));
  for (const g of groups) {
    const members = g.map((n) => byName.get(n)).filter((e) => e !== undefined);
    tasks.push({ paths: members.map((m) => m.path), names: members.map((m) => m.name) });
  }
  tasks.sort((a, b) => (a.names?.[0] ?? '').localeCompare(b.names?.[0] ?? '', 'sv'));
  return { tasks, errors };
}
