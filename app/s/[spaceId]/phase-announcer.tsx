"use client";

import { useEffect, useRef, useState } from "react";
import type { TPhase } from "../../../core/negotiation/state";

const WORDS: Record<TPhase, string> = {
  writing: "",
  reflecting: "You both finished. The reflecting step comes first, with both statements right under it.",
  proposing: "Reflecting is complete. Next come proposals.",
  agreed: "You both accepted the same plan. It is now your agreement.",
};

/**
 * One live region that exists before anything changes, so a screen reader hears the
 * reveal the moment it happens (a region inserted together with its text is often missed).
 */
export function PhaseAnnouncer({ phase }: { phase: TPhase }) {
  const previous = useRef(phase);
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (previous.current !== phase) setMessage(WORDS[phase]);
    previous.current = phase;
  }, [phase]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}
