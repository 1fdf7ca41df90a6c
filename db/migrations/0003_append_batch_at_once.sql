-- Appends of one batch go in together: one insert per table and one subtransaction for
-- the whole batch, instead of a subtransaction per append (each took its own transaction
-- id, and past 64 of them every snapshot in the database had to look them up). When any
-- append conflicts, nothing of that attempt stays, and the appends go again one by one
-- (0002's function, kept under the name br_append_one_by_one), so a conflict is still
-- reported for its own append alone.
ALTER FUNCTION br_append_batch(jsonb) RENAME TO br_append_one_by_one;
--> statement-breakpoint
CREATE FUNCTION br_append_batch(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
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
  RETURN br_append_one_by_one(batch);
END;
$$;
