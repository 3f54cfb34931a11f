/** What the commands share: exit codes, option parsers, the common check options, colour and output. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { DOC_TYPES, type DocType } from '../analyse/doctype.ts';
import { writeAtomic } from '../batch/cache.ts';
import type { CheckOptions } from '../check.ts';

export const EXIT_OK = 0;
export const EXIT_BELOW_MIN = 1;
export const EXIT_INPUT = 2;

export type Format = 'text' | 'json' | 'markdown' | 'html' | 'csv';
export const FORMATS: readonly Format[] = ['text', 'json', 'markdown', 'html', 'csv'];

export interface CommonFlags {
  format: Format;
  out?: string;
  date?: string;
  type?: DocType;
  minScore?: number;
  /** false with --no-color. */
  color: boolean;
}

export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('Ange datumet som ÅÅÅÅ-MM-DD.');
  }
  return value;
}

export function percent(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
    throw new InvalidArgumentError('Ange ett tal mellan 0 och 100.');
  return n;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('Ange ett heltal större än 0.');
  return n;
}

export function seconds(value: string): number {
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('Ange ett antal sekunder större än 0.');
  return n;
}

/** --format, --out, --date, --type, --no-color; --min-score where a score can fall short. */
export function addCommonOptions(
  cmd: Command,
  formats: readonly Format[] = FORMATS,
  minScore = true,
): Command {
  cmd
    .addOption(new Option('-f, --format <format>', 'utdataformat').choices([...formats]).default('text'))
    .option('-o, --out <fil>', 'skriv resultatet till en fil')
    .option(
      '-d, --date <ÅÅÅÅ-MM-DD>',
      'referensdatum för om dokumentet är aktuellt (standard: i dag)',
      isoDate,
    )
    .addOption(
      new Option('-t, --type <typ>', 'ange dokumenttyp i stället för att gissa').choices([...DOC_TYPES]),
    )
    .option('--no-color', 'inga färger i textutdata (även miljövariabeln NO_COLOR)');
  if (minScore)
    cmd.option('--min-score <procent>', 'avsluta med kod 1 om något dokument får lägre poäng', percent);
  return cmd;
}

export function checkOptions(flags: CommonFlags): CheckOptions {
  return {
    ...(flags.date ? { referenceDate: flags.date } : {}),
    ...(flags.type ? { type: flags.type } : {}),
  };
}

/** Colour for a terminal only, never into a file; NO_COLOR (any value) and --no-color turn it off. */
export function useColor(flags: CommonFlags): boolean {
  if (!flags.color || flags.out) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}

export async function emit(output: string, out?: string): Promise<void> {
  // Atomic, so an interrupted run leaves the previous file or the whole new one, never half of it.
  if (out) writeAtomic(out, output);
  else process.stdout.write(output);
}

export function belowMin(percents: readonly (number | null)[], min?: number): boolean {
  return min !== undefined && percents.some((p) => p !== null && p < min);
}

/** One line on stderr per problem, so a script sees it even when stdout goes to a file. */
export function warn(file: string, error: string): void {
  process.stderr.write(`samverkanskollen: ${file ? `${file}: ` : ''}${error}\n`);
}
