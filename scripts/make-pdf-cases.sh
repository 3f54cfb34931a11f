#!/usr/bin/env bash
# Regenerates the PDF test cases that the corpus lacks. The outputs are committed, so tests need
# none of these tools: chromium, qpdf (apt-get install qpdf), pdftoppm (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
cases=fixtures/pdf-cases
bad=fixtures/bad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$cases" "$bad"

print() { # html-file pdf-file [extra chromium flags]
  local html=$1 pdf=$2
  shift 2
  chromium --headless --no-sandbox --disable-gpu --no-first-run "$@" \
    --print-to-pdf="$pdf" "file://$html" 2>/dev/null
}

# Hyphenation at line ends (soft hyphens that Chromium shows as "-"), real hyphens and dashes,
# footnote markers, a dot-leader table of contents, a letter-spaced title, and Chromium's own
# running header (date, title) and footer (page x/y) on several pages.
cat > "$work/hyphen.html" <<'HTML'
<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Testfall avstavning</title>
<style>
body { font-family: "DejaVu Serif", serif; font-size: 12pt; width: 3.9cm; }
.wide { width: 9.5cm; }
h1 { font-size: 20pt; letter-spacing: 0.4em; }
h2 { font-size: 15pt; }
p { margin: 0 0 10pt; }
.toc p { margin: 0; }
.page { break-after: page; }
</style></head><body>
<div class="page">
<h1>Testplan</h1>
<h2>Innehåll</h2>
<div class="toc wide">
<p>1. Bakgrund ........................................ 2</p>
<p>2. Lägesbild ....................................... 2</p>
<p>3. Åtgärder ........................................ 3</p>
</div>
</div>
<div class="page">
<h2>1. Bakgrund</h2>
<p>Kommunen har under lång tid bedrivit ett aktivt brotts&shy;förebyggande arbete tillsammans med polisen i hela kommunen och dess kransorter.</p>
<p>Samverkan omfattar både brotts- och trygghetsarbete i varje kommun- och polisområde, från Solvik–Strand till landsbygden, under perioden 2024–2027.</p>
<h2>2. Lägesbild</h2>
<p>Kommunens lägesbild<sup>3</sup> visar att otryggheten har ökat, och polisens lägesbild<sup>4</sup> bekräftar samma utveckling i centrum.</p>
<p>Det samlade trygghets&shy;arbetet följs upp varje år av den gemensamma styrgruppen och rapporteras till kommun&shy;styrelsen.</p>
</div>
<div>
<h2>3. Åtgärder</h2>
<p>Parterna genomför trygghetsvandringar, föräldravandringar och riktade insatser mot narkotika&shy;försäljning vid skolorna.</p>
</div>
</body></html>
HTML
print "$work/hyphen.html" "$cases/hyphen-footnote-toc.pdf"

# Encrypted: a user password is required to open it.
qpdf --encrypt hemligt agare 256 -- "$cases/hyphen-footnote-toc.pdf" "$bad/encrypted.pdf"

# Scanned: a page as an image only, no text layer (printed without Chromium's header and footer).
pdftoppm -r 60 -png -f 2 -l 2 "$cases/hyphen-footnote-toc.pdf" "$work/scan"
printf '<!doctype html><body style="margin:0"><img src="%s" style="width:100%%"></body>' "$(ls "$work"/scan*.png)" \
  > "$work/scan.html"
print "$work/scan.html" "$bad/scanned.pdf" --no-pdf-header-footer

# Corrupt: a PDF header followed by a truncated, mangled body.
{ printf '%%PDF-1.7\n'; head -c 1500 "$cases/hyphen-footnote-toc.pdf" | tail -c 1200 | tr 'a-m' 'n-z'; } > "$bad/corrupt.pdf"

# Benchmark input: about 20 pages of corpus text, printed the way the Chromium corpus PDFs are.
mkdir -p fixtures/bench
pandoc --standalone --metadata title="Samlade överenskommelser" -c "$work/bench.css" \
  fixtures/corpus/md/ekby-so-2024-2027.md fixtures/corpus/md/bergsjo-so-2024-2027.md \
  fixtures/corpus/md/lindas-mossby-so-2024-2026.md \
  -o "$work/bench.html"
printf 'body { font-family: "DejaVu Serif", serif; font-size: 11pt; max-width: 16cm; margin: auto; }\ntable { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2pt 4pt; vertical-align: top; }\n' \
  > "$work/bench.css"
print "$work/bench.html" fixtures/bench/20-pages.pdf

# The common case: 20 pages exported from Word by LibreOffice (pdf.js reads whole words here).
{ cat fixtures/corpus/md/ekby-so-2024-2027.md; sed -n 1,100p fixtures/corpus/md/bergsjo-so-2024-2027.md; } > "$work/lo.md"
pandoc -f gfm -t docx -o "$work/20-pages-libreoffice.docx" "$work/lo.md"
soffice --headless --convert-to pdf --outdir "$work" "$work/20-pages-libreoffice.docx" >/dev/null
cp "$work/20-pages-libreoffice.pdf" fixtures/bench/20-pages-libreoffice.pdf
