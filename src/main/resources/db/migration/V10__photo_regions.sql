-- Who or what a photo shows, and where: a rectangle of the picture as pages show it (upright), in
-- pixels of the photo's recorded width and height, tagged with exactly one person or one gift. The
-- label is an optional word of the curator's ("in the red tie"); names come from the person or gift.
CREATE TABLE photo_region (
  id BIGINT PRIMARY KEY,
  photo_id BIGINT NOT NULL REFERENCES photo (id) ON DELETE CASCADE,
  x INTEGER NOT NULL,
  y INTEGER NOT NULL,
  w INTEGER NOT NULL,
  h INTEGER NOT NULL,
  person_id BIGINT REFERENCES person (id) ON DELETE CASCADE,
  gift_id BIGINT REFERENCES gift (id) ON DELETE CASCADE,
  label VARCHAR(200),
  CONSTRAINT photo_region_inside CHECK (x >= 0 AND y >= 0 AND w > 0 AND h > 0),
  CONSTRAINT photo_region_one_subject CHECK (
    (person_id IS NOT NULL AND gift_id IS NULL) OR (person_id IS NULL AND gift_id IS NOT NULL))
);
CREATE INDEX photo_region_photo ON photo_region (photo_id);
CREATE INDEX photo_region_person ON photo_region (person_id);
CREATE INDEX photo_region_gift ON photo_region (gift_id);
