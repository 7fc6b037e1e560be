#!/usr/bin/env bash
# Renders the HTML report of a bundled week in a real headless browser
# (Debian's chromium) and checks that the screenshot is a real picture.
#
#   scripts/check-html.sh [SCENARIO] [OUT_DIR]
#
# Needs chromium (apt-get install -y chromium). Builds match-cli with
# SCRATCH (default .build) unless MATCH_CLI names a built binary.
# Leaves OUT_DIR/plan.json, report.html and report.png for a person to look at.
set -euo pipefail
cd "$(dirname "$0")/.."

scenario=${1:-scenarios/small-week.json}
out=${2:-$(mktemp -d)}
mkdir -p "$out"

if [[ -z "${MATCH_CLI:-}" ]]; then
  scratch=${SCRATCH:-.build}
  swift build --scratch-path "$scratch" --product match-cli >&2
  MATCH_CLI="$(swift build --scratch-path "$scratch" --show-bin-path)/match-cli"
fi
browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$browser" ]]; then
  echo "check-html: chromium not found (apt-get install -y chromium)" >&2
  exit 2
fi

"$MATCH_CLI" plan "$scenario" -o "$out/plan.json" --quiet
"$MATCH_CLI" report "$out/plan.json" --scenario "$scenario" --format html -o "$out/report.html"
for lang in fr en; do
  "$MATCH_CLI" report "$out/plan.json" --scenario "$scenario" --format html --lang "$lang" -o "$out/report.$lang.html"
done

# Self-contained: no external reference may be fetched.
if grep -Eq '(src|href)="(https?:)?//' "$out/report.html"; then
  echo "check-html: the page refers to an external asset" >&2
  exit 1
fi

"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1240,1754 --screenshot="$out/report.png" "file://$(realpath "$out/report.html")" >/dev/null 2>&1
"$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$out/report.pdf" "file://$(realpath "$out/report.html")" >/dev/null 2>&1 || true

[[ -s "$out/report.png" ]] || { echo "check-html: no screenshot" >&2; exit 1; }
size=$(stat -c %s "$out/report.png")
# A blank 1240x1754 PNG compresses to a few KB; a rendered page is far larger.
if (( size < 20000 )); then
  echo "check-html: screenshot is only $size bytes: the page looks blank" >&2
  exit 1
fi
python3 - "$out/report.png" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert width >= 800 and height >= 800, f"screenshot too small: {width}x{height}"
# Count distinct byte values of the decompressed image: a blank page has very few.
chunks, pos = b"", 8
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    if kind == b"IDAT":
        chunks += data[pos + 8:pos + 8 + length]
    pos += 12 + length
raw = zlib.decompress(chunks)
assert len(set(raw)) > 16, "screenshot has almost no colours: blank page?"
print(f"check-html: OK {width}x{height}, {len(data)} bytes, {len(set(raw))} byte values")
PY
echo "check-html: $out/report.png (pdf: $out/report.pdf)"
