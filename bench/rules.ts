/**
 * Rules alone on an already parsed ~20-page document: analysis + all 17 rules, median of many runs.
 * The host's speed varies, so parsing the same Markdown is timed in the same run as a reference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyseStructure } from '../core/analyse/analysis.ts';
import { forgetLexiconAnswers } from '../core/analyse/lexicon.ts';
import { check } from '../core/check.ts';
import { runPack } from '../core/engine/run.ts';
import { ingestMarkdown } from '../core/ingest/markdown.ts';
import { skane2019 } from '../rules/index.ts';

const CHARS_PER_PAGE = 3000;
/** Runs before timing, so the optimising compiler has finished with the rules and the figures are steady. */
const WARMUP = 30;
const dir = join(import.meta.dirname, '../fixtures/corpus/md');
const sources = readdirSync(dir)
  .filter((f) => f.includes('-so-'))
  .map((f) => readFileSync(join(dir, f), 'utf8'));
let text = '';
for (let i = 0; text.length < 30 * CHARS_PER_PAGE; i++) text += `\n\n${sources[i % sources.length]}`;
// Twenty pages of document text, cut between two blocks.
let cut = 20 * CHARS_PER_PAGE;
let markdown = text.slice(0, cut);
let doc = ingestMarkdown(markdown, 'tjugo-sidor.md');
for (; doc.text.length < 20 * CHARS_PER_PAGE; cut += 500) {
  markdown = text.slice(0, text.indexOf('\n\n', cut));
  doc = ingestMarkdown(markdown, 'tjugo-sidor.md');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

interface Times {
  wall: number[];
  cpu: number[];
}

/**
 * Wall and CPU milliseconds per run of each function, taken in turn so that a change in the host's
 * speed falls on all of them alike. CPU time is what counts on a machine shared with other work.
 */
function time(fns: (() => void)[], runs: number): Times[] {
  for (let i = 0; i < WARMUP; i++) for (const fn of fns) fn();
  const out = fns.map((): Times => ({ wall: [], cpu: [] }));
  for (let i = 0; i < runs; i++)
    for (const [k, fn] of fns.entries()) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fn();
      const t = out[k] as Times;
      t.wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      t.cpu.push((c.user + c.system) / 1000);
    }
  return out;
}

const options = { type: 'samverkansoverenskommelse' as const, referenceDate: '2026-11-22' };
const cold = () => {
  forgetLexiconAnswers();
  runPack(skane2019, analyseStructure(doc, options));
};
const [rulesOnly] = time([cold], 50) as [Times];
// Parsing allocates much and its garbage is collected during the rules: the pair is timed apart from the figure above.
const [rulesBeside, parse] = time([cold, () => ingestMarkdown(markdown, 'tjugo-sidor.md')], 30) as [
  Times,
  Times,
];
const [warm] = time([() => runPack(skane2019, analyseStructure(doc, options))], 50) as [Times];
const [whole] = time([() => check(skane2019, [doc], options)], 50) as [Times];
/** Median of the per-run ratios of two interleaved measurements. */
const ratio = (a: number[], b: number[]) => median(a.map((x, i) => x / (b[i] as number)));
const pages = (doc.text.length / CHARS_PER_PAGE).toFixed(1);
console.log(
  `Regler på tolkat dokument (${doc.text.length} tecken ≈ ${pages} sidor, ${doc.blocks.length} block)`,
);
const show = (t: Times) =>
  `median ${median(t.wall).toFixed(2)} ms vägg, ${median(t.cpu).toFixed(2)} ms CPU (max ${Math.max(...t.wall).toFixed(2)} ms vägg)`;
console.log(`  analys + 17 regler: ${show(rulesOnly)}`);
console.log(`  omkontroll av oförändrad text (som vid skrivning): ${show(warm)}`);
console.log(`  hela check() inkl. typ, mål, röd tråd: ${show(whole)}`);
console.log(`  referens, tolkning av samma Markdown: ${show(parse)}`);
console.log(
  `  analys + 17 regler / tolkning, körda om vartannat: ${ratio(rulesBeside.wall, parse.wall).toFixed(2)} (vägg), ${ratio(rulesBeside.cpu, parse.cpu).toFixed(2)} (CPU)`,
);
console.log('  krav: < 20 ms');
