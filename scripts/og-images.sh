#!/usr/bin/env bash
# Draws static/og-<lang>.png, the 1200×630 image every page of a locale shows when a link
# to it is shared (og:image), for each locale of sipvs.toml: the site's name (`site-name`,
# ui.ftl) and one line (`og-image-text`, page.ftl) on a card, screenshotted by headless
# Chromium. The PNGs are committed: run this again after changing either message, the card
# below, or adding a locale (until then a new locale's pages show the reference locale's
# image). Needs chromium and fonts-noto-cjk (apt-get install chromium fonts-noto-cjk): the
# card names the Noto CJK fonts only (they cover Latin and Cyrillic too), so that the image
# does not depend on the machine's default fonts.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM:-chromium}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The value of a single-line message `id` in a Fluent file, HTML-escaped.
message() {
  sed -n "s/^$1 = //p" "$2" | head -n 1 | sed 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g'
}

langs=$(sed -n 's/^locales = \[\(.*\)\]/\1/p' sipvs.toml | tr -d '"' | tr ',' ' ')
for lang in $langs; do
  name=$(message site-name "locales/$lang/ui.ftl")
  line=$(message og-image-text "locales/$lang/page.ftl")
  if [ -z "$name" ] || [ -z "$line" ]; then
    echo "skipped $lang: site-name or og-image-text is missing" >&2
    continue
  fi
  cat > "$work/$lang.html" <<HTML
<!DOCTYPE html>
<html lang="$lang"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; overflow: hidden; }
  body { box-sizing: border-box; padding: 72px 80px; background: #ffffff; color: #1b1f24;
    font-family: "Noto Sans CJK JP", sans-serif;
    border-top: 24px solid #1747b8; display: flex; flex-direction: column; }
  :lang(ko) { font-family: "Noto Sans CJK KR", sans-serif; }
  h1 { font-size: 88px; line-height: 1.1; margin: 0 0 28px; letter-spacing: -0.01em; }
  p { font-size: 44px; line-height: 1.3; margin: 0; color: #4f5761; max-width: 1000px; }
  :lang(ja) p { word-break: auto-phrase; }
  :lang(ko) p { word-break: keep-all; }
  .codes { margin-top: auto; display: flex; gap: 18px; font: 700 34px "Noto Sans Mono CJK JP", monospace; }
  .codes span { padding: 8px 18px; border-radius: 12px; color: #fff; }
</style></head><body>
<h1>$name</h1>
<p>$line</p>
<div class="codes"><span style="background:#5b4bb7">180</span><span style="background:#17703a">200</span><span style="background:#1658a8">302</span><span style="background:#a4361f">486</span><span style="background:#8a2b73">503</span><span style="background:#6b4a00">603</span></div>
</body></html>
HTML
  "$chromium" --headless --disable-gpu --no-sandbox --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1200,630 --screenshot="$work/$lang.png" "file://$work/$lang.html" 2>/dev/null
  mv "$work/$lang.png" "static/og-$lang.png"
  echo "static/og-$lang.png"
done
