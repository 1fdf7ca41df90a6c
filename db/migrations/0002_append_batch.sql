-- Appends many commands' events in one round trip and one commit. Each item is its own
-- subtransaction: it lands whole or not at all, and a unique violation (another writer
-- took the seq, or the command id was applied already) is reported for that item alone.
CREATE OR REPLACE FUNCTION br_append_batch(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  item jsonb;
  outcomes jsonb := '[]'::jsonb;
BEGIN
  FOR item IN SELECT value FROM jsonb_array_elements(batch) LOOP
    BEGIN
      INSERT INTO events (space_id, seq, type, data, actor, command_id, at)
      SELECT space_id, seq, type, data, actor, command_id, at
      FROM jsonb_to_recordset(item->'rows')
        AS e(space_id uuid, seq integer, type text, data jsonb, actor text, command_id text, at timestamptz);
      INSERT INTO processed_commands (space_id, command_id, seq)
      VALUES ((item->>'space_id')::uuid, item->>'command_id', (item->>'last_seq')::integer);
      outcomes := outcomes || 'true'::jsonb;
    EXCEPTION WHEN unique_violation THEN
      outcomes := outcomes || 'false'::jsonb;
    END;
  END LOOP;
  RETURN outcomes;
END;
$$;
