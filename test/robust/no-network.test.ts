import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const preload = join(import.meta.dirname, 'support/deny-network.mjs');

describe('no document leaves the machine', () => {
  it('the preload really catches a network attempt', async () => {
    const probe = "try { await fetch('http://127.0.0.1:9/'); } catch {}";
    const { stderr } = await run(process.execPath, ['--import', preload, '--input-type=module', '-e', probe]);
    expect(stderr).toContain('NETWORK-ATTEMPT fetch');
  });

  it.each(['pdf', 'docx', 'md'])('check on a .%s makes no network request', async (format) => {
    const file = join(root, `fixtures/corpus/${format}/ekby-so-2024-2027.${format}`);
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', preload, join(root, 'bin/samverkanskollen.js'), 'check', '--format', 'json', file],
      { env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(stderr).not.toContain('NETWORK-ATTEMPT');
    expect(JSON.parse(stdout).checks).toHaveLength(17);
  });
});
