-- Where in a source an entry's citation points and when it was read: the page (or section, or
-- minute of a recording), the words quoted, and the day the curator last read it online (an ISO
-- date, never in the future). "note" was already there.
ALTER TABLE citation ADD COLUMN page VARCHAR(100);
ALTER TABLE citation ADD COLUMN quote VARCHAR(2000);
ALTER TABLE citation ADD COLUMN accessed_on DATE;
