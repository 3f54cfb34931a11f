/**
 * A one-line progress bar on stderr: count, bar, ETA and the current file. Ten lines of code do not
 * warrant a dependency; it draws only when stderr is a terminal, so logs and pipes stay quiet.
 */
export interface Progress {
  update(done: number, total: number, current: string): void;
  end(): void;
}

const QUIET: Progress = { update() {}, end() {} };

function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return QUIET;
  const started = Date.now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total, current) {
      const now = Date.now();
      if (now - last < 80 && done < total) return;
      last = now;
      const width = 24;
      const filled = total === 0 ? width : Math.round((width * done) / total);
      const eta = done === 0 ? '–:––' : clock(((now - started) / done) * (total - done));
      const head = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}  kvar ${eta}  `;
      const room = Math.max(0, (stream.columns || 80) - head.length - 1);
      const name =
        current.length <= room ? current : room > 1 ? `…${current.slice(current.length - room + 1)}` : '';
      stream.write(`\r${head}${name}\u001b[K`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
