import { describe, expect, it } from 'vitest';
import { ingestMarkdown } from '../../core/ingest/markdown.ts';
import { buildDocument } from '../../core/model/build.ts';

describe('document model', () => {
  it('reads a checklist item the same whether Word writes its box as ☒ or Markdown as [x]', () => {
    const word = buildDocument('plan.docx', 'docx', [
      { kind: 'list-item', text: '☒ A: SSPF-gruppen startar vårens ärenden (socialtjänsten)', origin: {} },
      { kind: 'list-item', text: '☐ B: Kontroll av belysningen vid torget', origin: {} },
    ]);
    const markdown = ingestMarkdown(
      '- [x] A: SSPF-gruppen startar vårens ärenden (socialtjänsten)\n- [ ] B: Kontroll av belysningen vid torget',
      'plan.md',
    );
    expect(word.blocks.map((b) => b.text)).toEqual(markdown.blocks.map((b) => b.text));
  });
});
