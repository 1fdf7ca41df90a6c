"use client";

import { useEffect, useState } from "react";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { describeDate } from "../agreement/agreement-words";
import { CheckInAnswers } from "./check-in-answers";
import { decisionWords } from "./check-in-words";
import "./check-in.css";

/** Every check-in that is over, with its date, what was decided and both answers, folded (CHK8). */
export function CheckInHistory({ view }: { view: TSpaceView }) {
  const [zone, setZone] = useState(view.timeZone);
  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const past = view.checkIn.history.filter((c) => c.decidedAt !== null);
  if (past.length === 0) return null;
  return (
    <section className="card" aria-labelledby="check-in-history-heading" data-testid="check-in-history">
      <h3 id="check-in-history-heading">{view.me.role === "counsellor" ? "Their check-ins" : "Your check-ins"}</h3>
      {past.map((checkIn) => (
        <details key={checkIn.number} className="check-in-past">
          <summary>
            Check-in {checkIn.number} · {describeDate(checkIn.revealed?.at ?? checkIn.openedAt, zone)} · version {checkIn.agreementVersion}
            {checkIn.decision ? ` · ${decisionWords(checkIn.decision)}` : ""}
          </summary>
          {checkIn.revealed && <CheckInAnswers answers={checkIn.revealed.answers} headingLevel={4} />}
        </details>
      ))}
    </section>
  );
}
