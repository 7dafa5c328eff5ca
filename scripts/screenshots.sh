#!/usr/bin/env bash
# Screenshots of a comparison page (302 vs 487) in en, ja and ru, at phone (375 px) and
# desktop (1280 px) width, in the light and the dark theme (plus the home and a code page
# in en and ja, light), as whole-page PNGs in
# screenshots/ (git-ignored) or the folder given as the first argument. Needs chromium and
# chromedriver (apt-get install chromium chromium-driver fonts-noto-cjk). The work is done
# by tests/screenshots.rs, a program (not a test: `cargo test` never runs it) that builds and
# serves the site.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-screenshots}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

SIPVS_SCREENSHOTS="$out" cargo test --test screenshots
ls -1 "$out"/*.png
