-- Indexes for the public lists at a million gifts (see BENCHMARKS.md).

-- The gift list's order. With the columns that make a gift public, a page is found from the index
-- alone (an index-only scan in PostgreSQL), so a deep page skips index entries, not table rows.
CREATE INDEX gift_list_order ON gift (date_earliest DESC, title, id, published, deleted_at);

-- The people list's order: by name, then id.
CREATE INDEX person_list_order ON person (name, id);

-- The summit list's order, newest or oldest first (read backwards for newest).
CREATE INDEX summit_list_order ON summit (date_earliest, id);

-- The gift list's filters, each with the columns that make a gift public and its id, so that the
-- count of a filtered list is read from the index alone, over the matching gifts only.
CREATE INDEX gift_public_by_category ON gift (category_id, published, deleted_at, id);
CREATE INDEX gift_public_by_giver_country ON gift (giver_country_id, published, deleted_at, id);
CREATE INDEX gift_public_by_recipient_country ON gift (recipient_country_id, published, deleted_at, id);
CREATE INDEX gift_public_by_giver ON gift (giver_person_id, published, deleted_at, id);
CREATE INDEX gift_public_by_recipient ON gift (recipient_person_id, published, deleted_at, id);
