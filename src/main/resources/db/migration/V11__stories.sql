-- Stories: narrative pages curators write in Markdown, embedding summits, gifts and photos by reference.
CREATE TABLE story (
  id BIGINT PRIMARY KEY,
  slug VARCHAR(80) NOT NULL,
  title VARCHAR(300) NOT NULL,
  lede VARCHAR(1000),
  body VARCHAR(100000) NOT NULL,
  published BOOLEAN DEFAULT TRUE NOT NULL,
  version BIGINT DEFAULT 0 NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT story_slug_unique UNIQUE (slug)
);
CREATE INDEX story_updated ON story (updated_at);
