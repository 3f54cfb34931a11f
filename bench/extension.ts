// Bundle sizes of the built extension and the web page, and re-check latency while typing:
// the median time of what the side panel runs after each pause in typing (Markdown parse + check())
// on a 20-page draft. Run `npm run build:ext` and `npm run build:web` first for the sizes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkText, DEFAULT_SETTINGS } from '../extension/lib/engine.ts';

const root = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

for (const dir of ['.output/chrome-mv3', '.output/firefox-mv3', 'dist/web']) {
  const abs = join(root, dir);
  if (!existsSync(abs)) {
    console.log(`${dir}: not built`);
    continue;
  }
  let total = 0;
  let gz = 0;
  console.log(dir);
  for (const f of files(abs).sort()) {
    const bytes = readFileSync(f);
    total += bytes.length;
    gz += gzipSync(bytes).length;
    if (bytes.length > 4096) console.log(`  ${relative(abs, f).padEnd(48)} ${kb(bytes.length).padStart(10)}`);
  }
  console.log(`  ${'total'.padEnd(48)} ${kb(total).padStart(10)}  (gzip ${kb(gz)})`);
}

// About 20 pages: the corpus agreements one after another (≈ 3,000 characters a page).
const corpus = join(root, 'fixtures/corpus/md');
let draft = '';
for (const f of readdirSync(corpus).sort()) {
  if (draft.length > 60_000) break;
  draft += `${readFileSync(join(corpus, f), 'utf8')}\n\n`;
}
const pages = Math.round(draft.length / 3000);
const times: number[] = [];
const checkOnly: number[] = [];
for (let i = 0; i < 25; i++) {
  // Each run types one more word, as the user does between re-checks.
  const text = `${draft}\nOrd${i}`;
  const t0 = performance.now();
  const { ms } = checkText(text, 'Inskriven text', DEFAULT_SETTINGS);
  times.push(performance.now() - t0);
  checkOnly.push(ms);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  `re-check while typing, ${draft.length} characters (~${pages} pages): median ${median(times).toFixed(1)} ms (parse + check), check() alone ${median(checkOnly).toFixed(1)} ms, first run ${times[0]?.toFixed(1)} ms`,
);
