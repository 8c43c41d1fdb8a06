-- Indexes for the public lists at a million gifts (see BENCHMARKS.md).

-- The gift list's order. With the columns that make a gift public, a page is found from the index
-- alone (an index-only scan in PostgreSQL), so a deep page skips index entries, not table rows.
CREATE INDEX gift_list_order ON gift (date_earliest DESC, title, id, published, deleted_at);

-- The people list's order: by name, then id.
CREATE INDEX person_list_order ON person (name, id);

-- The summit list's order, newest or oldest first (read backwards for newest).
CREATE INDEX summit_list_order ON summit (date_earliest, id);
