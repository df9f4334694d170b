#!/usr/bin/env bash
# Renders a report to look at it as a reader or a printer would:
#   - its HTML page in headless Chromium: a screenshot of the page on screen, and the A4 print (PDF) with each page
#     as a PNG (print-page-N.png);
#   - the service's own PDF, each page as a PNG (pdf-page-N.png);
#   - the service's Word document, when LibreOffice (soffice) is installed: converted to PDF, each page as a PNG
#     (docx-page-N.png).
#
#   scripts/render-report-png.sh [SOURCE] [OUT_DIR]
#
# SOURCE is a URL of the service such as http://localhost:8080/api/v1/reports/1 (every format is fetched from it; a
# bearer token is taken from $TOKEN, or made with scripts/dev-token.sh admin), an HTML file (only Chromium's
# rendering), a PDF file (only its pages) or a Word file (only its pages through LibreOffice). Without SOURCE it
# renders the reference report's page, src/test/resources/golden/luojiang-2020.html, which the tests keep equal to
# what the service serves for the Luojiang 2020 data; OfficeDocumentsTest leaves the reference report's Word document
# and PDF in target/render (luojiang-2020.docx, luojiang-2020.pdf) to pass here. OUT_DIR defaults to target/render.
# DPI sets the resolution of the page images (80).
#
# Needs Debian's poppler-utils (pdftoppm) for page images, chromium for the HTML, LibreOffice Writer for the Word
# document and, for Chinese text in Chromium and LibreOffice, CJK fonts:
#   apt-get update && apt-get install -y chromium libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-uming poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."

source=${1:-src/test/resources/golden/luojiang-2020.html}
out=${2:-target/render}
mkdir -p "$out"
out=$(cd "$out" && pwd)

pages() { # pages PDF PREFIX: each page of PDF as OUT/PREFIX-N.png
  command -v pdftoppm >/dev/null || { echo "pdftoppm is missing: apt-get install -y poppler-utils" >&2; return 1; }
  rm -f "$out/$2"-*.png
  pdftoppm -r "${DPI:-80}" -png "$1" "$out/$2"
  echo "$2:  $(ls "$out/$2"-*.png | tr '\n' ' ')"
}

page=""
pdf=""
docx=""
case "$source" in
  http://*|https://*)
    base=${source%.html}
    token=${TOKEN:-$(scripts/dev-token.sh admin)}
    fetch() { curl -sf -H "Authorization: Bearer $token" -H "Accept: $1" "$base" -o "$2"; }
    page="$out/report.html"; fetch text/html "$page"
    pdf="$out/report-service.pdf"; fetch application/pdf "$pdf"
    docx="$out/report.docx"
    fetch application/vnd.openxmlformats-officedocument.wordprocessingml.document "$docx" ;;
  *.pdf)
    pdf="$source" ;;
  *.docx)
    docx="$source" ;;
  *)
    page="$out/report.html"; cp "$source" "$page" ;;
esac

if [ -n "$page" ]; then
  if command -v chromium >/dev/null; then
    fc-list :lang=zh 2>/dev/null | grep -q . \
      || echo "warning: no Chinese font installed (apt-get install -y fonts-noto-cjk); the page will show boxes" >&2
    profile=$(mktemp -d)
    trap 'rm -rf "$profile"' EXIT
    chrome() {
      chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars "$@" 2>/dev/null
    }
    # on screen: a 900 px wide window, tall enough for the whole report
    chrome --window-size=900,${HEIGHT:-5600} --screenshot="$out/report.png" "file://$page"
    echo "screen: $out/report.png"
    # in print: A4 pages
    chrome --no-pdf-header-footer --print-to-pdf="$out/report-print.pdf" "file://$page"
    echo "print:  $out/report-print.pdf"
    pages "$out/report-print.pdf" print-page || true
  else
    echo "chromium is missing (apt-get update && apt-get install -y chromium fonts-noto-cjk): the HTML is not rendered" >&2
  fi
fi

if [ -n "$pdf" ]; then
  pages "$pdf" pdf-page
fi

if [ -n "$docx" ]; then
  if command -v soffice >/dev/null; then
    # a profile of its own, so that a LibreOffice already open does not take the conversion over
    office=$(mktemp -d)
    rm -rf "$out/docx"
    soffice -env:UserInstallation="file://$office" --headless --convert-to pdf --outdir "$out/docx" "$docx" \
      >/dev/null 2>&1 || true
    rm -rf "$office"
    converted="$out/docx/$(basename "${docx%.docx}").pdf"
    [ -s "$converted" ] || { echo "LibreOffice did not convert $docx" >&2; exit 1; }
    echo "word:   $converted"
    pages "$converted" docx-page
  else
    echo "word:   $docx (apt-get install -y libreoffice-writer-nogui to render its pages too)"
  fi
fi
