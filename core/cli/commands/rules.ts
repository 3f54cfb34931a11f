/** `rules` lists the checklist; `explain K05` shows one point in full. */
import { type Command, Option } from 'commander';
import { skane2019 } from '../../../rules/index.ts';
import { DOC_TYPE_LABEL } from '../../analyse/doctype.ts';
import { AREA_TITLE, type RuleDefinition } from '../../engine/rule.ts';
import { EXIT_INPUT, EXIT_OK, emit, warn } from '../options.ts';

interface Flags {
  format: 'text' | 'json' | 'markdown';
  out?: string;
}

function data(r: RuleDefinition) {
  return {
    id: r.id,
    title: r.title,
    area: r.area,
    areaTitle: AREA_TITLE[r.area],
    appliesTo: r.appliesTo,
    levels: r.levels,
    source: r.source,
    messages: r.messages,
  };
}

function text(r: RuleDefinition, full: boolean): string {
  const lines = [`${r.id} ${r.title}  (${r.area} ${AREA_TITLE[r.area]})`];
  for (const level of [2, 1, 0] as const) lines.push(`  ${level}: ${r.levels[level]}`);
  lines.push(`  Källa: ${r.source}`);
  if (full) {
    lines.push(`  Gäller: ${r.appliesTo.map((t) => DOC_TYPE_LABEL[t]).join(', ')}`);
    const messages = Object.entries(r.messages);
    if (messages.length > 0) {
      lines.push('  Råd som kan ges:');
      for (const [id, message] of messages) lines.push(`    ${id}: ${message}`);
    }
  }
  return lines.join('\n');
}

function markdown(r: RuleDefinition): string {
  return `### ${r.id} ${r.title}\n\nOmråde ${r.area} ${AREA_TITLE[r.area]} · Källa: ${r.source}\n\n- 2: ${r.levels[2]}\n- 1: ${r.levels[1]}\n- 0: ${r.levels[0]}\n`;
}

function render(rules: readonly RuleDefinition[], flags: Flags, full: boolean): string {
  if (flags.format === 'json') {
    const items = rules.map(data);
    return `${JSON.stringify(full ? items[0] : { id: skane2019.id, version: skane2019.version, title: skane2019.title, rules: items }, null, 2)}\n`;
  }
  if (flags.format === 'markdown') return `${rules.map(markdown).join('\n')}`;
  const head = full ? '' : `${skane2019.title} (${skane2019.id} ${skane2019.version})\n\n`;
  return `${head}${rules.map((r) => text(r, full)).join('\n\n')}\n`;
}

function formatOption(): Option {
  return new Option('-f, --format <format>', 'utdataformat')
    .choices(['text', 'json', 'markdown'])
    .default('text');
}

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('Visa checklistan: id, titel, område, nivåer och källa för varje punkt.')
    .addOption(formatOption())
    .option('-o, --out <fil>', 'skriv resultatet till en fil')
    .action(async (flags: Flags) => {
      await emit(render(skane2019.rules, flags, false), flags.out);
      process.exitCode = EXIT_OK;
    });
  program
    .command('explain')
    .description('Förklara en punkt, till exempel K05.')
    .argument('<punkt>', 'punktens id, K01–K17')
    .addOption(formatOption())
    .option('-o, --out <fil>', 'skriv resultatet till en fil')
    .action(async (id: string, flags: Flags) => {
      const wanted = id
        .toUpperCase()
        .replace(/^K?(\d)$/, 'K0$1')
        .replace(/^(\d\d)$/, 'K$1');
      const rule = skane2019.rules.find((r) => r.id === wanted);
      if (!rule) {
        warn(
          '',
          `Det finns ingen punkt ${id}. Punkterna heter K01–K${String(skane2019.rules.length).padStart(2, '0')}.`,
        );
        process.exitCode = EXIT_INPUT;
        return;
      }
      await emit(render([rule], flags, true), flags.out);
      process.exitCode = EXIT_OK;
    });
}
