-- Identifiers from authority files, so that an entry names the same thing as the rest of the web:
-- a Wikidata item ("Q7747") for persons, countries and summits, and the GeoNames feature of the
-- city a summit met in. Both optional; the archive is complete without them.
ALTER TABLE person ADD COLUMN wikidata_id VARCHAR(20);
ALTER TABLE country ADD COLUMN wikidata_id VARCHAR(20);
ALTER TABLE summit ADD COLUMN wikidata_id VARCHAR(20);
ALTER TABLE summit ADD COLUMN geonames_id BIGINT;
