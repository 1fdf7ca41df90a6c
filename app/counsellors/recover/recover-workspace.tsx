"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { TWorkspaceKeysResponse } from "../../../core/protocol/create-workspace";
import { CopyableText } from "../../components/copyable-text";
import { postJson } from "../../components/post-json";
import { ProblemNotice } from "../../components/problem-notice";

export function RecoverWorkspace() {
  const [recovered, setRecovered] = useState<TWorkspaceKeysResponse | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  async function recover(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = await postJson<TWorkspaceKeysResponse>("/api/workspaces/recover", { recoveryCode: new FormData(event.currentTarget).get("recoveryCode") });
    if (sent.ok) return setRecovered(sent.answer);
    setProblem(sent.message ?? Object.values(sent.fields)[0] ?? null);
  }
  if (recovered) {
    return (
      <section className="card" aria-labelledby="recovered-heading">
        <h2 id="recovered-heading">You’re back in</h2>
        <p className="muted">This device is signed in. Your new recovery code replaces the one you used; keep it somewhere safe.</p>
        <CopyableText label="Your new recovery code" text={recovered.recoveryCode ?? ""} />
        <Link className="button wide" href="/workspace" style={{ marginTop: 16 }}>
          Open my workspace
        </Link>
      </section>
    );
  }
  return (
    <form className="card" onSubmit={recover} aria-labelledby="recover-heading">
      <h2 id="recover-heading">Your recovery code</h2>
      <div className="field">
        <label htmlFor="recovery-code">The code you kept when you created your workspace</label>
        <input id="recovery-code" name="recoveryCode" type="text" autoComplete="off" spellCheck={false} aria-invalid={problem ? true : undefined} />
      </div>
      <ProblemNotice problem={problem} />
      <button className="button wide" type="submit">
        Make me a new link
      </button>
    </form>
  );
}
