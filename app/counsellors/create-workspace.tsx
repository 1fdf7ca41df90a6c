"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { TCreateWorkspaceResponse } from "../../core/protocol/create-workspace";
import { CopyableText } from "../components/copyable-text";
import { postJson } from "../components/post-json";
import { ProblemNotice } from "../components/problem-notice";

/** Creates the counsellor's workspace; this device is signed in at once, and the link opens it on others. */
export function CreateWorkspace() {
  const [created, setCreated] = useState<TCreateWorkspaceResponse | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldProblem, setFieldProblem] = useState<string | null>(null);
  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = await postJson<TCreateWorkspaceResponse>("/api/workspaces", { counsellorName: new FormData(event.currentTarget).get("counsellorName") });
    if (sent.ok) return setCreated(sent.answer);
    setFieldProblem(sent.fields.counsellorName ?? null);
    setProblem(sent.message);
  }
  if (created) {
    return (
      <section className="card" aria-labelledby="workspace-ready">
        <h2 id="workspace-ready">Your workspace is ready</h2>
        <p className="muted">This device is signed in. Keep this link to open your workspace on another device; it is yours alone.</p>
        <CopyableText label="Your workspace link" text={created.link} />
        <h3 style={{ marginTop: 20 }}>Your recovery code</h3>
        <p className="muted small">
          If you ever lose every device and your link, this code makes you a new link. Keep it somewhere safe, apart from your
          devices; it is shown only now.
        </p>
        <CopyableText label="Your recovery code" text={created.recoveryCode} />
        <Link className="button wide" href="/workspace" style={{ marginTop: 16 }}>
          Open my workspace
        </Link>
      </section>
    );
  }
  return (
    <form className="card" onSubmit={create} noValidate aria-labelledby="create-workspace-heading">
      <h2 id="create-workspace-heading">Create your workspace</h2>
      <div className="field">
        <label htmlFor="counsellor-name">Your name, as couples will see it</label>
        <input id="counsellor-name" name="counsellorName" type="text" maxLength={40} autoComplete="name" aria-invalid={fieldProblem ? true : undefined} />
        {fieldProblem && <span className="problem">{fieldProblem}</span>}
      </div>
      <ProblemNotice problem={problem} />
      <button className="button wide" type="submit">
        Create my workspace
      </button>
    </form>
  );
}
