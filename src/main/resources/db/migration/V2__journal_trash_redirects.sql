-- The journal: every change to an entry appends a row in the same transaction as the change.
CREATE TABLE journal (
  id BIGINT PRIMARY KEY,
  entry_type VARCHAR(20) NOT NULL,
  entry_id BIGINT NOT NULL,
  action VARCHAR(20) NOT NULL,
  actor VARCHAR(100) NOT NULL,
  at TIMESTAMP WITH TIME ZONE NOT NULL,
  label VARCHAR(500) NOT NULL,
  snapshot VARCHAR(200000)
);
CREATE INDEX journal_entry ON journal (entry_type, entry_id, id);
CREATE INDEX journal_at ON journal (at);
CREATE SEQUENCE journal_seq START WITH 1 INCREMENT BY 1;

-- Deleting moves an entry to the trash; only admins purge it for good.
ALTER TABLE country ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE person ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE summit ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE gift ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE source ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE photo ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;

-- When a slug changes, the old address answers 301 to the new one.
CREATE TABLE slug_redirect (
  entry_type VARCHAR(20) NOT NULL,
  old_slug VARCHAR(80) NOT NULL,
  entry_id BIGINT NOT NULL,
  PRIMARY KEY (entry_type, old_slug)
);
