-- Exchange rates that curators keep for the statistics page's converted totals: how many units of
-- to_currency one unit of currency was worth on valid_on, and where that figure comes from (a
-- source of the archive, or a citation with its address). Rates are a vocabulary, not entries:
-- their changes are journaled, but they have no drafts or trash. No foreign key to source: purging
-- a source must not fail because a rate cites it; the page then says the source is gone.
CREATE TABLE exchange_rate (
  id BIGINT PRIMARY KEY,
  currency VARCHAR(3) NOT NULL,
  to_currency VARCHAR(3) NOT NULL,
  rate NUMERIC(24, 10) NOT NULL,
  valid_on DATE NOT NULL,
  source_id BIGINT,
  citation VARCHAR(500),
  citation_url VARCHAR(1000),
  version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT exchange_rate_unique UNIQUE (currency, to_currency, valid_on),
  CONSTRAINT exchange_rate_cited CHECK (source_id IS NOT NULL OR citation IS NOT NULL)
);
CREATE INDEX exchange_rate_by_source ON exchange_rate (source_id);
