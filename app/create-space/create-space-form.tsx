"use client";

import { useState, type FormEvent } from "react";
import type { TCreateSpaceResponse } from "../../core/protocol/create-space";
import { ProblemNotice } from "../components/problem-notice";

type Problems = Record<string, string>;

export function CreateSpaceForm({ onCreated }: { onCreated: (created: TCreateSpaceResponse) => void }) {
  const [problems, setProblems] = useState<Problems>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsSending(true);
    setFormProblem(null);
    try {
      const response = await fetch("/api/spaces", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          partnerA: form.get("partnerA"),
          partnerB: form.get("partnerB"),
          counsellor: form.get("counsellor") || undefined,
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        }),
      });
      const body = await response.json();
      if (response.ok) return onCreated(body as TCreateSpaceResponse);
      setProblems(body?.error?.fields ?? {});
      setFormProblem(body?.error?.fields ? null : (body?.error?.message ?? "That didn’t work. Please try again."));
    } catch {
      setFormProblem("We couldn’t reach Breathing Room. Please check your connection and try again.");
    } finally {
      setIsSending(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="create-heading">
      <h2 id="create-heading">Create a space for the two of you</h2>
      <NameField name="partnerA" label="Your first name" problem={problems.partnerA} autoComplete="given-name" />
      <NameField name="partnerB" label="Your partner’s first name" problem={problems.partnerB} />
      <NameField
        name="counsellor"
        label="Counsellor’s name (optional)"
        hint="If a counsellor guides your conversation, they get a link of their own. They see how you’re doing, never what you write before it’s shared."
        problem={problems.counsellor}
      />
      {problems.timeZone && <p className="problem">{problems.timeZone}</p>}
      <ProblemNotice problem={formProblem} />
      <button className="button wide" type="submit" disabled={isSending}>
        {isSending ? "Creating…" : "Create our space"}
      </button>
    </form>
  );
}

function NameField(props: { name: string; label: string; hint?: string; problem?: string; autoComplete?: string }) {
  const id = `field-${props.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <span className="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
      <input
        id={id}
        name={props.name}
        type="text"
        maxLength={40}
        autoComplete={props.autoComplete ?? "off"}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={[props.hint && `${id}-hint`, props.problem && `${id}-problem`].filter(Boolean).join(" ") || undefined}
      />
      {props.problem && (
        <span className="problem" id={`${id}-problem`}>
          {props.problem}
        </span>
      )}
    </div>
  );
}
