-- Where a summit took place on the globe: decimal degrees (WGS 84), north and east positive, six
-- decimals (about 10 cm), both or neither. The public map, each summit's locator map, /map.geojson
-- and JSON-LD's location.geo read them.
ALTER TABLE summit ADD COLUMN latitude NUMERIC(8, 6);
ALTER TABLE summit ADD COLUMN longitude NUMERIC(9, 6);
ALTER TABLE summit ADD CONSTRAINT summit_latitude_range CHECK (latitude BETWEEN -90 AND 90);
ALTER TABLE summit ADD CONSTRAINT summit_longitude_range CHECK (longitude BETWEEN -180 AND 180);
ALTER TABLE summit ADD CONSTRAINT summit_place_whole
  CHECK ((latitude IS NULL AND longitude IS NULL) OR (latitude IS NOT NULL AND longitude IS NOT NULL));
