-- Appends of one batch go in together: one insert per table and one subtransaction for
-- the whole batch, instead of a subtransaction per append (each took its own transaction
-- id, and past 64 of them every snapshot in the database had to look them up). When any
-- append conflicts, nothing of that attempt stays, and the appends go again one by one as
-- before, so a conflict is still reported for its own append alone.
CREATE OR REPLACE FUNCTION br_append_batch(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  item jsonb;
  outcomes jsonb := '[]'::jsonb;
BEGIN
  BEGIN
    INSERT INTO events (space_id, seq, type, data, actor, command_id, at)
    SELECT e.space_id, e.seq, e.type, e.data, e.actor, e.command_id, e.at
    FROM jsonb_array_elements(batch) WITH ORDINALITY AS b(item, n),
      jsonb_to_recordset(b.item->'rows')
        AS e(space_id uuid, seq integer, type text, data jsonb, actor text, command_id text, at timestamptz)
    ORDER BY b.n, e.seq;
    INSERT INTO processed_commands (space_id, command_id, seq)
    SELECT (b.item->>'space_id')::uuid, b.item->>'command_id', (b.item->>'last_seq')::integer
    FROM jsonb_array_elements(batch) WITH ORDINALITY AS b(item, n)
    ORDER BY b.n;
    RETURN (SELECT coalesce(jsonb_agg(true), '[]'::jsonb) FROM jsonb_array_elements(batch));
  EXCEPTION WHEN unique_violation THEN
    NULL;
  END;
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
