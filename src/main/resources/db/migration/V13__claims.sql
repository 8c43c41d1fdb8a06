-- A claim: one fact of an entry (a gift's value, a summit's date, a photo's creator) as one source
-- gives it, with how certain the archive is of it. A fact may have several claims that disagree; the
-- preferred one is what the entry's own field shows, the others are shown beside it. "stated"
-- is what the source says when it differs from the field ("did not give one"); null when the source
-- supports the value shown.
CREATE TABLE claim (
  id BIGINT PRIMARY KEY,
  entry_type VARCHAR(20) NOT NULL,
  entry_id BIGINT NOT NULL,
  fact VARCHAR(20) NOT NULL,
  source_id BIGINT NOT NULL REFERENCES source (id),
  certainty VARCHAR(12) NOT NULL,
  preferred BOOLEAN DEFAULT FALSE NOT NULL,
  stated VARCHAR(500),
  note VARCHAR(1000),
  position INTEGER NOT NULL,
  CONSTRAINT claim_certainty CHECK (certainty IN ('CONFIRMED', 'REPORTED', 'UNCERTAIN', 'DISPUTED'))
);
CREATE INDEX claim_entry ON claim (entry_type, entry_id);
CREATE INDEX claim_source ON claim (source_id);
