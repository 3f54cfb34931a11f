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

  it('batch makes no network request, in its worker threads either', { timeout: 180_000 }, async () => {
    const dir = join(root, 'fixtures/corpus');
    const files = ['pdf/ekby-so-2024-2027.pdf', 'docx/ekby-so-2024-2027.docx', 'md/solvik-ml-2024.md'];
    const { stdout, stderr } = await run(
      process.execPath,
      [
        join(root, 'bin/samverkanskollen.js'),
        'batch',
        '--workers',
        '2',
        '--format',
        'json',
        ...files.map((f) => join(dir, f)),
      ],
      // NODE_OPTIONS reaches the CLI, and workers inherit its execArgv: the trace proves both.
      { env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: `--import ${preload}`, SK_TRACE_PRELOAD: '1' } },
    );
    expect(stderr).not.toContain('NETWORK-ATTEMPT');
    expect(stderr).toContain('PRELOAD main');
    expect(stderr.match(/PRELOAD worker \d+/g)?.length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(stdout).reports).toHaveLength(3);
  });

  it('the preload catches an attempt made inside a worker thread', async () => {
    const probe =
      "const { Worker } = await import('node:worker_threads'); await new Promise((r) => new Worker(\"try { await fetch('http://127.0.0.1:9/') } catch {}\", { eval: true, type: 'module' }).on('exit', r));";
    const { stderr } = await run(process.execPath, ['--import', preload, '--input-type=module', '-e', probe]);
    expect(stderr).toContain('NETWORK-ATTEMPT fetch');
  });
});
