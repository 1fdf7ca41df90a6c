"use client";

import { useEffect, useState } from "react";

const IN_MS = 4_000;
const OUT_MS = 6_000;

/**
 * Slow breathing (in for 4, out for 6) calms a racing body. Started only on request; the
 * circle grows and shrinks, and with reduced motion it stays still while the words change.
 * The words are hidden from screen readers, which would otherwise hear them every few seconds.
 */
export function BreathingPacer() {
  const [isOn, setIsOn] = useState(false);
  const [phase, setPhase] = useState<"in" | "out">("in");

  useEffect(() => {
    if (!isOn) return;
    setPhase("in");
    let current: "in" | "out" = "in";
    let timer: ReturnType<typeof setTimeout>;
    const next = () => {
      current = current === "in" ? "out" : "in";
      setPhase(current);
      timer = setTimeout(next, current === "in" ? IN_MS : OUT_MS);
    };
    timer = setTimeout(next, IN_MS);
    return () => clearTimeout(timer);
  }, [isOn]);

  return (
    <div className="breathing-pacer">
      {isOn && (
        <div className="pacer-stage" aria-hidden="true">
          <span className={`pacer-circle ${phase}`} />
          <span className="pacer-words">{phase === "in" ? "Breathe in…" : "…and out"}</span>
        </div>
      )}
      <button type="button" className="button small quiet" aria-pressed={isOn} onClick={() => setIsOn((on) => !on)}>
        {isOn ? "Stop the breathing guide" : "Breathe with a guide"}
      </button>
    </div>
  );
}
