import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../core/ingest/index.ts';

const file = join(import.meta.dirname, '../../fixtures/holdout/pdf/kvarnby-overenskommelse-2025-2027.pdf');

describe('PDF: a heading set right above a table (LibreOffice export)', () => {
  it('comes out as a heading, and the table starts with its header row', async () => {
    const doc = await ingest(new Uint8Array(readFileSync(file)), 'kvarnby.pdf');
    const i = doc.blocks.findIndex((b) => b.text === 'Rån mot unga vid Kvarnby station');
    expect(doc.blocks[i]).toMatchObject({ kind: 'heading', level: 3 });
    expect(doc.blocks[i + 1]?.rows?.[0]?.map((c) => c.text)).toEqual(['Insats', 'Vem', 'När']);
  });
});
