import { describe, expect, it } from 'vitest';
import { progressBar } from '../../core/cli/progress.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  const stream = { isTTY, columns: 70, write: (s: string) => writes.push(s) > 0 };
  return { stream: stream as unknown as NodeJS.WriteStream, writes };
}

describe('progress bar', () => {
  it('draws count, bar, time left and the current file on a terminal, and clears the line at the end', () => {
    const { stream, writes } = fakeStream(true);
    const bar = progressBar(stream);
    bar.update(0, 4, 'ekby-so-2024-2027.pdf');
    bar.update(4, 4, 'en-mycket-lång-mapp/med-ett-mycket-långt-filnamn-som-inte-ryms-på-raden.pdf');
    bar.end();
    expect(writes[0]).toMatch(/^\r\[░+\] 0\/4 {2}kvar –:–– {2}ekby-so-2024-2027\.pdf/);
    expect(writes[1]).toMatch(/^\r\[█+\] 4\/4 {2}kvar 0:00 {2}…/);
    expect(writes[1]?.replace('\u001b[K', '').length).toBeLessThanOrEqual(71);
    expect(writes.at(-1)).toBe('\r\u001b[K');
  });

  it('is quiet when stderr is not a terminal', () => {
    const { stream, writes } = fakeStream(false);
    const bar = progressBar(stream);
    bar.update(1, 2, 'x.pdf');
    bar.end();
    expect(writes).toEqual([]);
  });
});
