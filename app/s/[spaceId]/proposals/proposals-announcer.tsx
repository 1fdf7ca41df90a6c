"use client";

import { useEffect, useRef, useState } from "react";
import type { TProposalsState } from "../../../../core/negotiation/proposals";
import type { TPartnerKey } from "../../../../core/scheduler/proposal";
import { announcementsBetween, type TPeople } from "./proposal-words";

/**
 * One polite live region, present before anything changes, that says what arrived:
 * new proposals, a change to one, a choice.
 */
export function ProposalsAnnouncer({ proposals, people, myKey }: { proposals: TProposalsState; people: TPeople; myKey: TPartnerKey | null }) {
  const previous = useRef<TProposalsState | null>(null);
  const [message, setMessage] = useState("");
  useEffect(() => {
    const lines = announcementsBetween(previous.current, proposals, people, myKey);
    if (lines.length > 0) setMessage(lines.join(" "));
    previous.current = proposals;
  }, [proposals, people, myKey]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="proposals-announcer">
      {message}
    </p>
  );
}
