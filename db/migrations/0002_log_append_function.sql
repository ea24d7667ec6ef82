-- One round trip per append: the sequencer lock, the leaf, the completed subtree nodes and the new
-- frontier are all written here, so the head row is held only for this call and the commit.
-- Mirrors lib/log/frontier.ts (appendToFrontier); the tests compare both against full recomputation.
CREATE OR REPLACE FUNCTION log_append(p_entry text, p_type text, p_subject_kind text, p_subject_id text)
RETURNS TABLE (appended_index bigint, appended_leaf_hash bytea) AS $$
DECLARE
  v_size bigint;
  v_frontier text[];
  v_leaf bytea;
  v_node bytea;
  v_level int := 0;
  v_rest bigint;
  v_last int;
BEGIN
  SELECT h.size, h.frontier INTO v_size, v_frontier FROM log_head h WHERE h.id = 1 FOR UPDATE;
  v_leaf := sha256('\x00'::bytea || convert_to(p_entry, 'UTF8'));
  INSERT INTO log_entries (idx, leaf_hash, entry, type, subject_kind, subject_id)
    VALUES (v_size, v_leaf, p_entry, p_type, p_subject_kind, p_subject_id);
  INSERT INTO log_nodes (level, idx, hash) VALUES (0, v_size, v_leaf);
  v_node := v_leaf;
  v_rest := v_size;
  WHILE v_rest % 2 = 1 LOOP
    v_last := cardinality(v_frontier);
    v_node := sha256('\x01'::bytea || decode(v_frontier[v_last], 'hex') || v_node);
    v_frontier := v_frontier[1:v_last - 1];
    v_level := v_level + 1;
    INSERT INTO log_nodes (level, idx, hash) VALUES (v_level, v_size >> v_level, v_node);
    v_rest := v_rest >> 1;
  END LOOP;
  v_frontier := v_frontier || encode(v_node, 'hex');
  UPDATE log_head SET size = v_size + 1, frontier = v_frontier WHERE id = 1;
  appended_index := v_size;
  appended_leaf_hash := v_leaf;
  RETURN NEXT;
END;
$$ LANGUAGE plpgsql;
