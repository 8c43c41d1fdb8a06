-- What each import created, so that it can be undone as one step: every gift, person, country and
-- source an import's batches wrote, by type and id, committed with the batch that wrote it. An
-- undo moves them to the trash through the components' own workflow, so each is journalled and
-- can be restored; the rows here stay as the record of what the import made.
CREATE TABLE import_entry (
  run_id BIGINT NOT NULL,
  entry_type VARCHAR(20) NOT NULL,
  entry_id BIGINT NOT NULL,
  CONSTRAINT import_entry_pk PRIMARY KEY (run_id, entry_type, entry_id),
  CONSTRAINT import_entry_run_fk FOREIGN KEY (run_id) REFERENCES import_run (id) ON DELETE CASCADE
);

-- An import that was undone says so.
ALTER TABLE import_run DROP CONSTRAINT import_run_status_known;
ALTER TABLE import_run ADD CONSTRAINT import_run_status_known
  CHECK (status IN ('MAPPING', 'QUEUED', 'RUNNING', 'DONE', 'FAILED', 'UNDONE'));
