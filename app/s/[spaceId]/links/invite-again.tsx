"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { TAck } from "../../../../core/protocol/acks";
import type { TParticipantView } from "../../../../core/negotiation/view";
import { ProblemNotice } from "../../../components/problem-notice";

/** The new link, with its copy button and QR code, loads once there is one to show. */
const PersonalLink = dynamic(() => import("../../../components/personal-link").then((m) => m.PersonalLink));

type Send = <TResult = unknown>(type: string, payload: unknown) => Promise<TAck<TResult>>;
type Renewed = { participantId: string; link: string };

/**
 * Links are stored only as hashes, so a lost invitation cannot be shown again; a new
 * one can be made instead, and the old one stops working.
 */
export function InviteAgain({ person, send, isLost = false }: { person: TParticipantView; send: Send; isLost?: boolean }) {
  const [renewed, setRenewed] = useState<Renewed | null>(null);
  // Someone who has joined may still be using their link: replacing it signs them out, so ask first.
  const [isConfirming, setIsConfirming] = useState(false);
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
        note={`The earlier link no longer works. Give this one to ${person.name} yourself, privately.`}
        withQrCode={person.role !== "counsellor"}
      />
    );
  }
  if (isConfirming) {
    return (
      <div className="confirm-renew" role="group" aria-label={`A new link for ${person.name}`}>
        <p className="small">
          {person.name}’s current link will stop working on every device they use. Make a new one?
        </p>
        <div className="row">
          <button type="button" className="button small" onClick={renew} disabled={isBusy}>
            Yes, make a new link for {person.name}
          </button>
          <button type="button" className="button small quiet" onClick={() => setIsConfirming(false)}>
            Cancel
          </button>
        </div>
        <ProblemNotice problem={problem} />
      </div>
    );
  }
  return (
    <div className="row" style={{ marginTop: 14 }}>
      <p className="muted small" style={{ margin: 0, flex: 1 }}>
        Lost {person.name}’s link?
      </p>
      <button type="button" className="button small quiet" onClick={isLost ? () => setIsConfirming(true) : renew} disabled={isBusy}>
        Make a new link for {person.name}
      </button>
      <ProblemNotice problem={problem} />
    </div>
  );
}
