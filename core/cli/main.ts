import { writeFile } from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { skane2019 } from '../../rules/index.ts';
import { DOC_TYPES, type DocType } from '../analyse/doctype.ts';
import { check, type Report } from '../check.ts';
import type { Document } from '../model/document.ts';
import { renderText } from '../render/text.ts';
import { load } from './files.ts';

const EXIT_OK = 0;
const EXIT_BELOW_MIN = 1;
const EXIT_INPUT = 2;

interface CheckFlags {
  format: 'text' | 'json';
  out?: string;
  date?: string;
  type?: DocType;
  bundle?: boolean;
  minScore?: number;
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('Ange datumet som ÅÅÅÅ-MM-DD.');
  }
  return value;
}

function percent(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100)
    throw new InvalidArgumentError('Ange ett tal mellan 0 och 100.');
  return n;
}

const program = new Command()
  .name('samverkanskollen')
  .description('Granskar samverkansöverenskommelser och medborgarlöften mot 17-punktslistan.')
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? EXIT_OK : EXIT_INPUT);
  });

program
  .command('check')
  .description('Granska en eller flera filer (PDF, Word .docx, Markdown, text).')
  .argument('<filer...>', 'filer att granska')
  .addOption(new Option('-f, --format <format>', 'utdataformat').choices(['text', 'json']).default('text'))
  .option('-o, --out <fil>', 'skriv resultatet till en fil')
  .option('-d, --date <ÅÅÅÅ-MM-DD>', 'referensdatum för om dokumentet är aktuellt (standard: i dag)', isoDate)
  .addOption(
    new Option('-t, --type <typ>', 'ange dokumenttyp i stället för att gissa').choices([...DOC_TYPES]),
  )
  .option('-b, --bundle', 'granska filerna tillsammans som ett paket (överenskommelse med bilagor)')
  .option('--min-score <procent>', 'avsluta med kod 1 om något dokument får lägre poäng', percent)
  .action(async (files: string[], flags: CheckFlags) => {
    process.exitCode = await runCheck(files, flags);
  });

async function runCheck(files: string[], flags: CheckFlags): Promise<number> {
  const loaded = await Promise.all(files.map(load));
  const errors = loaded.flatMap((l) =>
    'error' in l ? [{ file: l.file, error: l.error, code: l.code }] : [],
  );
  const docs: Document[] = loaded.flatMap((l) => ('doc' in l ? [l.doc] : []));
  const options = {
    ...(flags.date ? { referenceDate: flags.date } : {}),
    ...(flags.type ? { type: flags.type } : {}),
  };
  const reports: Report[] =
    flags.bundle && docs.length > 0
      ? [check(skane2019, docs, options)]
      : docs.map((d) => check(skane2019, [d], options));

  let output: string;
  if (flags.format === 'json') {
    const items: unknown[] = [...reports, ...errors];
    output = `${JSON.stringify(items.length === 1 && !(flags.bundle && errors.length) ? items[0] : items, null, 2)}\n`;
  } else {
    output = [...reports.map(renderText), ...errors.map((e) => `${e.file}\nFel: ${e.error}\n`)].join('\n');
  }
  if (flags.out) await writeFile(flags.out, output);
  else process.stdout.write(output);
  for (const e of errors) process.stderr.write(`samverkanskollen: ${e.file}: ${e.error}\n`);

  if (errors.length > 0 && reports.length === 0) return EXIT_INPUT;
  if (flags.minScore !== undefined && reports.some((r) => (r.score.percent ?? 100) < (flags.minScore ?? 0)))
    return EXIT_BELOW_MIN;
  return errors.length > 0 && files.length === 1 ? EXIT_INPUT : EXIT_OK;
}

await program.parseAsync(process.argv);
