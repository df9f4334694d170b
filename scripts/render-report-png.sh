#!/usr/bin/env bash
# Renders a report's HTML page with headless Chromium, to look at it as a reader or a printer would:
# a screenshot of the page on screen, and the A4 print (PDF) with each page as a PNG when pdftoppm is there.
#
#   scripts/render-report-png.sh [SOURCE] [OUT_DIR]
#
# SOURCE is an HTML file, or a URL of the service such as http://localhost:8080/api/v1/reports/1.html
# (a bearer token is then taken from $TOKEN, or made with scripts/dev-token.sh admin). Without SOURCE
# it renders the reference report, src/test/resources/golden/luojiang-2020.html, which the tests keep
# equal to what the service serves for the Luojiang 2020 data. OUT_DIR defaults to target/render.
#
# Needs Debian's chromium (apt-get update && apt-get install -y chromium) and, for Chinese text, a CJK
# font (fonts-noto-cjk); poppler-utils gives pdftoppm for the page images.
set -euo pipefail
cd "$(dirname "$0")/.."

source=${1:-src/test/resources/golden/luojiang-2020.html}
out=${2:-target/render}
mkdir -p "$out"
out=$(cd "$out" && pwd)

command -v chromium >/dev/null || { echo "chromium is missing: apt-get update && apt-get install -y chromium fonts-noto-cjk" >&2; exit 1; }
fc-list :lang=zh 2>/dev/null | grep -q . || echo "warning: no Chinese font installed (apt-get install -y fonts-noto-cjk); the page will show boxes" >&2

page="$out/report.html"
case "$source" in
  http://*|https://*)
    token=${TOKEN:-$(scripts/dev-token.sh admin)}
    curl -sf -H "Authorization: Bearer $token" -H 'Accept: text/html' "$source" -o "$page" ;;
  *)
    cp "$source" "$page" ;;
esac

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
chrome --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "file://$page"
echo "print:  $out/report.pdf"
if command -v pdftoppm >/dev/null; then
  rm -f "$out"/page-*.png
  pdftoppm -r "${DPI:-80}" -png "$out/report.pdf" "$out/page"
  echo "pages:  $(ls "$out"/page-*.png | tr '\n' ' ')"
fi
