-- What a change did beyond the entry's own fields, for the changes that have more to tell: a merge
-- of two persons notes whom it took in or went into and how many links moved (a JSON object of
-- strings, like the snapshot). Null for every other change.
ALTER TABLE journal ADD COLUMN note VARCHAR(4000);
