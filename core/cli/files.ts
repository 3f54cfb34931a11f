import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ingest } from '../ingest/index.ts';
import type { Document } from '../model/document.ts';
import { IngestError } from '../model/errors.ts';

export type Loaded = { file: string; doc: Document } | { file: string; error: string; code: string };

/** Read and ingest one file; never throws — a problem becomes that file's Swedish error. */
export async function load(file: string): Promise<Loaded> {
  try {
    const bytes = await readFile(file);
    return { file, doc: await ingest(new Uint8Array(bytes), basename(file)) };
  } catch (error) {
    if (error instanceof IngestError) return { file, error: error.message, code: error.code };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file, error: 'Filen finns inte.', code: 'not-found' };
    if (code === 'EISDIR') return { file, error: 'Det här är en mapp, inte en fil.', code: 'not-a-file' };
    if (code === 'EACCES')
      return { file, error: 'Filen kan inte läsas: behörighet saknas.', code: 'no-access' };
    return { file, error: `Filen kunde inte läsas (${String(error)}).`, code: 'internal' };
  }
}
