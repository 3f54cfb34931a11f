import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export const ACCEPT = '.pdf,.docx,.md,.markdown,.txt';

export interface DropZoneProps {
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  label: string;
  children?: ComponentChildren;
}

/** Drop files or choose them with the keyboard; both end in `onFiles`. */
export function DropZone({ multiple = false, onFiles, label, children }: DropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target only; the button inside is the keyboard way in.
    <div
      class={`dropzone${over ? ' over' : ''}`}
      data-testid="dropzone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = [...(e.dataTransfer?.files ?? [])];
        if (files.length) onFiles(multiple ? files : files.slice(0, 1));
      }}
    >
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        class="sr-only"
        tabIndex={-1}
        aria-label={label}
        accept={ACCEPT}
        multiple={multiple}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length) onFiles(files);
        }}
      />
      {children ?? <span>… eller släpp en fil här (.pdf, .docx, .md, .txt)</span>}
    </div>
  );
}
