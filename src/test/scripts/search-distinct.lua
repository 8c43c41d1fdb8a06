-- wrk -s src/test/scripts/search-distinct.lua: searches the demo with queries of three of its
-- words (15,625 different queries in a fixed order, each wrk thread starting 7,919 queries apart),
-- so that no query comes back while its results could still be kept (SUMMITRY_SEARCH_KEPT, 500):
-- what a search costs when no one asked it before. Example:
--   wrk -t2 -c8 -d20s -H 'Cache-Control: no-cache' -s src/test/scripts/search-distinct.lua \
--     http://127.0.0.1:8100/
local words = {
  "kim", "putin", "dog", "dogs", "tea", "set", "limousine", "aurus", "portrait", "dirk", "naval",
  "hunting", "pyongyang", "summit", "horse", "gift", "russia", "korea", "moscow", "president",
  "vase", "book", "senat", "pungsan", "officer",
}
local threads = 0

function setup(thread)
  thread:set("offset", threads * 7919)
  threads = threads + 1
end

local n = 0

function request()
  local k = (offset + n) % (#words * #words * #words)
  n = n + 1
  local a = words[k % #words + 1]
  local b = words[math.floor(k / #words) % #words + 1]
  local c = words[math.floor(k / (#words * #words)) % #words + 1]
  return wrk.format("GET", wrk.path .. "search?q=" .. a .. "+" .. b .. "+" .. c)
end
