"use client";

import { useEffect, useRef, useState } from "react";
import type { TPhase } from "../../../core/negotiation/state";
import { phaseAnnouncement } from "./facilitation/viewer-words";

/**
 * One live region that exists before anything changes, so a screen reader hears the
 * reveal the moment it happens (a region inserted together with its text is often missed).
 */
export function PhaseAnnouncer({ phase, isCounsellor = false }: { phase: TPhase; isCounsellor?: boolean }) {
  const previous = useRef(phase);
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (previous.current !== phase) setMessage(phaseAnnouncement(phase, isCounsellor));
    previous.current = phase;
  }, [phase, isCounsellor]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}
