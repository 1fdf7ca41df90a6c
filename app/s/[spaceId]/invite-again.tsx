"use client";

import { useState } from "react";
import type { TAck } from "../../../core/protocol/acks";
import type { TParticipantView } from "../../../core/negotiation/view";
import { PersonalLink } from "../../components/personal-link";
import { ProblemNotice } from "../../components/problem-notice";

type Send = <TResult = unknown>(type: string, payload: unknown) => Promise<TAck<TResult>>;
type Renewed = { participantId: string; link: string };

/**
 * Links are stored only as hashes, so a lost invitation cannot be shown again; a new
 * one can be made instead, and the old one stops working.
 */
export function InviteAgain({ person, send }: { person: TParticipantView; send: Send }) {
  const [renewed, setRenewed] = useState<Renewed | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function renew() {
    setIsBusy(true);
    const ack = await send<Renewed>("link:renew", { participantId: person.id });
    setIsBusy(false);
    if (ack.ok && ack.result) setRenewed(ack.result);
    else setProblem(ack.ok ? "Please try again." : ack.error.message);
  }

  if (renewed) {
    return (
      <PersonalLink
        person={{ participantId: person.id, name: person.name, link: renewed.link }}
        heading={`New link for ${person.name}`}
        note="The earlier link no longer works."
        withQrCode={person.role !== "counsellor"}
      />
    );
  }
  return (
    <div className="row" style={{ marginTop: 14 }}>
      <p className="muted small" style={{ margin: 0, flex: 1 }}>
        Lost {person.name}’s link?
      </p>
      <button type="button" className="button small quiet" onClick={renew} disabled={isBusy}>
        Make a new link for {person.name}
      </button>
      <ProblemNotice problem={problem} />
    </div>
  );
}
