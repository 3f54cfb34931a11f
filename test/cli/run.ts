/** Run the real bin in a child process, as a user would. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
export const BIN = join(import.meta.dirname, '../../bin/samverkanskollen.js');
export const MD = join(import.meta.dirname, '../../fixtures/corpus/md');
export const PDF = join(import.meta.dirname, '../../fixtures/corpus/pdf');
export const DOCX = join(import.meta.dirname, '../../fixtures/corpus/docx');
/** Child processes are slow on a busy 2-core machine. */
export const SLOW = { timeout: 180_000 };

export interface Run {
  stdout: string;
  stderr: string;
  code: number;
}

export async function cli(
  args: string[],
  env: Record<string, string | undefined> = { NO_COLOR: '1' },
  cwd?: string,
): Promise<Run> {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], {
      env: { ...base, ...env },
      maxBuffer: 64 * 1024 * 1024,
      ...(cwd ? { cwd } : {}),
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}
