/** `batch DIR|GLOB…`: every document under it, scored in parallel, ending with the county inventory. */
import type { Command } from 'commander';
import { skane2019 } from '../../../rules/index.ts';
import { CACHE_FOLDER, defaultCacheDir, ResultCache } from '../../batch/cache.ts';
import { discover } from '../../batch/discover.ts';
import { inventory } from '../../batch/inventory.ts';
import { DEFAULT_TIMEOUT_MS, defaultWorkers, runPool, type TaskResult } from '../../batch/pool.ts';
import type { BatchResult, FileError } from '../../batch/types.ts';
import { type Report, today } from '../../check.ts';
import { renderCsv } from '../../render/csv.ts';
import { renderHtmlBatch } from '../../render/html.ts';
import { renderMarkdownBatch } from '../../render/markdown.ts';
import { renderTextBatch } from '../../render/text.ts';
import {
  addCommonOptions,
  belowMin,
  type CommonFlags,
  checkOptions,
  EXIT_BELOW_MIN,
  EXIT_INPUT,
  EXIT_OK,
  emit,
  positiveInt,
  seconds,
  useColor,
  warn,
} from '../options.ts';
import { progressBar } from '../progress.ts';

interface BatchFlags extends CommonFlags {
  workers?: number;
  timeout: number;
  bundleByPrefix?: boolean;
  cache?: string;
  resume?: boolean;
}

export function registerBatch(program: Command): void {
  const cmd = program
    .command('batch')
    .description('Granska alla dokument i mappar eller mönster parallellt och sammanfatta länet.')
    .argument('<mappar-eller-mönster...>', 'mappar, filer eller mönster som "län/**/*.pdf"');
  addCommonOptions(cmd)
    .option(
      '-w, --workers <antal>',
      `antal parallella arbetstrådar (standard: ${defaultWorkers()})`,
      positiveInt,
    )
    .option('--timeout <sekunder>', 'tidsgräns per fil', seconds, DEFAULT_TIMEOUT_MS / 1000)
    .option('--bundle-by-prefix', 'slå ihop filer med samma kommun och år i namnet (so + bilagor) till paket')
    .option(
      '--cache <mapp>',
      'spara varje färdig fils resultat i mappen, så att en avbruten körning kan återupptas',
    )
    .option(
      '--resume',
      `återuppta: hoppa över filer vars resultat redan finns i cachen (standard: ${CACHE_FOLDER} bredvid --out eller i arbetsmappen)`,
    )
    .action(async (inputs: string[], flags: BatchFlags) => {
      process.exitCode = await runBatch(inputs, flags);
    });
}

export function renderBatch(batch: BatchResult, flags: BatchFlags): string {
  switch (flags.format) {
    case 'json':
      return `${JSON.stringify(batch, null, 2)}\n`;
    case 'markdown':
      return renderMarkdownBatch(batch);
    case 'html':
      return renderHtmlBatch(batch);
    case 'csv':
      return renderCsv(batch.reports, batch.errors);
    default:
      return renderTextBatch(batch, { color: useColor(flags) });
  }
}

async function runBatch(inputs: string[], flags: BatchFlags): Promise<number> {
  const found = await discover(inputs, { byPrefix: flags.bundleByPrefix === true });
  if (found.tasks.length === 0) {
    for (const e of found.errors) warn(e.file, e.error);
    warn('', 'Inga dokument hittades (PDF, Word .docx, Markdown eller text).');
    return EXIT_INPUT;
  }
  const options = checkOptions(flags);
  const cache =
    flags.cache || flags.resume
      ? new ResultCache(flags.cache ?? defaultCacheDir(flags.out), skane2019, options, today())
      : undefined;
  // With a cache, a file already scored under the same key is taken from it, not scored again.
  const keys = cache ? await Promise.all(found.tasks.map((t) => cache.key(t))) : [];
  const results: (TaskResult | undefined)[] = found.tasks.map((task, i) => {
    const cached = cache && flags.resume ? cache.get(keys[i] as string) : undefined;
    return cached ? { ...cached, task } : undefined;
  });
  const todo = found.tasks.flatMap((_, i) => (results[i] ? [] : [i]));
  const progress = progressBar();
  const scored = await runPool(
    todo.map((i) => found.tasks[i] as (typeof found.tasks)[number]),
    {
      ...(flags.workers ? { workers: flags.workers } : {}),
      timeoutMs: flags.timeout * 1000,
      check: options,
      onProgress: ({ done, total, current }) => progress.update(done, total, current),
      onResult: (j, result) => cache?.set(keys[todo[j] as number] as string, result),
    },
  );
  progress.end();
  for (const [j, i] of todo.entries()) results[i] = scored[j];
  if (cache) warn('', `${cache.hits} från cache, ${todo.length} granskade (cache: ${cache.dir}).`);

  const reports: Report[] = results.flatMap((r) => (r?.report ? [r.report] : []));
  const errors: FileError[] = [...found.errors, ...results.flatMap((r) => r?.errors ?? [])];
  const batch: BatchResult = { reports, errors, inventory: inventory(reports, errors) };
  await emit(renderBatch(batch, flags), flags.out);
  for (const e of errors) warn(e.file, e.error);

  if (found.errors.some((e) => e.code === 'not-found' && inputs.includes(e.file))) return EXIT_INPUT;
  if (
    belowMin(
      reports.map((r) => r.score.percent),
      flags.minScore,
    )
  )
    return EXIT_BELOW_MIN;
  return EXIT_OK;
}
