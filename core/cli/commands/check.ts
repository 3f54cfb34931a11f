/** `check FILE…`: one report per file, or one per bundle with --bundle. */
import { type Command, Option } from 'commander';
import { skane2019 } from '../../../rules/index.ts';
import type { FileError } from '../../batch/types.ts';
import { check, type Report } from '../../check.ts';
import type { Document } from '../../model/document.ts';
import { renderCsv } from '../../render/csv.ts';
import { renderHtml } from '../../render/html.ts';
import { renderMarkdownReports } from '../../render/markdown.ts';
import { renderText, renderTextError } from '../../render/text.ts';
import { load } from '../files.ts';
import {
  addCommonOptions,
  belowMin,
  type CommonFlags,
  checkOptions,
  EXIT_BELOW_MIN,
  EXIT_INPUT,
  EXIT_OK,
  emit,
  useColor,
  warn,
} from '../options.ts';

interface CheckFlags extends CommonFlags {
  bundle?: boolean;
}

export function registerCheck(program: Command): void {
  const cmd = program
    .command('check')
    .description('Granska en eller flera filer (PDF, Word .docx, Markdown, text).')
    .argument('<filer...>', 'filer att granska');
  addCommonOptions(cmd).addOption(
    new Option('-b, --bundle', 'granska filerna tillsammans som ett paket (överenskommelse med bilagor)'),
  );
  cmd.action(async (files: string[], flags: CheckFlags) => {
    process.exitCode = await runCheck(files, flags);
  });
}

export function renderReports(reports: Report[], errors: FileError[], flags: CheckFlags): string {
  switch (flags.format) {
    case 'json': {
      const items: unknown[] = [...reports, ...errors];
      const single = items.length === 1 && !(flags.bundle && errors.length > 0);
      return `${JSON.stringify(single ? items[0] : items, null, 2)}\n`;
    }
    case 'markdown':
      return renderMarkdownReports(reports, errors);
    case 'html':
      return renderHtml(reports, errors);
    case 'csv':
      return renderCsv(reports, errors);
    default: {
      const color = useColor(flags);
      return [...reports.map((r) => renderText(r, { color })), ...errors.map(renderTextError)].join('\n');
    }
  }
}

async function runCheck(files: string[], flags: CheckFlags): Promise<number> {
  const loaded = await Promise.all(files.map(load));
  const errors: FileError[] = loaded.flatMap((l) =>
    'error' in l ? [{ file: l.file, error: l.error, code: l.code }] : [],
  );
  const docs: Document[] = loaded.flatMap((l) => ('doc' in l ? [l.doc] : []));
  const options = checkOptions(flags);
  const reports: Report[] =
    flags.bundle && docs.length > 0
      ? [check(skane2019, docs, options)]
      : docs.map((d) => check(skane2019, [d], options));

  await emit(renderReports(reports, errors, flags), flags.out);
  for (const e of errors) warn(e.file, e.error);

  if (errors.length > 0 && reports.length === 0) return EXIT_INPUT;
  if (
    belowMin(
      reports.map((r) => r.score.percent),
      flags.minScore,
    )
  )
    return EXIT_BELOW_MIN;
  return errors.length > 0 && files.length === 1 ? EXIT_INPUT : EXIT_OK;
}
