/**
 * Property-based fuzzing of ingestion: whatever the bytes, ingest() ends in a Document or an
 * IngestError with a Swedish message — never another exception, never a hang.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError, ingest } from '../../core/ingest/index.ts';

const corpus = join(import.meta.dirname, '../../fixtures/corpus');
const samples = ['pdf', 'docx', 'md'].map((format) => {
  const name = readdirSync(join(corpus, format)).sort()[0] ?? '';
  return { name, bytes: new Uint8Array(readFileSync(join(corpus, format, name))) };
});
const NAMES = ['a.pdf', 'a.docx', 'a.md', 'a.txt', 'a.odt', 'a', 'a.PDF'];
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
// A damaged PDF sends pdf.js into its slow repair path (up to a few seconds each).
const runsFor = (name: string) => (name.endsWith('.pdf') ? Math.ceil(RUNS / 3) : RUNS);
const TIMEOUT = 180_000;

async function outcome(bytes: Uint8Array, name: string): Promise<'document' | 'error'> {
  try {
    const doc = await ingest(bytes, name);
    expect(typeof doc.text).toBe('string');
    for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end)).toBe(b.text);
    return 'document';
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toMatch(/[åäöÅÄÖ]|fil|PDF|Word/);
    return 'error';
  }
}

describe('ingestion under fuzzing', () => {
  it('random bytes under any name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom(...NAMES), async (bytes, name) => {
        await outcome(bytes, name);
      }),
      { numRuns: RUNS },
    );
  });

  it(
    'random bytes behind a real magic number',
    async () => {
      const magics = ['%PDF-1.7\n', 'PK\u0003\u0004', '\u00d0\u00cf\u0011\u00e0', '{\\rtf1'].map((m) =>
        Uint8Array.from(m, (c) => c.charCodeAt(0)),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...magics),
          fc.uint8Array({ maxLength: 4096 }),
          async (magic, rest) => {
            const bytes = new Uint8Array(magic.length + rest.length);
            bytes.set(magic);
            bytes.set(rest, magic.length);
            await outcome(bytes, 'x.pdf');
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it.each(samples)(
    'truncated $name',
    async ({ name, bytes }) => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), async (cut) => {
          await outcome(bytes.slice(0, cut), name);
        }),
        { numRuns: runsFor(name) },
      );
    },
    TIMEOUT,
  );

  it.each(samples)(
    'mutated $name',
    async ({ name, bytes }) => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.tuple(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })),
            {
              minLength: 1,
              maxLength: 32,
            },
          ),
          async (edits) => {
            const copy = bytes.slice();
            for (const [at, value] of edits) copy[at] = value;
            await outcome(copy, name);
          },
        ),
        { numRuns: runsFor(name) },
      );
    },
    TIMEOUT,
  );
});
