/**
 * Batch throughput with generated volume: the corpus (.md, .docx, .pdf) replicated into a temp folder
 * under new municipality names, each copy lightly varied, then scored through the worker pool with the
 * inventory and the HTML and CSV reports, as `samverkanskollen batch` does. Prints wall time, documents
 * per second and peak memory for 50 documents (1 and 2 workers) and 1,000 documents (1 and 2 workers).
 * Run with `npm run bench:batch`; `BENCH_SIZES=50` or `BENCH_WORKERS=2` to do less. CPU seconds (all
 * threads) are printed beside wall time: when other processes share the cores, wall time cannot show
 * the scaling, but documents per CPU-second shows what a second worker costs.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { discover } from '../core/batch/discover.ts';
import { inventory } from '../core/batch/inventory.ts';
import { runPool } from '../core/batch/pool.ts';
import type { Report } from '../core/check.ts';
import { renderCsv } from '../core/render/csv.ts';
import { renderHtmlBatch } from '../core/render/html.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const SIZES = (process.env.BENCH_SIZES ?? '50,1000').split(',').map(Number);
const WORKERS = (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);
const LIMITS: Record<number, number> = { 50: 10_000, 1000: 180_000 };
const NAMES = ['Ekby', 'Hagalund', 'Solvik', 'Bergsjö', 'Lindås', 'Mossby'];

interface Source {
  name: string;
  ext: 'md' | 'docx' | 'pdf';
  bytes: Buffer;
}

async function sources(): Promise<Source[]> {
  const out: Source[] = [];
  for (const ext of ['md', 'docx', 'pdf'] as const) {
    const dir = join(ROOT, 'fixtures/corpus', ext);
    for (const name of (await readdir(dir)).sort())
      out.push({ name, ext, bytes: await readFile(join(dir, name)) });
  }
  return out;
}

/** Rename the municipality in the text, so each copy is its own document and its own municipality. */
function rename(text: string, n: number): string {
  return NAMES.reduce((t, name) => t.replaceAll(name, `${name} ${n}`), text);
}

async function vary(src: Source, n: number): Promise<Buffer> {
  if (src.ext === 'md') return Buffer.from(`${rename(src.bytes.toString('utf8'), n)}\n\nVersion ${n}.\n`);
  if (src.ext === 'docx') {
    const zip = await JSZip.loadAsync(src.bytes);
    const xml = await zip.file('word/document.xml')?.async('string');
    if (xml) zip.file('word/document.xml', rename(xml, n));
    return zip.generateAsync({ type: 'nodebuffer' });
  }
  // PDF: bytes after %%EOF are ignored by readers; enough to make every file distinct on disk.
  return Buffer.concat([src.bytes, Buffer.from(`\n% samverkanskollen bench ${n}\n`)]);
}

async function corpus(size: number, all: Source[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `sk-bench-${size}-`));
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < size; i++) {
    const src = all[i % all.length] as Source;
    const copy = Math.floor(i / all.length);
    // "ekby-so-2024-2027.md" → "ekby7-so-2024-2027.md": a new municipality per round of copies.
    const name = src.name.replace(/^([a-z]+)/, `$1${copy}`);
    await writeFile(
      join(dir, `${String(i).padStart(4, '0')}-${name}`.replace(/^\d+-/, '')),
      await vary(src, copy),
    );
  }
  return dir;
}

interface Run {
  ms: number;
  /** CPU seconds of all threads: comparable when other processes share the cores. */
  cpu: number;
  peakRss: number;
  reports: number;
  errors: number;
}

async function run(dir: string, workers: number): Promise<Run> {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const found = await discover([dir]);
  const results = await runPool(found.tasks, { workers, check: { referenceDate: '2026-01-15' } });
  const reports: Report[] = results.flatMap((r) => (r.report ? [r.report] : []));
  const errors = results.flatMap((r) => r.errors);
  const batch = { reports, errors, inventory: inventory(reports, errors) };
  renderHtmlBatch(batch);
  renderCsv(reports, errors);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { ms, cpu: (c.user + c.system) / 1e6, peakRss, reports: reports.length, errors: errors.length };
}

const all = await sources();
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const { availableParallelism, loadavg } = await import('node:os');
console.log(
  `${availableParallelism()} kärnor, belastning före start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(`Batch-mätning: ${all.length} källfiler (md, docx, pdf), arbetstrådar ${WORKERS.join(' och ')}`);
for (const size of SIZES) {
  const dir = await corpus(size, all);
  const times: Record<number, number> = {};
  for (const workers of WORKERS) {
    const r = await run(dir, workers);
    times[workers] = r.ms;
    const limit = LIMITS[size];
    const verdict = limit ? (r.ms <= limit ? `inom ${limit / 1000} s` : `ÖVER ${limit / 1000} s`) : '';
    console.log(
      `${String(size).padStart(5)} dokument, ${workers} ${workers === 1 ? 'tråd ' : 'trådar'}: ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${((1000 * size) / r.ms).toFixed(1).padStart(6)} dok/s  CPU ${r.cpu.toFixed(1)} s (${(size / r.cpu).toFixed(1)} dok/CPU-s)  topp-RSS ${mb(r.peakRss)}  (${r.reports} rapporter, ${r.errors} fel)  ${verdict}`,
    );
  }
  const [one, two] = [times[1], times[2]];
  if (one && two)
    console.log(
      `${String(size).padStart(5)} dokument: 2 trådar är ${(one / two).toFixed(2)}× så snabbt som 1`,
    );
  await rm(dir, { recursive: true, force: true });
}
console.log(`Process topp-RSS (alla körningar): ${mb(process.resourceUsage().maxRSS * 1024)}`);
