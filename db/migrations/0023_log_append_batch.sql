-- Several entries in one round trip, in the order given ([entry, type, subject kind, subject id] per
-- element), so a change that logs many entries holds the head row's lock for one call, not one per
-- entry. Each element goes through log_append (the same leaf, nodes and frontier); the head row lock
-- is taken by the first and kept until commit.
CREATE OR REPLACE FUNCTION log_append_batch(p_batch jsonb)
RETURNS TABLE (appended_index bigint, appended_leaf_hash bytea) AS $$
DECLARE
  v_item jsonb;
BEGIN
  FOR v_item IN SELECT e.value FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS e(value, n) ORDER BY e.n LOOP
    RETURN QUERY SELECT a.appended_index, a.appended_leaf_hash
      FROM log_append(v_item->>0, v_item->>1, v_item->>2, v_item->>3) a;
  END LOOP;
END;
$$ LANGUAGE plpgsql;
