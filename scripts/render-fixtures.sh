#!/usr/bin/env bash
# Regenerate the committed fixtures so tests never need a converter:
#   1. copy the shared corpus renderings (md, docx, pdf) into fixtures/corpus;
#   2. render our own Markdown fixtures (fixtures/own/md) to .docx (pandoc) and .pdf
#      (Chromium from pandoc's HTML with a running header and page numbers, or LibreOffice
#      from the .docx; some each, as in the corpus);
#   3. write the bad inputs in fixtures/bad and the odd text encodings in fixtures/own/txt.
# `render-fixtures.sh labelled [DIR…]` renders only the labelled sets (fixtures/unseen-*, or the DIRs) to .docx and .pdf.
# Needs pandoc, chromium, soffice, python3, zip and iconv.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
shared="${SHARED_CORPUS:-$root/../shared/corpus}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 1. The shared corpus.
if [[ -d "$shared/rendered" ]]; then
  for kind in md docx pdf; do
    mkdir -p "fixtures/corpus/$kind"
    cp "$shared/rendered/$kind"/* "fixtures/corpus/$kind/"
  done
  cp "$shared"/labels-*.json fixtures/corpus/
else
  echo "render-fixtures: $shared/rendered not found; keeping fixtures/corpus as it is" >&2
fi

# 2. Our own fixtures. Read as GFM (with footnotes) so pandoc sees what remark sees.
own=fixtures/own
mkdir -p "$own/docx" "$own/pdf"
from=gfm+footnotes

cat >"$work/print.css" <<'CSS'
@page {
  size: A4;
  margin: 22mm 20mm 22mm 20mm;
  @top-right { content: "RUNNING_TITLE"; font: 8pt sans-serif; color: #555; }
  @bottom-center { content: "Sida " counter(page) " av " counter(pages); font: 8pt sans-serif; }
}
body { font: 10.5pt/1.45 "DejaVu Serif", Georgia, serif; max-width: none; margin: 0; }
h1 { font-size: 18pt; } h2 { font-size: 13.5pt; margin-top: 1.4em; } h3 { font-size: 11.5pt; }
/* pandoc's default styles make a table a scrolling block, which print clips at the page edge. */
table { display: table; overflow: visible; border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; text-align: left; }
CSS

chromium_pdf() { # html → pdf
  local profile
  profile="$(mktemp -d)"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --user-data-dir="$profile" \
    --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
  rm -rf "$profile"
}

soffice_convert() { # file format outdir
  local profile
  profile="$(mktemp -d)"
  soffice -env:UserInstallation="file://$profile" --headless --convert-to "$2" --outdir "$3" "$1" >/dev/null 2>&1
  rm -rf "$profile"
}

render_one() { # dir/md/base.md → dir/docx/base.docx and dir/pdf/base.pdf, through Chromium or LibreOffice
  local dir="$1" base="$2" via="$3" md="$1/md/$2.md" title
  mkdir -p "$dir/docx" "$dir/pdf"
  pandoc -f "$from" "$md" -o "$dir/docx/$base.docx"
  if [[ "$via" == chromium ]]; then
    # The first "# " heading, or the first line when the document has none (minutes, letters).
    title="$({ grep -m1 '^# ' "$md" || head -n1 "$md"; } | sed 's/^#* *//; s/\*//g')"
    { echo '<style>'; sed "s|RUNNING_TITLE|${title//\"/}|" "$work/print.css"; echo '</style>'; } >"$work/head.html"
    pandoc -f "$from" -s --metadata pagetitle="$title" -H "$work/head.html" "$md" -o "$work/$base.html"
    chromium_pdf "$work/$base.html" "$dir/pdf/$base.pdf"
  else
    soffice_convert "$dir/docx/$base.docx" pdf "$dir/pdf"
  fi
}

# Labelled sets written after the corpus: every other document printed by Chromium, as in the corpus.
render_labelled() {
  local dir md i=0
  for dir in "${LABELLED_SETS[@]}"; do
    for md in "$dir"/md/*.md; do
      render_one "$dir" "$(basename "$md" .md)" "$([[ $((i++ % 2)) == 0 ]] && echo chromium || echo soffice)"
    done
  done
}
LABELLED_SETS=(fixtures/unseen-*)
if [[ "${1:-}" == labelled ]]; then
  shift
  # `labelled fixtures/unseen-f` renders one new set; the Chromium/LibreOffice alternation restarts with it.
  [[ $# -gt 0 ]] && LABELLED_SETS=("$@")
  render_labelled
  echo "render-fixtures: labelled sets done"
  exit 0
fi
render_labelled

# The long document goes through Chromium for its running header and page numbers.
chromium_docs=" granaker-so-2026-2029 rodmyra-ml-2026 bjorkhamn-lagesbild-2025 "
for md in "$own"/md/*.md; do
  base="$(basename "$md" .md)"
  render_one "$own" "$base" "$([[ "$chromium_docs" == *" $base "* ]] && echo chromium || echo soffice)"
done

# Odd but valid text encodings of one own fixture.
mkdir -p "$own/txt"
sample="$own/md/rodmyra-ml-2026.md"
iconv -f utf-8 -t windows-1252 "$sample" >"$own/txt/rodmyra-ml-2026.windows-1252.txt"
{ printf '\xff\xfe'; iconv -f utf-8 -t utf-16le "$sample"; } >"$own/txt/rodmyra-ml-2026.utf-16le-bom.txt"
{ printf '\xef\xbb\xbf'; cat "$sample"; } >"$own/txt/rodmyra-ml-2026.utf-8-bom.md"

# 3. Bad inputs: each must give its own IngestError.
bad=fixtures/bad
mkdir -p "$bad"
src_docx="$own/docx/tornevik-so-2025-2027.docx"
cp "$src_docx" "$work/gammal-word.docx"
soffice_convert "$work/gammal-word.docx" doc "$work"
mv "$work/gammal-word.doc" "$bad/gammal-word.doc"
cp "$src_docx" "$work/opendocument.docx"
soffice_convert "$work/opendocument.docx" odt "$work"
mv "$work/opendocument.odt" "$bad/opendocument.odt"
cp "$src_docx" "$work/rtf-dokument.docx"
soffice_convert "$work/rtf-dokument.docx" rtf "$work"
mv "$work/rtf-dokument.rtf" "$bad/rtf-dokument.rtf"
pandoc -f "$from" -s --metadata pagetitle=Sida "$own/md/tornevik-so-2025-2027.md" -o "$work/sida.html"
profile="$(mktemp -d)"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --no-first-run --user-data-dir="$profile" --window-size=700,900 --screenshot="$bad/inskannad-sida.png" \
  "file://$work/sida.html" >/dev/null 2>&1
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --no-first-run --user-data-dir="$profile" --window-size=700,900 --screenshot="$bad/foto-av-sida.jpeg" \
  "file://$work/sida.html" >/dev/null 2>&1
rm -rf "$profile"
: >"$bad/tom.txt"
printf ' \n\t\n  \r\n' >"$bad/bara-blanksteg.md"
: >"$bad/tom.docx"
size=$(wc -c <"$src_docx")
head -c $((size / 2)) "$src_docx" >"$bad/avbruten-nedladdning.docx"
(cd "$own/md" && zip -q -X "$root/$bad/inte-word.zip" rodmyra-ml-2026.md salgvik-aktivitetsplan-2026.md)
cp "$bad/inte-word.zip" "$bad/zip-med-fel-namn.docx"
pdf_src=fixtures/corpus/pdf/solvik-ml-2024.pdf
size=$(wc -c <"$pdf_src")
head -c $((size * 2 / 5)) "$pdf_src" >"$bad/avbruten.pdf"
python3 - "$src_docx" "$bad" <<'PY'
import random, sys, zipfile
src, bad = sys.argv[1], sys.argv[2]
random.seed(20261122)
with open(f"{bad}/slumpbytes.pdf", "wb") as f:
    f.write(bytes(random.randrange(256) for _ in range(8192)))
with open(f"{bad}/binarfil.bin", "wb") as f:
    f.write(bytes(random.randrange(256) for _ in range(4096)))
with zipfile.ZipFile(src) as z:
    entries = [(i, z.read(i.filename)) for i in z.infolist()]
def write(name, keep, replace=None):
    with zipfile.ZipFile(f"{bad}/{name}", "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in entries:
            if not keep(info.filename):
                continue
            if replace and info.filename == "word/document.xml":
                data = replace
            info.date_time = (2026, 1, 1, 0, 0, 0)
            out.writestr(info, data)
write("utan-document-xml.docx", lambda n: n != "word/document.xml")
write("trasig-document-xml.docx", lambda n: True, bytes(random.randrange(256) for _ in range(3000)))
PY

echo "render-fixtures: done"
