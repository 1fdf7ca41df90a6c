"use client";

import type { TSpaceView } from "../../../core/negotiation/view";
import { AgreementView, CheckInStep, ProposalsStep, ReflectStep, RevealedStatements } from "./later-steps";
import { useIsPaused } from "./pause/paused-context";
import type { TSend } from "./use-space-connection";
import { WritingStep } from "./writing-step";
import { NewRoundNote } from "./check-in/new-round-note";

/** The one step the space is in now, whatever came before; in a round after a check-in, said so first. */
export function CurrentStep({ view, send }: { view: TSpaceView; send: TSend }) {
  return (
    <>
      <NewRoundNote view={view} />
      <Step view={view} send={send} />
    </>
  );
}

function Step({ view, send }: { view: TSpaceView; send: TSend }) {
  const isPaused = useIsPaused();
  // Held proposals stay closed for the partners (FAC3); their counsellor still reads them.
  const isProposalsClosed = view.facilitation.held.includes("proposals") && view.me.role !== "counsellor";
  switch (view.phase) {
    case "writing":
      return <WritingStep view={view} send={send} />;
    case "reflecting":
      return (
        // While paused nothing here may change (PAU3); a disabled fieldset says so to every control at once.
        // Reflecting asks for the other's words, so both statements stay open right under it.
        <fieldset disabled={isPaused} className="phase-content">
          <ReflectStep view={view} send={send} />
          <RevealedStatements view={view} />
        </fieldset>
      );
    case "proposing":
      // Proposals stay readable while paused; their own actions are held (PAU3), so comparing can go on.
      return isProposalsClosed ? null : <ProposalsStep view={view} send={send} />;
    case "agreed":
      // The next check-in comes first: it is about now; the agreement in force follows.
      return (
        <>
          <CheckInStep view={view} send={send} />
          <AgreementView view={view} send={send} />
        </>
      );
  }
}
