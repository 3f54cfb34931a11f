/** `compare OLD NEW`: two versions point by point; either may be a document or a saved JSON report. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { skane2019 } from '../../../rules/index.ts';
import { type Comparison, compareReports } from '../../batch/compare.ts';
import type { FileError } from '../../batch/types.ts';
import { type CheckOptions, check, type Report } from '../../check.ts';
import { renderCsv } from '../../render/csv.ts';
import { renderHtmlCompare } from '../../render/html.ts';
import { renderMarkdownCompare } from '../../render/markdown.ts';
import { renderTextCompare } from '../../render/text.ts';
import { load } from '../files.ts';
import {
  addCommonOptions,
  type CommonFlags,
  checkOptions,
  EXIT_INPUT,
  EXIT_OK,
  emit,
  useColor,
  warn,
} from '../options.ts';

export function registerCompare(program: Command): void {
  const cmd = program
    .command('compare')
    .description('Jämför en äldre och en nyare version punkt för punkt (som uppföljningen 2021).')
    .argument('<gammal>', 'den äldre versionen (dokument eller sparad JSON-rapport)')
    .argument('<ny>', 'den nyare versionen (dokument eller sparad JSON-rapport)');
  addCommonOptions(cmd, undefined, false).action(
    async (oldFile: string, newFile: string, flags: CommonFlags) => {
      process.exitCode = await runCompare(oldFile, newFile, flags);
    },
  );
}

/** A `check --format json` report saved earlier is used as it is, so last year's result can be kept. */
async function reportOf(file: string, options: CheckOptions): Promise<Report | FileError> {
  if (/\.json$/i.test(file)) {
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as Report;
      if (Array.isArray(data.checks) && data.score) return data;
      return {
        file,
        error: 'JSON-filen är inte en rapport från samverkanskollen check --format json.',
        code: 'bad-report',
      };
    } catch {
      return { file, error: 'JSON-filen kunde inte läsas som en rapport.', code: 'bad-report' };
    }
  }
  const loaded = await load(file);
  if ('error' in loaded) return { file, error: loaded.error, code: loaded.code };
  return check(skane2019, [loaded.doc], options);
}

function render(cmp: Comparison, flags: CommonFlags): string {
  switch (flags.format) {
    case 'json': {
      const { old, new: now, ...rest } = cmp;
      return `${JSON.stringify({ ...rest, old, new: now }, null, 2)}\n`;
    }
    case 'markdown':
      return renderMarkdownCompare(cmp);
    case 'html':
      return renderHtmlCompare(cmp);
    case 'csv':
      return renderCsv([cmp.old, cmp.new]);
    default:
      return renderTextCompare(cmp, { color: useColor(flags) });
  }
}

async function runCompare(oldFile: string, newFile: string, flags: CommonFlags): Promise<number> {
  const options = checkOptions(flags);
  const [before, after] = await Promise.all([reportOf(oldFile, options), reportOf(newFile, options)]);
  const failed = [before, after].filter((r): r is FileError => 'error' in r);
  if (failed.length > 0 || 'error' in before || 'error' in after) {
    for (const e of failed) warn(e.file, e.error);
    return EXIT_INPUT;
  }
  await emit(render(compareReports(before, after), flags), flags.out);
  return EXIT_OK;
}
