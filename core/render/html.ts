/**
 * One self-contained HTML file (inline CSS and SVG, no script, no network) a coordinator can open and
 * mail: per document the score, the 17 points with all evidence and advice, the röd-tråd matrix and the
 * goal analysis; for a batch the county heat map, the share per level per point and the inventory; for
 * a comparison the two versions side by side. Every text from a document is escaped: it is untrusted.
 */
import { DOC_TYPE_LABEL } from '../analyse/doctype.ts';
import type { Goal } from '../analyse/goals.ts';
import { ADVICE_LABEL, type Comparison, DIRECTION_MARK } from '../batch/compare.ts';
import { type Inventory, inventorySentences, share } from '../batch/inventory.ts';
import { type BatchResult, type FileError, reportName } from '../batch/types.ts';
import type { Report } from '../check.ts';
import type { Finding, Status } from '../engine/rule.ts';
import {
  AKTUELL_LABEL,
  levelText,
  percentText,
  STATUS_LABEL,
  STATUS_MARK,
  signed,
  whereText,
} from './labels.ts';
import { plainText } from './safe.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function esc(value: string | number | null | undefined): string {
  return plainText(String(value ?? '')).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const GOAL_KIND: Record<Goal['kind'], string> = {
  effektmal: 'Effektmål',
  produktionsmal: 'Produktionsmål',
  aktivitet: 'Aktivitet, inte mål',
  vision: 'Vision',
  riktning: 'Riktning utan mått',
};

const CSS = `
:root{--ok:#d3f0d8;--ok-ink:#14532d;--part:#fdf0b8;--part-ink:#6b4e00;--miss:#fbd5d5;--miss-ink:#7f1d1d;--na:#eceff3;--ink:#1c2430;--muted:#5b6675;--line:#d7dce3;--accent:#1d4e89}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0;background:#f6f7f9}
header.top{background:var(--accent);color:#fff;padding:12px 24px;font-weight:600;letter-spacing:.02em}
main{max-width:1180px;margin:0 auto;padding:16px 24px 48px}
h1{font-size:26px;margin:16px 0 8px}h2{font-size:21px;margin:0 0 6px}h3{font-size:16px;margin:18px 0 8px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 20px;margin:16px 0}
.meta{color:var(--muted);margin:0 0 12px}
.score{display:flex;gap:24px;align-items:center;flex-wrap:wrap}
.big{font-size:40px;font-weight:700;line-height:1}
.big small{font-size:15px;font-weight:400;color:var(--muted);display:block;margin-top:4px}
.areas{flex:1;min-width:280px;display:grid;grid-template-columns:auto 1fr auto;gap:4px 10px;align-items:center;font-size:14px}
.bar{height:10px;background:var(--na);border-radius:5px;overflow:hidden}.bar span{display:block;height:100%;background:var(--accent)}
.point{border-left:6px solid var(--na);padding:8px 12px;margin:8px 0;background:#fbfcfd;border-radius:0 6px 6px 0;break-inside:avoid}
.point.s-uppfyllt{border-color:#2f9e44}.point.s-delvis{border-color:#e0a800}.point.s-saknas{border-color:#d64545}
.point h4{margin:0;font-size:15px}.point .st{font-weight:400;color:var(--muted)}
blockquote{margin:6px 0 2px;padding:4px 10px;border-left:3px solid var(--line);background:#fff;white-space:pre-wrap}
.where{color:var(--muted);font-size:13px;margin:0 0 4px 13px}
.advice{margin:6px 0 0;padding:6px 10px;background:#fff8e1;border-radius:4px}
.note{margin:4px 0 0;color:var(--miss-ink)}
.src{color:var(--muted);font-size:12px;margin:4px 0 0}
table{border-collapse:collapse;width:100%;font-size:14px;background:#fff}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f0f2f5}
td.l2,td.yes{background:var(--ok);color:var(--ok-ink)}td.l1{background:var(--part);color:var(--part-ink)}
td.l0,td.no{background:var(--miss);color:var(--miss-ink)}td.na{background:var(--na);color:var(--muted)}
table.heat td.c{text-align:center;font-weight:600;min-width:30px}table.heat td:last-child{white-space:nowrap}table.heat th.c{text-align:center;font-size:12px}
.legend span{display:inline-block;padding:0 8px;margin-right:6px;border-radius:3px}
.l2b{background:var(--ok);color:var(--ok-ink)}.l1b{background:var(--part);color:var(--part-ink)}.l0b{background:var(--miss);color:var(--miss-ink)}.nab{background:var(--na)}
ul.inv{font-size:16px}.tag{display:inline-block;font-size:12px;padding:0 6px;border-radius:3px;background:var(--na);margin-left:4px}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:16px}.sides .card{margin:0}
.up{color:var(--ok-ink);font-weight:700}.down{color:var(--miss-ink);font-weight:700}.same{color:var(--muted)}
.ev-add{color:var(--ok-ink)}.ev-del{color:var(--miss-ink);text-decoration:line-through}
footer{color:var(--muted);font-size:12px;text-align:center;padding:16px}
@media print{body{background:#fff}.card{border:0;padding:0}header.top{color:#000;background:#fff;border-bottom:2px solid #000}}
`;

function page(title: string, body: string, footer = ''): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top">Samverkanskollen</header>
<main>
${body}
</main>
<footer>Bedömt mot Länsstyrelsen Skånes 17-punktslista med Samverkanskollen.${footer ? ` ${esc(footer)}` : ''}</footer>
</body>
</html>
`;
}

function levelClass(level: number | null | undefined): string {
  return level === null || level === undefined ? 'na' : `l${level}`;
}

function statusBadge(status: Status): string {
  return `${STATUS_MARK[status]} ${esc(STATUS_LABEL[status])}`;
}

function finding(c: Finding): string {
  const evidence = c.evidence
    .map((e) => {
      const where = whereText(e, true);
      return `<blockquote>${esc(e.quote)}</blockquote>${where ? `<p class="where">${esc(where)}</p>` : ''}`;
    })
    .join('');
  const notes = c.notes.map((n) => `<p class="note">Obs: ${esc(n)}</p>`).join('');
  const advice = c.advice ? `<p class="advice"><strong>Råd:</strong> ${esc(c.advice)}</p>` : '';
  return `<div class="point s-${c.status}" id="${esc(c.id)}"><h4>${esc(c.id)} ${esc(c.title)} <span class="st">— ${statusBadge(c.status)}</span></h4>${evidence}${notes}${advice}<p class="src">Källa: ${esc(c.source)}</p></div>`;
}

function areaBars(report: Report): string {
  return `<div class="areas">${Object.entries(report.score.areas)
    .map(
      ([k, a]) =>
        `<span>${esc(k)} ${esc(a.title)}</span><div class="bar" role="img" aria-label="${esc(percentText(a.percent))}"><span style="width:${a.percent ?? 0}%"></span></div><span>${a.points}/${a.max}</span>`,
    )
    .join('')}</div>`;
}

function redThreadTable(report: Report): string {
  if (report.redThread.length === 0)
    return '<p class="meta">Inga fokusområden hittades att följa kedjan för.</p>';
  const cell = (ok: boolean) => `<td class="${ok ? 'yes' : 'no'}">${ok ? '✓ finns' : '✗ saknas'}</td>`;
  return `<table><thead><tr><th>Fokusområde</th><th>Lägesbild</th><th>Orsak</th><th>Mål</th><th>Åtgärd</th><th>Uppföljning</th></tr></thead><tbody>${report.redThread
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.focusArea)}</th>${cell(r.picture)}${cell(r.causes)}${cell(r.goals)}${cell(r.measures)}${cell(r.followUp)}</tr>`,
    )
    .join('')}</tbody></table>`;
}

function goalTable(report: Report): string {
  if (report.goals.length === 0) return '<p class="meta">Inga mål hittades.</p>';
  return `<table><thead><tr><th>Mål</th><th>Slag</th><th>Indikator</th><th>Utgångsläge</th><th>Målvärde</th><th>Tidpunkt</th><th>Anmärkning</th></tr></thead><tbody>${report.goals
    .map((g) => {
      const remarks = [
        ...(g.vague.length > 0 ? [`Vaga verb: ${g.vague.join(', ')}`] : []),
        ...(g.kind === 'aktivitet' ? ['Beskriver en aktivitet, inte ett mål'] : []),
      ];
      return `<tr><td>${esc(g.text)}</td><td>${esc(GOAL_KIND[g.kind] ?? g.kind)}</td><td>${esc(g.indicator)}</td><td>${esc(g.baseline)}</td><td>${esc(g.target)}</td><td>${esc(g.deadline)}</td><td>${esc(remarks.join('. '))}</td></tr>`;
    })
    .join('')}</tbody></table>`;
}

function documentCard(report: Report, anchor?: string): string {
  const name = reportName(report);
  const meta = `${esc(DOC_TYPE_LABEL[report.type])}${report.type !== report.detectedType ? ' (angiven)' : ''} · aktuell: ${esc(AKTUELL_LABEL[report.aktuell])} den ${esc(report.referenceDate)} · regelpaket ${esc(report.rulePack.id)} ${esc(report.rulePack.version)}`;
  const head = `<section class="card"${anchor ? ` id="${esc(anchor)}"` : ''}><h2>${esc(name)}</h2><p class="meta">${meta}</p>`;
  if (report.type === 'inte-samverkansdokument') {
    return `${head}<p>Dokumentet är inte en samverkansöverenskommelse, ett medborgarlöfte eller en aktivitetsplan och poängsätts inte.</p></section>`;
  }
  const s = report.score;
  const focus =
    report.focusAreas.length > 0
      ? `<h3>Fokusområden</h3><ul>${report.focusAreas.map((f) => `<li>${esc(f.name)}</li>`).join('')}</ul>`
      : '';
  return `${head}<div class="score"><div class="big">${esc(percentText(s.percent))}<small>${s.points} av ${s.max} poäng</small></div>${areaBars(report)}</div>
<h3>De 17 punkterna</h3>${report.checks.map(finding).join('\n')}
${focus}<h3>Röd tråd</h3>${redThreadTable(report)}
<h3>Målanalys</h3>${goalTable(report)}</section>`;
}

function errorList(errors: readonly FileError[]): string {
  if (errors.length === 0) return '';
  return `<section class="card"><h2>Filer som inte kunde läsas</h2><table><thead><tr><th>Fil</th><th>Fel</th></tr></thead><tbody>${errors
    .map((e) => `<tr><td>${esc(e.file)}</td><td>${esc(e.error)}</td></tr>`)
    .join('')}</tbody></table></section>`;
}

/** One or more single reports (the `check` command). */
export function renderHtml(reports: readonly Report[], errors: readonly FileError[] = []): string {
  const title = reports.length === 1 && reports[0] ? reportName(reports[0]) : `${reports.length} dokument`;
  return page(
    `Samverkanskollen – ${title}`,
    `<h1>Granskning: ${esc(title)}</h1>${reports.map((r, i) => documentCard(r, `dok-${i + 1}`)).join('\n')}${errorList(errors)}`,
  );
}

function capitalise(name: string): string {
  return name.charAt(0).toLocaleUpperCase('sv') + name.slice(1);
}

/** Municipalities × K01–K17: a row per document, grouped under its municipality. */
function heatMap(batch: BatchResult): string {
  const ids = batch.inventory.points;
  const head = `<tr><th>Kommun</th><th>Dokument</th>${ids.map((p) => `<th class="c" title="${esc(p.title)}">${esc(p.id)}</th>`).join('')}<th>Totalt</th></tr>`;
  const docRow = (r: Report, i: number) => {
    const name = `<th scope="row"><a href="#dok-${i + 1}">${esc(reportName(r))}</a><span class="tag">${esc(DOC_TYPE_LABEL[r.type])}</span></th>`;
    if (r.type === 'inte-samverkansdokument')
      return `${name}<td class="na" colspan="${ids.length + 1}">inte ett samverkansdokument</td>`;
    const cells = ids
      .map((p) => {
        const c = r.checks.find((x) => x.id === p.id);
        const level = c?.level ?? null;
        return `<td class="c ${levelClass(level)}" title="${esc(`${p.id} ${p.title}: ${c ? STATUS_LABEL[c.status] : '–'}`)}">${levelText(level)}</td>`;
      })
      .join('');
    return `${name}${cells}<td>${esc(percentText(r.score.percent))}</td>`;
  };
  const errorRow = (e: FileError) =>
    `<th scope="row">${esc(e.file)}</th><td class="l0" colspan="${ids.length + 1}">Fel: ${esc(e.error)}</td>`;

  // Each document under the first municipality that lists it; anything unlisted goes last.
  const placed = new Set<string>();
  const groups: { name: string; rows: string[] }[] = [];
  const indexOf = new Map(batch.reports.map((r, i) => [reportName(r), i]));
  const errorOf = new Map(batch.errors.map((e) => [e.file, e]));
  for (const m of batch.inventory.municipalities) {
    const rows: string[] = [];
    for (const file of m.files) {
      if (placed.has(file)) continue;
      const i = indexOf.get(file);
      const e = errorOf.get(file);
      const r = i === undefined ? undefined : batch.reports[i];
      if (r && i !== undefined) rows.push(docRow(r, i));
      else if (e) rows.push(errorRow(e));
      else continue;
      placed.add(file);
    }
    if (rows.length > 0) groups.push({ name: capitalise(m.name), rows });
  }
  const rest = [
    ...batch.reports.flatMap((r, i) => (placed.has(reportName(r)) ? [] : [docRow(r, i)])),
    ...batch.errors.filter((e) => !placed.has(e.file)).map(errorRow),
  ];
  if (rest.length > 0) groups.push({ name: '', rows: rest });
  const body = groups
    .flatMap((g) =>
      g.rows.map(
        (row, j) =>
          `<tr>${j === 0 ? `<th scope="rowgroup" rowspan="${g.rows.length}">${esc(g.name)}</th>` : ''}${row}</tr>`,
      ),
    )
    .join('');
  return `<table class="heat"><thead>${head}</thead><tbody>${body}</tbody></table>
<p class="legend"><span class="l2b">2 uppfyllt</span><span class="l1b">1 delvis</span><span class="l0b">0 saknas</span><span class="nab">– ej tillämplig</span></p>`;
}

/** Stacked bars: the share of documents at each level, per point. */
export function shareChart(inv: Inventory): string {
  const rowH = 22;
  const left = 64;
  const width = 640;
  const barW = width - left - 16;
  const top = 28;
  const height = top + inv.points.length * rowH + 8;
  const colours = { uppfyllt: '#2f9e44', delvis: '#e0a800', saknas: '#d64545' } as const;
  const bars = inv.points
    .map((p, i) => {
      const y = top + i * rowH;
      let x = left;
      const segs = (['uppfyllt', 'delvis', 'saknas'] as const)
        .map((k) => {
          const pc = share(p.counts, k);
          const w = (barW * pc) / 100;
          const seg = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${colours[k]}"><title>${esc(`${p.id} ${p.title}: ${pc} % ${k}`)}</title></rect>${w > 28 ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + rowH - 10}" text-anchor="middle" fill="${k === 'delvis' ? '#3d2e00' : '#fff'}" font-size="11">${pc}%</text>` : ''}`;
          x += w;
          return seg;
        })
        .join('');
      return `<text x="0" y="${y + rowH - 10}" font-size="12" fill="#1c2430">${esc(p.id)}</text>${segs}`;
    })
    .join('');
  const legend = (['uppfyllt', 'delvis', 'saknas'] as const)
    .map(
      (k, i) =>
        `<rect x="${left + i * 110}" y="4" width="12" height="12" fill="${colours[k]}"/><text x="${left + i * 110 + 16}" y="14" font-size="12" fill="#1c2430">${k}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Andel dokument per nivå och punkt">${legend}${bars}</svg>`;
}

/** A batch: inventory, heat map, share chart, areas, errors, then every document. */
export function renderHtmlBatch(batch: BatchResult): string {
  const inv = batch.inventory;
  const areaRows = inv.areas
    .map(
      (a) =>
        `<tr><th scope="row">${esc(a.area)} ${esc(a.title)}</th><td>${esc(percentText(a.meanPercent))}</td><td class="l2">${share(a.counts, 'uppfyllt')} %</td><td class="l1">${share(a.counts, 'delvis')} %</td><td class="l0">${share(a.counts, 'saknas')} %</td></tr>`,
    )
    .join('');
  const body = `<h1>Inventering av ${inv.municipalities.length} kommuner</h1>
<section class="card"><ul class="inv">${inventorySentences(inv)
    .map((s) => `<li>${esc(s)}</li>`)
    .join('')}</ul></section>
<section class="card"><h2>Länstabell</h2>${heatMap(batch)}</section>
<section class="card"><h2>Andel per nivå och punkt</h2>${shareChart(inv)}</section>
<section class="card"><h2>Per område</h2><table><thead><tr><th>Område</th><th>Snitt</th><th>Uppfyllt</th><th>Delvis</th><th>Saknas</th></tr></thead><tbody>${areaRows}</tbody></table></section>
${errorList(batch.errors)}
${batch.reports.map((r, i) => documentCard(r, `dok-${i + 1}`)).join('\n')}`;
  return page(`Samverkanskollen – inventering av ${inv.documents} dokument`, body);
}

function sideSummary(label: string, r: Report): string {
  return `<section class="card"><h2>${esc(label)}: ${esc(reportName(r))}</h2><p class="meta">${esc(DOC_TYPE_LABEL[r.type])} · aktuell: ${esc(AKTUELL_LABEL[r.aktuell])}</p><div class="score"><div class="big">${esc(percentText(r.score.percent))}<small>${r.score.points} av ${r.score.max} poäng</small></div>${areaBars(r)}</div></section>`;
}

/** Two versions side by side, point by point. */
export function renderHtmlCompare(cmp: Comparison): string {
  const arrowClass = { bättre: 'up', sämre: 'down', oförändrad: 'same' } as const;
  const evidence = (list: { quote: string }[], cls: string) =>
    list.map((e) => `<blockquote class="${cls}">${esc(e.quote)}</blockquote>`).join('');
  const rows = cmp.points
    .map((p) => {
      const o = cmp.old.checks.find((c) => c.id === p.id);
      const n = cmp.new.checks.find((c) => c.id === p.id);
      const side = (c: Finding | undefined, list: string) =>
        `<td class="${levelClass(c?.level)}"><strong>${c ? statusBadge(c.status) : '–'}</strong>${list}${c?.advice ? `<p class="advice"><strong>Råd:</strong> ${esc(c.advice)}</p>` : ''}</td>`;
      return `<tr><th scope="row">${esc(p.id)} ${esc(p.title)}<br><span class="${arrowClass[p.direction]}">${DIRECTION_MARK[p.direction]} ${esc(levelText(p.old?.level ?? null))} → ${esc(levelText(p.new?.level ?? null))}</span>${p.advice !== 'inget-råd' ? `<br><span class="tag">${esc(ADVICE_LABEL[p.advice])}</span>` : ''}</th>${side(o, evidence(p.disappeared, 'ev-del'))}${side(n, evidence(p.appeared, 'ev-add'))}</tr>`;
    })
    .join('');
  const body = `<h1>Jämförelse av två versioner</h1>
<section class="card"><div class="big">${esc(signed(cmp.total.change))} <small>procentenheter: ${esc(percentText(cmp.total.old))} → ${esc(percentText(cmp.total.new))}</small></div><p>${cmp.improved} punkter bättre, ${cmp.worsened} sämre. Råd från förra granskningen som följts: ${cmp.adviceFollowed} av ${cmp.adviceGiven}.</p></section>
<div class="sides">${sideSummary('Förut', cmp.old)}${sideSummary('Nu', cmp.new)}</div>
<section class="card"><h2>Punkt för punkt</h2><p class="meta">Överstrukna citat fanns förut men inte nu; gröna citat är nya.</p><table><thead><tr><th>Punkt</th><th>Förut</th><th>Nu</th></tr></thead><tbody>${rows}</tbody></table></section>`;
  return page(`Samverkanskollen – ${reportName(cmp.old)} → ${reportName(cmp.new)}`, body);
}
