-- Trigram index on person names: near-duplicate warnings (similarity > 0.6 with the same birth date) and
-- name search (ILIKE '%…%') on a million people. pg_trgm is created in 0001 and ships with PGlite too.
CREATE INDEX IF NOT EXISTS persons_name_trgm_idx ON persons USING gin (name gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS faskes_name_trgm_idx ON faskes USING gin (name gin_trgm_ops);
