/**
 * Agreement with the expert labels: every labelled fixture (and bundle) in every format.
 * Usage: npm run eval [-- --format md|docx|pdf] [-- --verbose] [-- --point K05]
 */
import { parseArgs } from 'node:util';
import { check, type Report } from '../core/check.ts';
import { load } from '../core/cli/files.ts';
import type { Document } from '../core/model/document.ts';
import { skane2019 } from '../rules/index.ts';
import { exact, loadLabels, type Pair, qwk, unitFiles } from './labels.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', multiple: true },
    verbose: { type: 'boolean', default: false },
    point: { type: 'string' },
    dir: { type: 'string', default: 'fixtures/corpus' },
  },
});
const formats = values.format ?? ['md', 'docx', 'pdf'];
const dir = values.dir;

const units = loadLabels(dir);

const ids = skane2019.rules.map((r) => r.id);
const pairs: Pair[] = [];
const perPoint = new Map<string, Pair[]>(ids.map((id) => [id, []]));
let typeRight = 0;
let typeAll = 0;
let aktuellRight = 0;
const totalErrors: number[] = [];
const levelsByFormat = new Map<string, Map<string, string>>();
const disagreements: string[] = [];

const toNum = (v: number | 'ej-tillampig' | null): number => (v === 'ej-tillampig' || v === null ? -1 : v);

for (const format of formats) {
  for (const unit of units) {
    const files = unitFiles(dir, unit, format);
    const loaded = await Promise.all(files.map(load));
    const docs = loaded.flatMap((l) => ('doc' in l ? [l.doc] : [])) as Document[];
    const name = `${unit.id ?? unit.file} [${format}]`;
    if (docs.length !== files.length) {
      disagreements.push(
        `${name}: kunde inte läsas: ${loaded.map((l) => ('error' in l ? l.error : '')).join(' ')}`,
      );
      continue;
    }
    const report: Report = check(skane2019, docs, { referenceDate: unit.reference });
    typeAll++;
    if (report.type === unit.type) typeRight++;
    else disagreements.push(`${name}: typ ${report.type}, väntat ${unit.type}`);
    if (report.aktuell === unit.aktuell) aktuellRight++;
    else disagreements.push(`${name}: aktuell ${report.aktuell}, väntat ${unit.aktuell}`);
    const scored = check(skane2019, docs, { referenceDate: unit.reference, type: unit.type });
    const key = unit.id ?? unit.file ?? '';
    levelsByFormat.set(key, levelsByFormat.get(key) ?? new Map());
    levelsByFormat.get(key)?.set(format, scored.checks.map((c) => c.level ?? '-').join(''));
    let expectedPoints = 0;
    let expectedMax = 0;
    for (const c of scored.checks) {
      const expected = unit.points[c.id];
      if (expected === undefined) continue;
      if (expected !== 'ej-tillampig') {
        expectedPoints += expected;
        expectedMax += 2;
      }
      const pair: Pair = [toNum(expected), toNum(c.level)];
      if (pair[0] >= 0 || pair[1] >= 0) {
        pairs.push(pair);
        perPoint.get(c.id)?.push(pair);
      }
      if (pair[0] !== pair[1] && (!values.point || values.point === c.id)) {
        disagreements.push(`${name} ${c.id}: ${c.level ?? '-'} väntat ${expected} — ${unit.why[c.id] ?? ''}`);
        if (values.verbose)
          for (const e of c.evidence.slice(0, 3)) disagreements.push(`      ”${e.quote.slice(0, 160)}”`);
      }
    }
    if (unit.type !== 'inte-samverkansdokument' && expectedMax > 0) {
      totalErrors.push(Math.abs((100 * expectedPoints) / expectedMax - (scored.score.percent ?? 0)));
    }
  }
}

let invariant = 0;
for (const byFormat of levelsByFormat.values()) if (new Set(byFormat.values()).size === 1) invariant++;

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
console.log(disagreements.join('\n'));
console.log('');
console.log(
  `Format: ${formats.join(', ')} · enheter: ${units.length} · regelpaket ${skane2019.id} ${skane2019.version}`,
);
console.log('Punkt  exakt    kappa');
for (const id of ids) {
  const ps = perPoint.get(id) ?? [];
  console.log(`${id}    ${pct(exact(ps)).padStart(7)}  ${qwk(ps).toFixed(2)}`);
}
console.log(`Totalt exakt överensstämmelse: ${pct(exact(pairs))}`);
console.log(`Kvadratiskt viktad kappa: ${qwk(pairs).toFixed(3)}`);
console.log(`Dokumenttyp rätt: ${typeRight}/${typeAll} (${pct(typeRight / Math.max(1, typeAll))})`);
console.log(`Aktuell rätt: ${aktuellRight}/${typeAll}`);
const mae = totalErrors.reduce((s, x) => s + x, 0) / Math.max(1, totalErrors.length);
console.log(`Medelabsolutfel totalpoäng: ${mae.toFixed(1)} procentenheter`);
console.log(`Formatoberoende (samma 17 nivåer i alla format): ${invariant}/${levelsByFormat.size}`);
