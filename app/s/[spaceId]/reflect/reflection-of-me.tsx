"use client";

import { useState, type FormEvent } from "react";
import type { TReflectionOfferState } from "../../../../core/negotiation/reflections";
import type { TSend } from "../use-space-connection";
import { Field } from "../statement/field";
import { Reflected } from "./reflection-record";

/** My partner's restating of me: I say "that's it", or "not quite" and what they missed. */
export function ReflectionOfMe({ offer, partnerName, send }: { offer: TReflectionOfferState | null; partnerName: string; send: TSend }) {
  const [isClarifying, setIsClarifying] = useState(false);
  const [clarification, setClarification] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);

  async function answer(verdict: "confirmed" | "not-quite") {
    if (!offer) return;
    setIsSending(true);
    setProblem(null);
    const ack = await send("reflection:answer", verdict === "confirmed" ? { attempt: offer.attempt, verdict } : { attempt: offer.attempt, verdict, clarification });
    setIsSending(false);
    if (!ack.ok) setProblem(ack.error.fields?.clarification ?? ack.error.message);
    else {
      setIsClarifying(false);
      setClarification("");
    }
  }

  function sendClarification(event: FormEvent) {
    event.preventDefault();
    if (!clarification.trim()) {
      setProblem(`Please say what ${partnerName} missed, so they can try again.`);
      return;
    }
    void answer("not-quite");
  }

  return (
    <article className="card reflection theirs" aria-labelledby="their-reflection-heading" data-testid="reflection-of-me">
      <h3 id="their-reflection-heading">{partnerName}’s reflection of you</h3>
      <div aria-live="polite">
        {!offer && <p className="muted">{partnerName} is putting your need and fear into their own words…</p>}
        {offer && <Reflected need={offer.need} fear={offer.fear} />}
        {offer?.status === "confirmed" && <p className="reflection-status confirmed">You said: that’s it.</p>}
        {offer?.status === "not-quite" && (
          <p className="reflection-status not-quite">
            You asked {partnerName} to try again{offer.clarification ? `: “${offer.clarification}”` : "."}
          </p>
        )}
      </div>
      {offer?.status === "pending" && !isClarifying && (
        <div className="row">
          <button type="button" className="button" onClick={() => void answer("confirmed")} disabled={isSending}>
            That’s it
          </button>
          <button type="button" className="button quiet" onClick={() => setIsClarifying(true)} disabled={isSending}>
            Not quite
          </button>
        </div>
      )}
      {offer?.status === "pending" && isClarifying && (
        <form onSubmit={sendClarification} noValidate>
          <Field id="reflect-clarification" label={`What did ${partnerName} miss?`} hint="Gently, in a sentence or two." problem={problem ?? undefined}>
            {(a11y) => (
              <textarea {...a11y} rows={3} maxLength={500} autoFocus value={clarification} onChange={(e) => setClarification(e.target.value)} />
            )}
          </Field>
          <div className="row">
            <button type="submit" className="button" disabled={isSending}>
              Send to {partnerName}
            </button>
            <button type="button" className="button quiet" onClick={() => setIsClarifying(false)}>
              Back
            </button>
          </div>
        </form>
      )}
      {problem && !isClarifying && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
    </article>
  );
}
