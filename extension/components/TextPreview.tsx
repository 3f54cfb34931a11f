import { useEffect, useRef } from 'preact/hooks';
import type { Document } from '../../core/model/document.ts';

export interface Span {
  start: number;
  end: number;
}

/** The ingested text of a file, block by block, with the passage behind a clicked piece of evidence marked. */
export function TextPreview({ doc, mark }: { doc: Document; mark?: Span }) {
  const marked = useRef<HTMLElement>(null);
  useEffect(() => {
    marked.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [mark?.start, mark?.end]);
  return (
    <section class="preview" aria-label={`Text i ${doc.name}`}>
      {doc.blocks.map((b) => {
        const Tag = b.kind === 'heading' ? (`h${Math.min(6, (b.level ?? 1) + 2)}` as 'h3') : 'p';
        const hit = mark && mark.start < b.end && mark.end > b.start;
        const body = hit ? (
          <>
            {b.text.slice(0, Math.max(0, mark.start - b.start))}
            <mark ref={marked} class="hit">
              {b.text.slice(Math.max(0, mark.start - b.start), mark.end - b.start)}
            </mark>
            {b.text.slice(mark.end - b.start)}
          </>
        ) : (
          b.text
        );
        return (
          <Tag key={b.start} class={`block block-${b.kind}`} data-page={b.origin.page}>
            {body}
          </Tag>
        );
      })}
    </section>
  );
}
