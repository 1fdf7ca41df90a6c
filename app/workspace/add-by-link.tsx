"use client";

import { useState, type FormEvent } from "react";
import type { TSend } from "../s/[spaceId]/use-space-connection";

/** A couple who invited you (both agreed) hands over your counsellor link; paste it to add them. */
export function AddByLink({ send, onAdded }: { send: TSend; onAdded: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const link = new FormData(event.currentTarget).get("link");
    const ack = await send("space:add-by-link", { link });
    if (ack.ok) onAdded();
    else setProblem(ack.error.message);
  }
  return (
    <form className="card" onSubmit={add} aria-labelledby="add-link-heading">
      <h2 id="add-link-heading">Add a couple who invited you</h2>
      <div className="field">
        <label htmlFor="counsellor-link">The counsellor link they gave you</label>
        <input id="counsellor-link" name="link" type="url" autoComplete="off" aria-invalid={problem ? true : undefined} />
        {problem && <span className="problem" role="alert">{problem}</span>}
      </div>
      <button className="button" type="submit">
        Add to my workspace
      </button>
    </form>
  );
}
