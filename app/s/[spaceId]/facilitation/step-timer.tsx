"use client";

import type { TSpaceView } from "../../../../core/negotiation/view";
import { useServerNow } from "../pause/use-server-now";
import { minutesLeft, STEP_NAMES } from "./facilitation-words";

/** The step timer everyone sees. It guides; when it runs out nothing is submitted or closed (FAC2). */
export function StepTimer({ view }: { view: TSpaceView }) {
  const timer = view.facilitation.timer;
  const { now } = useServerNow(view.sentAt, timer ? 15_000 : null);
  if (!timer) return null;
  const left = minutesLeft(timer.endsAt, now);
  return (
    <p className="step-timer" role="timer" aria-live="off" data-testid="step-timer">
      <span className="step-timer-step">{STEP_NAMES[timer.step]}</span>
      <span className="step-timer-time">{left > 0 ? `${left} min left` : "Time’s up — take the time you need"}</span>
    </p>
  );
}
