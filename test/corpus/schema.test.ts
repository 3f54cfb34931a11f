import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { check } from '../../core/check.ts';
import { ingestMarkdown } from '../../core/ingest/markdown.ts';
import { skane2019 } from '../../rules/index.ts';

const root = join(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(join(root, 'schema/report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
const MD = join(root, 'fixtures/corpus/md');

describe('JSON contract', () => {
  it.each(readdirSync(MD))('%s validates against schema/report.schema.json', (name) => {
    const report = check(skane2019, [ingestMarkdown(readFileSync(join(MD, name), 'utf8'), name)], {
      referenceDate: '2026-11-22',
    });
    const valid = validate(JSON.parse(JSON.stringify(report)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('a bundle names its files', () => {
    const docs = ['hagalund-so-2025-2028.md', 'hagalund-bilaga2-aktivitetsplan-2025.md'].map((n) =>
      ingestMarkdown(readFileSync(join(MD, n), 'utf8'), n),
    );
    const report = JSON.parse(JSON.stringify(check(skane2019, docs, { referenceDate: '2026-11-22' })));
    expect(validate(report)).toBe(true);
    expect(report.file).toBeUndefined();
  });
});
