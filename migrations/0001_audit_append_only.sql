-- The audit log is append-only: the application never updates or deletes a row, and the
-- database refuses it too. Someone who disables this trigger still breaks the hash chain.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE UNIQUE INDEX audit_chain_seq_key ON audit_log (chain, seq);
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
