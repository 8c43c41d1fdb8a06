#!/usr/bin/env bash
# Lighthouse (accessibility, best practices, SEO) on the home page, a summit, a gift and search, in
# English, Korean and Russian (issue 21). Prints one line a page: the address, the three scores and
# the audits that did not pass. Not part of CI.
#
# Usage: src/test/scripts/lighthouse.sh http://127.0.0.1:8080/
#   with a running instance holding the demo content (README, Run). Needs Chromium
#   (CHROME_PATH, default /usr/bin/chromium) and Lighthouse 12 (LIGHTHOUSE, default: lighthouse on
#   the PATH; `npm i -E lighthouse@12.2.3` in a folder of its own, then
#   LIGHTHOUSE=that/node_modules/.bin/lighthouse). Reports go to OUT (default a temporary folder).
set -euo pipefail

APP="${1:?the address of a running instance, such as http://127.0.0.1:8080/}"
APP="${APP%/}/"
LIGHTHOUSE="${LIGHTHOUSE:-lighthouse}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
OUT="${OUT:-$(mktemp -d)}"

for language in "" ko/ ru/; do
  for page in "" summits/putin-kim-summit-pyongyang-2024 gifts/aurus-limousine-2024 "search?q=kim"; do
    url="$APP$language$page"
    report="$OUT/$(echo "${language}${page:-home}" | tr '/?=' '___').json"
    "$LIGHTHOUSE" "$url" --only-categories=accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox" --quiet \
      --output=json --output-path="$report" > /dev/null
    node -e '
      const report = require(process.argv[1]);
      const score = id => Math.round(report.categories[id].score * 100);
      const failed = Object.values(report.audits)
        .filter(a => a.score !== null && a.score < 1
          && !["informative", "manual", "notApplicable"].includes(a.scoreDisplayMode))
        .map(a => a.id);
      console.log(process.argv[2], score("accessibility"), score("best-practices"), score("seo"),
        failed.join(","));
    ' "$report" "$url"
  done
done
