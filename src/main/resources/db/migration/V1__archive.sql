-- The archive's first schema: countries, people, summits, gifts, sources, photos.
-- Written in the SQL that H2 2.x and PostgreSQL 15 both accept.
-- Dates keep their EDTF text and the earliest/latest day it can mean, for sorting and filtering.

CREATE SEQUENCE summitry_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE country (
  id BIGINT PRIMARY KEY,
  code CHAR(2) NOT NULL,
  name VARCHAR(200) NOT NULL,
  published BOOLEAN DEFAULT TRUE NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT country_code_unique UNIQUE (code)
);

CREATE TABLE person (
  id BIGINT PRIMARY KEY,
  slug VARCHAR(80) NOT NULL,
  name VARCHAR(300) NOT NULL,
  native_name VARCHAR(300),
  title VARCHAR(500),
  country_id BIGINT REFERENCES country (id),
  biography VARCHAR(20000),
  published BOOLEAN DEFAULT TRUE NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT person_slug_unique UNIQUE (slug)
);
CREATE INDEX person_country ON person (country_id);

CREATE TABLE person_alias (
  person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  alias VARCHAR(300) NOT NULL,
  PRIMARY KEY (person_id, position)
);

CREATE TABLE summit (
  id BIGINT PRIMARY KEY,
  slug VARCHAR(80) NOT NULL,
  title VARCHAR(300) NOT NULL,
  date_edtf VARCHAR(100),
  date_earliest DATE,
  date_latest DATE,
  city VARCHAR(200),
  venue VARCHAR(300),
  country_id BIGINT REFERENCES country (id),
  summary VARCHAR(20000),
  published BOOLEAN DEFAULT TRUE NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT summit_slug_unique UNIQUE (slug)
);
CREATE INDEX summit_date ON summit (date_earliest);
CREATE INDEX summit_country ON summit (country_id);

CREATE TABLE summit_participant (
  summit_id BIGINT NOT NULL REFERENCES summit (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  person_id BIGINT NOT NULL REFERENCES person (id),
  role VARCHAR(300),
  PRIMARY KEY (summit_id, position)
);
CREATE INDEX summit_participant_person ON summit_participant (person_id);

CREATE TABLE gift_category (
  id BIGINT PRIMARY KEY,
  slug VARCHAR(80) NOT NULL,
  name VARCHAR(200) NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT gift_category_slug_unique UNIQUE (slug)
);

CREATE TABLE gift (
  id BIGINT PRIMARY KEY,
  slug VARCHAR(80) NOT NULL,
  title VARCHAR(300) NOT NULL,
  description VARCHAR(20000),
  category_id BIGINT REFERENCES gift_category (id),
  quantity INTEGER DEFAULT 1 NOT NULL,
  giver_person_id BIGINT REFERENCES person (id),
  giver_country_id BIGINT REFERENCES country (id),
  recipient_person_id BIGINT REFERENCES person (id),
  recipient_country_id BIGINT REFERENCES country (id),
  summit_id BIGINT REFERENCES summit (id),
  occasion VARCHAR(500),
  date_edtf VARCHAR(100),
  date_earliest DATE,
  date_latest DATE,
  value_amount NUMERIC(19, 2),
  value_currency CHAR(3),
  value_note VARCHAR(300),
  whereabouts VARCHAR(1000),
  published BOOLEAN DEFAULT TRUE NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT gift_slug_unique UNIQUE (slug),
  CONSTRAINT gift_quantity_positive CHECK (quantity > 0)
);
CREATE INDEX gift_summit ON gift (summit_id);
CREATE INDEX gift_category_idx ON gift (category_id);
CREATE INDEX gift_giver_person ON gift (giver_person_id);
CREATE INDEX gift_giver_country ON gift (giver_country_id);
CREATE INDEX gift_recipient_person ON gift (recipient_person_id);
CREATE INDEX gift_recipient_country ON gift (recipient_country_id);
CREATE INDEX gift_date ON gift (date_earliest);

CREATE TABLE source (
  id BIGINT PRIMARY KEY,
  publisher VARCHAR(300),
  title VARCHAR(500) NOT NULL,
  url VARCHAR(2000),
  date_edtf VARCHAR(100),
  date_earliest DATE,
  date_latest DATE,
  published BOOLEAN DEFAULT TRUE NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A source cited by an entry of another component (summit, gift, photo), referenced by type and id.
CREATE TABLE citation (
  id BIGINT PRIMARY KEY,
  source_id BIGINT NOT NULL REFERENCES source (id),
  entry_type VARCHAR(20) NOT NULL,
  entry_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  note VARCHAR(1000),
  CONSTRAINT citation_unique UNIQUE (entry_type, entry_id, source_id)
);
CREATE INDEX citation_entry ON citation (entry_type, entry_id);

CREATE TABLE photo (
  id BIGINT PRIMARY KEY,
  sha256 CHAR(64) NOT NULL,
  media_type VARCHAR(50) NOT NULL,
  byte_size BIGINT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  caption VARCHAR(5000),
  headline VARCHAR(500),
  credit_line VARCHAR(500),
  creator VARCHAR(300),
  agency VARCHAR(300),
  date_edtf VARCHAR(100),
  date_earliest DATE,
  date_latest DATE,
  sublocation VARCHAR(300),
  city VARCHAR(200),
  country_name VARCHAR(200),
  copyright_notice VARCHAR(1000),
  licence_url VARCHAR(2000),
  alt_text VARCHAR(1000),
  placeholder BOOLEAN DEFAULT FALSE NOT NULL,
  published BOOLEAN DEFAULT TRUE NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT photo_sha256_unique UNIQUE (sha256),
  CONSTRAINT photo_size_positive CHECK (width > 0 AND height > 0)
);

-- The curator-ordered gallery of a summit or a gift; a photo may appear in both.
CREATE TABLE gallery_item (
  id BIGINT PRIMARY KEY,
  photo_id BIGINT NOT NULL REFERENCES photo (id) ON DELETE CASCADE,
  entry_type VARCHAR(20) NOT NULL,
  entry_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  CONSTRAINT gallery_item_unique UNIQUE (entry_type, entry_id, photo_id)
);
CREATE INDEX gallery_item_entry ON gallery_item (entry_type, entry_id, position);
