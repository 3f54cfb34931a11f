/**
 * Ingestion speed and memory per format over the corpus, and on two 20-page PDFs against pdftotext
 * (poppler) as a reference run in the same process and moment. Run with `npm run bench`.
 * Wall time and CPU time (user + system) are both reported: on a shared, loaded machine wall
 * time mostly measures the queue for a core, CPU time the work done.
 * Like the CLI, large tagged PDFs are read on two threads (core/ingest/pdf/threads.ts); the 20-page
 * PDFs are also timed on one thread, warm (in this process) and cold (a process's first call).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { ingest } from '../core/ingest/index.ts';
import { usePageHelper } from '../core/ingest/pdf/load.ts';
import { usePageThreads } from '../core/ingest/pdf/threads.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);

interface Cold {
  wall: number;
  cpu: number;
  /** The calling thread's CPU time alone. */
  main: number;
  peakRss: number;
}

// `node bench/ingest.ts --cold <file> <threads|single>`: one first call, as `samverkanskollen check`
// makes it (compile cache on, pdf.js loaded but never run), printed as JSON.
if (process.argv[2] === '--cold') {
  enableCompileCache();
  if (process.argv[4] === 'threads') usePageThreads();
  else usePageHelper(undefined);
  const bytes = new Uint8Array(readFileSync(process.argv[3] as string));
  const cpu = process.cpuUsage();
  const main = process.threadCpuUsage();
  const start = performance.now();
  await ingest(bytes, 'cold.pdf');
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const mainUsed = process.threadCpuUsage(main);
  const cold: Cold = {
    wall,
    cpu: (used.user + used.system) / 1000,
    main: (mainUsed.user + mainUsed.system) / 1000,
    peakRss: process.resourceUsage().maxRSS * 1024,
  };
  console.log(JSON.stringify(cold));
  process.exit(0);
}
// The CLI's setting (core/cli/main.ts).
const threads = usePageThreads();
/** Two 20-page PDFs: printed by Chromium (glyph by glyph, the slow case for pdf.js) and exported by LibreOffice from Word. */
const BIG_PDFS = [
  join(ROOT, 'fixtures/bench/20-pages.pdf'),
  join(ROOT, 'fixtures/bench/20-pages-libreoffice.pdf'),
];

interface Result {
  median: number;
  /** Median CPU time (user + system) of one ingestion, ms. */
  cpu: number;
  /** Median CPU time of the calling thread alone, ms. */
  main: number;
  peakRss: number;
  peakHeap: number;
  errors: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[(s.length - 1) >> 1] as number);
};
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/** Medians of COLD_RUNS fresh processes' first ingestion of a file, on two threads or one. */
function cold(file: string, mode: 'threads' | 'single'): Cold | undefined {
  const runs: Cold[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const run = spawnSync(process.execPath, [import.meta.filename, '--cold', file, mode], {
      encoding: 'utf8',
    });
    if (run.status !== 0) return undefined;
    runs.push(JSON.parse(run.stdout) as Cold);
  }
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    main: median(runs.map((r) => r.main)),
    peakRss: median(runs.map((r) => r.peakRss)),
  };
}

/** Busy CPU time of the whole machine (ms, all cores) from /proc/stat; undefined off Linux. */
function machineCpu(): number | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [user, nice, system, , , irq, softirq, steal] = line.split(/\s+/).slice(1).map(Number);
    // Clock ticks of 10 ms.
    return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) * 10;
  } catch {
    return undefined;
  }
}

/** Warm medians on two threads and on one, the runs alternating so both see the same machine. */
async function compareThreads(file: string): Promise<{ shared: Result; alone: Result; others?: number }> {
  const bytes = new Uint8Array(readFileSync(file));
  const runs = { shared: [] as Cold[], alone: [] as Cold[] };
  const machineBefore = machineCpu();
  const ownBefore = process.cpuUsage();
  for (let i = 0; i < RUNS; i++)
    for (const mode of ['shared', 'alone'] as const) {
      usePageHelper(mode === 'shared' ? threads : undefined);
      const cpu = process.cpuUsage();
      const main = process.threadCpuUsage();
      const start = performance.now();
      await ingest(bytes, file);
      const wall = performance.now() - start;
      const used = process.cpuUsage(cpu);
      const mainUsed = process.threadCpuUsage(main);
      // The first run of each is discarded, as in measure().
      if (i > 0)
        runs[mode].push({
          wall,
          cpu: (used.user + used.system) / 1000,
          main: (mainUsed.user + mainUsed.system) / 1000,
          peakRss: 0,
        });
    }
  usePageHelper(threads);
  const machineAfter = machineCpu();
  const own = process.cpuUsage(ownBefore);
  const result = (rs: Cold[]): Result => ({
    median: median(rs.map((r) => r.wall)),
    cpu: median(rs.map((r) => r.cpu)),
    main: median(rs.map((r) => r.main)),
    peakRss: 0,
    peakHeap: 0,
    errors: 0,
  });
  const others =
    machineBefore === undefined || machineAfter === undefined
      ? undefined
      : Math.max(0, machineAfter - machineBefore - (own.user + own.system) / 1000) / (2 * RUNS);
  return {
    shared: result(runs.shared),
    alone: result(runs.alone),
    ...(others === undefined ? {} : { others }),
  };
}

/** Median wall time of one ingestion per file (ms), with peak memory sampled around each run. */
async function measure(files: string[]): Promise<Result> {
  const times: number[] = [];
  const cpus: number[] = [];
  const mains: number[] = [];
  let peakRss = 0;
  let peakHeap = 0;
  let errors = 0;
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const perFile: number[] = [];
    const cpuPerFile: number[] = [];
    const mainPerFile: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const cpu = process.cpuUsage();
      const main = process.threadCpuUsage();
      const start = performance.now();
      try {
        await ingest(bytes, file);
      } catch {
        if (i === 0) errors++;
      }
      perFile.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuPerFile.push((used.user + used.system) / 1000);
      const mainUsed = process.threadCpuUsage(main);
      mainPerFile.push((mainUsed.user + mainUsed.system) / 1000);
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
    times.push(median(perFile.slice(1)));
    cpus.push(median(cpuPerFile.slice(1)));
    mains.push(median(mainPerFile.slice(1)));
  }
  return { median: median(times), cpu: median(cpus), main: median(mains), peakRss, peakHeap, errors };
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

const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;
const row = (
  label: string,
  r: { median?: number; wall?: number; cpu: number; main: number; peakRss?: number },
) =>
  `  ${label.padEnd(20)} ${ms(r.median ?? r.wall ?? Number.NaN)} ${ms(r.cpu)} ${ms(r.main)}${r.peakRss === undefined ? '' : `  ${mb(r.peakRss).padStart(7)}`}`;
for (const BIG_PDF of BIG_PDFS) {
  const { shared, alone, others } = await compareThreads(BIG_PDF);
  const coldShared = cold(BIG_PDF, 'threads');
  const coldAlone = cold(BIG_PDF, 'single');
  const reference = pdftotext(BIG_PDF);
  console.log(
    `\n20-page PDF ${BIG_PDF.slice(ROOT.length)}: warm = median of ${RUNS - 1} runs in this process, cold = median of ${COLD_RUNS} processes' first call`,
  );
  console.log('                          wall       cpu  main thread  peak rss');
  console.log(row('warm, two threads', { ...shared, peakRss: undefined }));
  console.log(row('warm, one thread', { ...alone, peakRss: undefined }));
  // The CLI's first document never starts the worker (threads.ts), so this is one thread too.
  if (coldShared) console.log(row('cold, CLI setting', coldShared));
  if (coldAlone) console.log(row('cold, one thread', coldAlone));
  if (others !== undefined)
    console.log(
      `  (other processes used ${others.toFixed(0)} ms CPU per warm run meanwhile: the machine's load)`,
    );
  if (reference === undefined) {
    console.log('  pdftotext not found (install poppler-utils) — no reference timing.');
    continue;
  }
  console.log(
    `  ${'pdftotext -layout'.padEnd(20)} ${ms(reference.wall)} ${ms(reference.cpu)}   (process start included)`,
  );
  const ratio = (r: { wall: number; cpu: number } | undefined) =>
    r ? `${(r.wall / reference.wall).toFixed(2)}× wall, ${(r.cpu / reference.cpu).toFixed(2)}× CPU` : 'n/a';
  console.log(
    `  ratio to pdftotext: warm two threads ${ratio({ wall: shared.median, cpu: shared.cpu })}; one thread ${ratio({ wall: alone.median, cpu: alone.cpu })}`,
  );
  console.log(`                      cold CLI setting ${ratio(coldShared)}; one thread ${ratio(coldAlone)}`);
  const met = shared.median < 300 && shared.median <= 2.5 * reference.wall;
  console.log(`  bar (warm median < 300 ms and ≤ 2.5× pdftotext wall): ${met ? 'met' : 'not met'}`);
}
