import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IngestError, ingest } from '../../core/ingest/index.ts';
import { loadPages, type PageHelper, usePageHelper } from '../../core/ingest/pdf/load.ts';
import { pageThreads } from '../../core/ingest/pdf/threads.ts';
import type { Document } from '../../core/model/document.ts';

const ROOT = join(import.meta.dirname, '../..');
const PDFS = [
  'fixtures/corpus/pdf',
  'fixtures/bench',
  'fixtures/pdf-cases',
  'fixtures/holdout/pdf',
  'fixtures/own/pdf',
]
  .flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => `${dir}/${f}`),
  )
  .sort();
const BIG = 'fixtures/bench/20-pages.pdf';
const FAILING = new URL('./support/failing-page-worker.ts', import.meta.url);

const read = (file: string) => new Uint8Array(readFileSync(join(ROOT, file)));

/** One thread, no helper: the reference every shared reading must equal. */
async function alone(file: string): Promise<Document> {
  usePageHelper(undefined);
  return ingest(read(file), file);
}

async function helped(file: string, helper: PageHelper): Promise<Document> {
  usePageHelper(helper);
  try {
    return await ingest(read(file), file);
  } finally {
    usePageHelper(undefined);
  }
}

/** A helper whose caller takes no page after the first, so the worker must read all the others. */
function workerTakesAll(helper: PageHelper): PageHelper {
  return {
    minPages: 1,
    start(bytes, count, claimed) {
      const job = helper.start(bytes, count, claimed);
      return (
        job && {
          claim: () => undefined,
          collect: (numbers) => job.collect(numbers),
          close: () => job.close(),
        }
      );
    },
  };
}

/**
 * A helper without a thread that delivers every page after the first from a parse that numbered
 * the first two fonts the other way round, with the caller's document id: what a worker's first
 * document (d0, as the caller's first) looks like. pdf.js counts document ids per thread, so this
 * parse, opened right after the caller's, has the caller's id plus one.
 */
const otherNumbering: PageHelper = {
  minPages: 1,
  start: (bytes) => ({
    claim: () => undefined,
    async collect(numbers) {
      const swap = (font: string) =>
        font.replace(
          /^g_d(\d+)_f(\d+)$/,
          (_, d, f) => `g_d${Number(d) - 1}_f${f === '1' ? 2 : f === '2' ? 1 : f}`,
        );
      const pages = await loadPages(bytes, { helper: false });
      return new Map(
        pages
          .filter((p) => numbers.includes(p.number))
          .map((p) => [p.number, { ...p, runs: p.runs.map((r) => ({ ...r, font: swap(r.font) })) }]),
      );
    },
    close() {},
  }),
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as IngestError).code;
  }
  return 'no error';
}

afterEach(() => usePageHelper(undefined));

describe('a PDF read on two threads is the PDF read on one', () => {
  const threads = pageThreads({ minPages: 1, spawnAfter: 0 });
  const reference = new Map<string, Document>();
  beforeAll(async () => {
    for (const file of PDFS) reference.set(file, await alone(file));
    await threads.warm();
  }, 120_000);
  afterAll(() => threads.stop());

  it('finds the fixtures', () => {
    expect(PDFS.length).toBeGreaterThan(20);
    expect(PDFS).toContain(BIG);
  });

  for (const file of PDFS) {
    it(file, async () => {
      expect(await helped(file, threads)).toEqual(reference.get(file));
      expect(await helped(file, workerTakesAll(threads))).toEqual(reference.get(file));
    });
  }

  it('has the worker read pages of a tagged PDF, and of an untagged one none', async () => {
    usePageHelper(workerTakesAll(threads));
    const tagged = await loadPages(read(BIG));
    expect(tagged.filter((p) => p.helper).map((p) => p.number)).toEqual(tagged.slice(1).map((p) => p.number));
    const untagged = await loadPages(read('fixtures/bench/20-pages-libreoffice.pdf'));
    expect(untagged.filter((p) => p.helper)).toEqual([]);
  });

  it('reads a tagged PDF whose tree is not used again on one thread for layout analysis', async () => {
    // Its structure tree marks no heading, so its blocks come from layout, which compares font ids.
    const file = 'fixtures/pdf-cases/hyphen-footnote-toc.pdf';
    usePageHelper(workerTakesAll(threads));
    expect((await loadPages(read(file))).some((p) => p.helper)).toBe(true);
    expect(await helped(file, workerTakesAll(threads))).toEqual(reference.get(file));
    // Another parse may number the same fonts otherwise (the worker's first document is d0 as well).
    expect(await helped(file, otherNumbering)).toEqual(reference.get(file));
  });

  it('gives bad PDFs the same error codes', async () => {
    const truncated = read(BIG).slice(0, 200_000);
    for (const bytes of ['corrupt', 'encrypted', 'avbruten', 'slumpbytes', 'scanned']
      .map((name) => read(`fixtures/bad/${name}.pdf`))
      .concat([truncated])) {
      usePageHelper(undefined);
      const single = await codeOf(ingest(bytes, 'x.pdf'));
      expect(single).not.toBe('no error');
      usePageHelper(workerTakesAll(threads));
      expect(await codeOf(ingest(bytes, 'x.pdf'))).toBe(single);
    }
  });
});

describe('a failing worker leaves its pages to the main thread', () => {
  const failures = ['crash', 'exit', 'refuse', 'silent'];
  let reference: Document;
  beforeAll(async () => {
    reference = await alone(BIG);
  });

  for (const failure of failures) {
    it(`when it ${failure === 'silent' ? 'goes silent' : failure}s`, async () => {
      process.env.PAGE_WORKER_FAILURE = failure;
      const threads = pageThreads({ minPages: 1, spawnAfter: 0, stallMs: 300, workerUrl: FAILING });
      try {
        await threads.warm();
        // Twice: the second document goes to a restarted worker, or to this thread alone.
        expect(await helped(BIG, threads)).toEqual(reference);
        expect(await helped(BIG, workerTakesAll(threads))).toEqual(reference);
      } finally {
        delete process.env.PAGE_WORKER_FAILURE;
        await threads.stop();
      }
    });
  }

  it('when it cannot start', async () => {
    const threads = pageThreads({
      minPages: 1,
      spawnAfter: 0,
      workerUrl: new URL('./support/no-such-worker.ts', import.meta.url),
    });
    await threads.warm();
    expect(await helped(BIG, threads)).toEqual(reference);
    expect(await helped(BIG, threads)).toEqual(reference);
    await threads.stop();
  });
});

describe('a process reading PDFs on two threads', () => {
  it('ends on its own', async () => {
    const script = `
      import { readFileSync } from 'node:fs';
      const { loadPages, usePageHelper } = await import(${JSON.stringify(join(ROOT, 'core/ingest/pdf/load.ts'))});
      const { pageThreads } = await import(${JSON.stringify(join(ROOT, 'core/ingest/pdf/threads.ts'))});
      const threads = pageThreads({ minPages: 1, spawnAfter: 0 });
      await threads.warm();
      // This thread takes no page after the first, so the worker reads the others.
      usePageHelper({ minPages: 1, start: (...args) => {
        const job = threads.start(...args);
        return job && { claim: () => undefined, collect: (n) => job.collect(n), close: () => job.close() };
      } });
      const bytes = new Uint8Array(readFileSync(${JSON.stringify(join(ROOT, BIG))}));
      let helped = 0;
      for (let i = 0; i < 3; i++) helped += (await loadPages(bytes)).filter((p) => p.helper).length;
      console.log(helped);
    `;
    const run = promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      timeout: 30_000,
    });
    const { stdout } = await run;
    // The worker read pages (it is what could keep the process alive) and the process ended.
    expect(Number(stdout.trim())).toBe(57);
  }, 90_000);
});

describe('the worker of usePageThreads', () => {
  it('is not started for a process’s first document, and shares only once it has loaded', async () => {
    const threads = pageThreads({ minPages: 1 });
    try {
      usePageHelper(threads);
      const first = await loadPages(read(BIG));
      expect(first.some((p) => p.helper)).toBe(false);
      // The second document starts the worker and is read alone while it loads.
      const second = await loadPages(read(BIG));
      expect(second.some((p) => p.helper)).toBe(false);
      await threads.warm();
      usePageHelper(workerTakesAll(threads));
      expect((await loadPages(read(BIG))).some((p) => p.helper)).toBe(true);
    } finally {
      await threads.stop();
    }
  });
});
