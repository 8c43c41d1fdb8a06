# The demo's pages that render-ab.sh and render-solo.sh drive, as "name|address"; sourced by both.
# ONLY (names separated by |, "home|search") keeps those; all by default.
PAGES=(
  "home|"
  "summit|summits/putin-kim-summit-pyongyang-2024"
  "gift|gifts/aurus-limousine-2024"
  "gift list|gifts"
  "person|people/kim-jong-un"
  "search|search?q=dog"
  "timeline|timeline"
)
if [[ -n "${ONLY:-}" ]]; then
  chosen=()
  for entry in "${PAGES[@]}"; do
    [[ "|$ONLY|" == *"|${entry%%|*}|"* ]] && chosen+=("$entry")
  done
  PAGES=("${chosen[@]}")
fi
