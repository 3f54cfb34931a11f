/** The samverkanskollen command line: check, batch, compare, rules and explain. */
import { Command } from 'commander';
import { registerBatch } from './commands/batch.ts';
import { registerCheck } from './commands/check.ts';
import { registerCompare } from './commands/compare.ts';
import { registerRules } from './commands/rules.ts';
import { EXIT_INPUT, EXIT_OK } from './options.ts';

const program = new Command()
  .name('samverkanskollen')
  .description('Granskar samverkansöverenskommelser och medborgarlöften mot 17-punktslistan.')
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? EXIT_OK : EXIT_INPUT);
  });

registerCheck(program);
registerBatch(program);
registerCompare(program);
registerRules(program);

await program.parseAsync(process.argv);
