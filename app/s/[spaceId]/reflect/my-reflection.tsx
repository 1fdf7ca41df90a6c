"use client";

import { useState, type FormEvent } from "react";
import type { TReflectionOfferState } from "../../../../core/negotiation/reflections";
import type { TSend } from "../use-space-connection";
import { Field } from "../statement/field";
import { Reflected } from "./reflection-record";
import { ProblemNotice } from "../../../components/problem-notice";

/** My restating of my partner: write it, wait for their answer, try again if asked. */
export function MyReflection({ offer, partnerName, send }: { offer: TReflectionOfferState | null; partnerName: string; send: TSend }) {
  const [need, setNeed] = useState(offer?.need ?? "");
  const [fear, setFear] = useState(offer?.fear ?? "");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const canWrite = !offer || offer.status === "not-quite";

  async function share(event: FormEvent) {
    event.preventDefault();
    if (!need.trim()) {
      setProblems({ need: `Say in your own words what ${partnerName} needs most.` });
      return;
    }
    setIsSending(true);
    setProblems({});
    setProblem(null);
    const ack = await send("reflection:offer", { need, fear });
    setIsSending(false);
    if (!ack.ok) {
      setProblems(ack.error.fields ?? {});
      setProblem(ack.error.fields ? null : ack.error.message);
    }
  }

  return (
    <article className="card reflection mine" aria-labelledby="my-reflection-heading" data-testid="my-reflection">
      <h3 id="my-reflection-heading">Your reflection of {partnerName}</h3>
      <div aria-live="polite">
        {offer?.status === "pending" && (
          <>
            <Reflected need={offer.need} fear={offer.fear} />
            <p className="reflection-status pending">Shared. Waiting for {partnerName} to read it.</p>
          </>
        )}
        {offer?.status === "confirmed" && (
          <>
            <Reflected need={offer.need} fear={offer.fear} />
            <p className="reflection-status confirmed">{partnerName} says: that’s it.</p>
          </>
        )}
        {offer?.status === "not-quite" && (
          <div className="clarification-box">
            <p className="reflection-status not-quite">{partnerName} says: not quite.</p>
            {offer.clarification && <p className="clarification">“{offer.clarification}”</p>}
            <p className="muted small">Take what they said into account and try again.</p>
          </div>
        )}
      </div>
      {canWrite && (
        <form onSubmit={share} noValidate>
          <Field id="reflect-need" label={`What ${partnerName} needs most, in your words`} hint="“You need…”" problem={problems.need}>
            {(a11y) => <textarea {...a11y} rows={3} maxLength={500} value={need} onChange={(e) => setNeed(e.target.value)} />}
          </Field>
          <Field id="reflect-fear" label={`What ${partnerName} fears most, in your words`} hint="“You worry that…”" problem={problems.fear}>
            {(a11y) => <textarea {...a11y} rows={3} maxLength={500} value={fear} onChange={(e) => setFear(e.target.value)} />}
          </Field>
          <ProblemNotice problem={problem} />
          <button type="submit" className="button" disabled={isSending}>
            {offer ? "Try again" : `Share with ${partnerName}`}
          </button>
        </form>
      )}
    </article>
  );
}
