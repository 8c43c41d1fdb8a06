-- CSV imports of gift registers. A mapping preset says which column fills which field of a gift
-- (one "field=column" or "field.otherwise=value" a line); the built-in presets live in the code.
CREATE TABLE import_preset (
  id BIGINT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  mapping VARCHAR(20000) NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT import_preset_name_unique UNIQUE (name)
);

-- One uploaded file and its import: the file itself (so that any instance can run or resume it),
-- the mapping chosen, and the progress of the background task. Rows are imported in batches that
-- commit whole; next_row counts the data rows of committed batches, where a resumed import
-- starts again. The report lists skipped rows and, after a failure, what failed.
CREATE TABLE import_run (
  id BIGINT PRIMARY KEY,
  file_name VARCHAR(300) NOT NULL,
  content TEXT NOT NULL,
  row_count INTEGER NOT NULL,
  mapping VARCHAR(20000),
  preset_name VARCHAR(100),
  publish BOOLEAN DEFAULT FALSE NOT NULL,
  status VARCHAR(20) NOT NULL,
  next_row INTEGER DEFAULT 0 NOT NULL,
  gifts_created INTEGER DEFAULT 0 NOT NULL,
  people_created INTEGER DEFAULT 0 NOT NULL,
  countries_created INTEGER DEFAULT 0 NOT NULL,
  sources_created INTEGER DEFAULT 0 NOT NULL,
  rows_skipped INTEGER DEFAULT 0 NOT NULL,
  report TEXT,
  failure VARCHAR(2000),
  actor VARCHAR(100) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  started_at TIMESTAMP WITH TIME ZONE,
  finished_at TIMESTAMP WITH TIME ZONE,
  heartbeat_at TIMESTAMP WITH TIME ZONE,
  run_millis BIGINT DEFAULT 0 NOT NULL,
  cpu_millis BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT import_run_status_known
    CHECK (status IN ('MAPPING', 'QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX import_run_created ON import_run (created_at);
CREATE SEQUENCE import_seq START WITH 1 INCREMENT BY 1;
