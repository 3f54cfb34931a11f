import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../core/check.ts';
import { ingest } from '../../core/ingest/index.ts';
import { skane2019 } from '../../rules/index.ts';

const corpus = join(import.meta.dirname, '../../fixtures/corpus');

describe('determinism', () => {
  it.each(['pdf', 'docx', 'md'])('the same .%s gives byte-identical JSON every time', async (format) => {
    const bytes = new Uint8Array(readFileSync(join(corpus, format, `lindas-mossby-so-2024-2026.${format}`)));
    const once = async () =>
      JSON.stringify(
        check(skane2019, [await ingest(bytes.slice(), `x.${format}`)], { referenceDate: '2026-11-22' }),
      );
    const first = await once();
    for (let i = 0; i < 3; i++) expect(await once()).toBe(first);
  });
});
