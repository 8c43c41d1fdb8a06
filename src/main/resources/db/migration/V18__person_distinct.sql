-- Two people a curator has said are not the same person, so that the list of likely duplicates no
-- longer proposes them. The lower id first; the pair goes when either person is deleted for good.
CREATE TABLE person_distinct (
  first_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  second_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  decided_by VARCHAR(100) NOT NULL,
  decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (first_id, second_id),
  CHECK (first_id < second_id)
);
CREATE INDEX person_distinct_second ON person_distinct (second_id);
