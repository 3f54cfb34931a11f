import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, MD, SLOW } from './run.ts';

const GOOD = [
  'hagalund-so-2025-2028.md',
  'hagalund-bilaga1-lagesbild-2025.md',
  'ekby-ml-2025-2026.md',
  'bergsjo-trygghetsrapport-2024.md',
];
const BROKEN = ['tom.md', 'slump.pdf', 'gammal.doc'];

let dir: string;

/** A county folder with good documents, broken ones, and files that are not documents at all. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sk-batch-'));
  for (const f of GOOD) copyFileSync(join(MD, f), join(dir, f));
  writeFileSync(join(dir, 'tom.md'), '');
  const random = Buffer.alloc(4096);
  for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 251;
  writeFileSync(join(dir, 'slump.pdf'), random);
  // The OLE2 compound-file signature of a pre-2007 Word .doc.
  writeFileSync(
    join(dir, 'gammal.doc'),
    Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]),
  );
  writeFileSync(join(dir, 'bild.png'), Buffer.from('89504e47', 'hex'));
  // Not documents of the county: a hidden folder and Word's lock file.
  mkdirSync(join(dir, '.dold'));
  copyFileSync(join(MD, GOOD[0] as string), join(dir, '.dold', 'kopia.md'));
  writeFileSync(join(dir, '~$gammal.docx'), 'lås');
});

interface Batch {
  reports: { file?: string; files?: string[]; type: string }[];
  errors: { file: string; error: string; code: string }[];
  inventory: {
    municipalities: { name: string }[];
    documents: number;
    failed: number;
    notCollaboration: string[];
  };
}

describe('batch', SLOW, () => {
  it('accounts for every file: broken ones get a Swedish error and the batch goes on', async () => {
    const missing = join(dir, 'finns-inte.pdf');
    const run = await cli(['batch', '--format', 'json', '--date', '2026-01-15', dir, missing]);
    expect(run.code).toBe(2); // a missing argument is an input error, but the rest is still reported
    const batch: Batch = JSON.parse(run.stdout);
    expect(batch.reports.map((r) => r.file).sort()).toEqual([...GOOD].sort());
    const errors = Object.fromEntries(batch.errors.map((e) => [e.file, e]));
    expect(Object.keys(errors).sort()).toEqual([...BROKEN, missing].sort());
    for (const e of batch.errors) expect(e.error).toMatch(/[åäöÅÄÖ]|Filen|fil/);
    expect(errors['gammal.doc']?.code).toBe('unsupported-format');
    expect(errors['tom.md']?.code).toBe('empty');
    expect(errors[missing]?.code).toBe('not-found');
    expect(batch.inventory.documents).toBe(GOOD.length);
    expect(batch.inventory.failed).toBe(BROKEN.length + 1);
    expect(batch.inventory.notCollaboration).toEqual(['bergsjo-trygghetsrapport-2024.md']);
    for (const f of [...BROKEN, missing]) expect(run.stderr).toContain(f);
  });

  it('ends the text report with the county inventory, and draws no progress bar into a pipe', async () => {
    const run = await cli(['batch', '--workers', '1', '--date', '2026-01-15', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\d+ av \d+ har en aktuell samverkansöverenskommelse\./);
    expect(run.stdout).toMatch(/\d+ av \d+ har ett aktuellt gemensamt medborgarlöfte\./);
    expect(run.stdout).toMatch(/\d+ av \d+ anger orsaker\./);
    expect(run.stdout).toContain('Inte samverkansdokument: bergsjo-trygghetsrapport-2024.md.');
    expect(run.stdout).toContain('slump.pdf');
    expect(run.stderr).not.toContain('█');
    expect(run.stderr).not.toContain('\r');
  });

  it('groups an agreement with its annexes by name prefix or by a manifest', async () => {
    const withManifest = mkdtempSync(join(tmpdir(), 'sk-manifest-'));
    mkdirSync(join(withManifest, 'hagalund'));
    for (const f of GOOD.slice(0, 3)) copyFileSync(join(MD, f), join(withManifest, 'hagalund', f));
    writeFileSync(
      join(withManifest, 'hagalund', 'samverkanskollen.json'),
      JSON.stringify({ bundles: [['ekby-ml-2025-2026.md', 'hagalund-bilaga1-lagesbild-2025.md']] }),
    );
    const [prefix, manifest] = await Promise.all([
      cli(['batch', '--format', 'json', '--bundle-by-prefix', dir]),
      cli(['batch', '--format', 'json', withManifest]),
    ]);
    const bundled: Batch = JSON.parse(prefix.stdout);
    expect(bundled.reports.find((r) => r.files)?.files).toEqual([
      'hagalund-so-2025-2028.md',
      'hagalund-bilaga1-lagesbild-2025.md',
    ]);
    expect(bundled.reports).toHaveLength(GOOD.length - 1);
    const byManifest: Batch = JSON.parse(manifest.stdout);
    expect(byManifest.reports.find((r) => r.files)?.files).toEqual([
      'hagalund/ekby-ml-2025-2026.md',
      'hagalund/hagalund-bilaga1-lagesbild-2025.md',
    ]);
    expect(byManifest.reports).toHaveLength(2);
  });

  it('writes CSV, Markdown and HTML, takes globs, and exits 1 below --min-score', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sk-')), 'län.html');
    const [csv, md, html, glob, min] = await Promise.all([
      cli(['batch', '--workers', '1', '--format', 'csv', dir]),
      cli(['batch', '--workers', '1', '--format', 'markdown', dir]),
      cli(['batch', '--workers', '1', '--format', 'html', '--out', out, dir]),
      cli(['batch', '--format', 'json', join(dir, 'hagalund-*.md')]),
      cli(['batch', '--min-score', '100', join(dir, 'ekby-*.md')]),
    ]);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + GOOD.length + BROKEN.length);
    expect(md.stdout).toContain('# Inventering');
    expect(html.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('<table class="heat">');
    expect(page).toContain('<svg');
    expect((JSON.parse(glob.stdout) as Batch).reports).toHaveLength(2);
    expect(min.code).toBe(1);
  });

  it('gives a file over the --timeout limit a Swedish timeout error', async () => {
    const run = await cli([
      'batch',
      '--format',
      'json',
      '--timeout',
      '0.001',
      join(dir, 'ekby-ml-2025-2026.md'),
    ]);
    expect(run.code).toBe(0);
    const batch: Batch = JSON.parse(run.stdout);
    expect(batch.reports).toEqual([]);
    expect(batch.errors[0]).toMatchObject({ code: 'timeout' });
    expect(batch.errors[0]?.error).toContain('Granskningen avbröts');
  });

  it('exits 2 when nothing is found and for bad options', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'sk-empty-'));
    const [nothing, workers, timeout] = await Promise.all([
      cli(['batch', empty]),
      cli(['batch', '--workers', '0', dir]),
      cli(['batch', '--timeout', 'länge', dir]),
    ]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('Inga dokument hittades');
    expect(workers.code).toBe(2);
    expect(timeout.code).toBe(2);
  });
});
