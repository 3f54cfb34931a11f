/**
 * Ingestion speed and memory per format over the corpus, and on a 20-page PDF against pdftotext
 * (poppler) as a reference run in the same process and moment. Run with `npm run bench`.
 * Wall time and CPU time (user + system) are both reported: on a shared, loaded machine wall
 * time mostly measures the queue for a core, CPU time the work done.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../core/ingest/index.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Two 20-page PDFs: printed by Chromium (glyph by glyph, the slow case for pdf.js) and exported by LibreOffice from Word. */
const BIG_PDFS = [
  join(ROOT, 'fixtures/bench/20-pages.pdf'),
  join(ROOT, 'fixtures/bench/20-pages-libreoffice.pdf'),
];

interface Result {
  median: number;
  /** Median CPU time (user + system) of one ingestion, ms. */
  cpu: number;
  peakRss: number;
  peakHeap: number;
  errors: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[(s.length - 1) >> 1] as number);
};
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/** Median wall time of one ingestion per file (ms), with peak memory sampled around each run. */
async function measure(files: string[]): Promise<Result> {
  const times: number[] = [];
  const cpus: number[] = [];
  let peakRss = 0;
  let peakHeap = 0;
  let errors = 0;
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const perFile: number[] = [];
    const cpuPerFile: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      try {
        await ingest(bytes, file);
      } catch {
        if (i === 0) errors++;
      }
      perFile.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuPerFile.push((used.user + used.system) / 1000);
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
    times.push(median(perFile.slice(1)));
    cpus.push(median(cpuPerFile.slice(1)));
  }
  return { median: median(times), cpu: median(cpus), peakRss, peakHeap, errors };
}

/**
 * Median wall and CPU time of pdftotext on a file (ms), or undefined when poppler is not
 * installed. Its CPU time comes from the shell's `times` for the finished child.
 */
function pdftotext(file: string): { wall: number; cpu: number } | undefined {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const run = spawnSync('bash', ['-c', 'pdftotext -layout "$1" - >/dev/null && times', 'bench', file], {
      encoding: 'utf8',
    });
    if (run.error || run.status !== 0) return undefined;
    walls.push(performance.now() - start);
    // `times` prints the shell's own and then its children's user and system time: "0m0.123s 0m0.004s".
    const child = run.stdout.trim().split('\n').at(-1) ?? '';
    const secs = [...child.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
    cpus.push(secs.reduce((a, b) => a + b, 0) * 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

function filesOf(format: string): string[] {
  const dir = join(ROOT, 'fixtures/corpus', format);
  return readdirSync(dir)
    .filter((f) => f.endsWith(`.${format}`))
    .map((f) => join(dir, f));
}

console.log(`Ingestion, median of ${RUNS - 1} warm runs per file (first run discarded)\n`);
console.log('format  files  wall/file     cpu/file  errors  peak rss  peak heap');
for (const format of ['pdf', 'docx', 'md']) {
  const files = filesOf(format);
  const r = await measure(files);
  console.log(
    `${format.padEnd(6)}  ${String(files.length).padStart(5)}  ${r.median.toFixed(1).padStart(6)} ms  ${r.cpu.toFixed(1).padStart(8)} ms  ${String(r.errors).padStart(6)}  ${mb(r.peakRss).padStart(8)}  ${mb(r.peakHeap).padStart(9)}`,
  );
}

for (const BIG_PDF of BIG_PDFS) {
  const big = await measure([BIG_PDF]);
  console.log(
    `\n20-page PDF (${BIG_PDF.slice(ROOT.length)}): ${big.median.toFixed(0)} ms wall, ${big.cpu.toFixed(0)} ms CPU (medians), peak rss ${mb(big.peakRss)}`,
  );
  const reference = pdftotext(BIG_PDF);
  if (reference === undefined)
    console.log('pdftotext not found (install poppler-utils) — no reference timing.');
  else
    console.log(
      `pdftotext -layout on the same file: ${reference.wall.toFixed(0)} ms wall (process start included), ${reference.cpu.toFixed(0)} ms CPU; ratio ${(big.median / reference.wall).toFixed(2)}× wall, ${(big.cpu / reference.cpu).toFixed(2)}× CPU`,
    );
}
