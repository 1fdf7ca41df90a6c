"use client";

import { useState } from "react";
import type { TStatement } from "../../../../core/negotiation/statement";
import { StatementSummary } from "../reveal/statement-summary";
import type { TSend } from "../use-space-connection";
import { useIsPaused } from "../pause/paused-context";
import { ProblemNotice } from "../../../components/problem-notice";

/** My statement, locked after submitting; unlocking is possible until my partner submits too. */
export function SubmittedStatement({ statement, partnerName, send }: { statement: TStatement; partnerName: string; send: TSend }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [isUnlocking, setIsUnlocking] = useState(false);
  const isPaused = useIsPaused();

  async function unlock() {
    setIsUnlocking(true);
    setProblem(null);
    const ack = await send("statement:unlock", {});
    setIsUnlocking(false);
    if (!ack.ok) setProblem(ack.error.message);
  }

  return (
    <section className="card locked" aria-labelledby="submitted-heading">
      <h2 id="submitted-heading">Your statement is submitted</h2>
      <p className="muted">
        It’s locked and waiting. The moment {partnerName} submits too, you’ll both see both statements. Until then you can
        still unlock it to change something.
      </p>
      <button type="button" className="button quiet" onClick={unlock} disabled={isUnlocking || isPaused}>
        {isUnlocking ? "Unlocking…" : "Unlock to edit"}
      </button>
      <ProblemNotice problem={problem} />
      <h3 className="summary-title">What you wrote</h3>
      <StatementSummary statement={statement} idPrefix="mine" />
    </section>
  );
}
