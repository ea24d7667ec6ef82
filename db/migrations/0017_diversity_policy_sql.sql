-- Inventory snapshots back the diversity trend and are checked against the log's hashes: like the
-- log itself, they are never changed or removed once written.
CREATE TRIGGER inventory_snapshots_append_only BEFORE UPDATE OR DELETE ON inventory_snapshots
  FOR EACH ROW EXECUTE FUNCTION log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER inventory_snapshots_no_truncate BEFORE TRUNCATE ON inventory_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION log_refuse_change();
--> statement-breakpoint
ALTER TABLE concentration_thresholds ADD CONSTRAINT concentration_thresholds_range
  CHECK (share_basis_points BETWEEN 1 AND 10000 AND hhi BETWEEN 1 AND 10000);
