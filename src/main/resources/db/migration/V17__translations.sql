-- An entry's title and text (a summit's summary, a gift's description) in another language of the
-- interface, written by a curator. Pages in that language show them, falling back to the entry's
-- own text; search finds the entry by them. One row per entry and language.
CREATE TABLE translation (
  id BIGINT PRIMARY KEY,
  entry_type VARCHAR(20) NOT NULL,
  entry_id BIGINT NOT NULL,
  lang VARCHAR(8) NOT NULL,
  title VARCHAR(300),
  body VARCHAR(20000),
  CONSTRAINT translation_lang CHECK (lang IN ('ko', 'ru')),
  CONSTRAINT translation_one_per_language UNIQUE (entry_type, entry_id, lang)
);
