"use client";

import { AgreementView } from "./agreement/agreement-view";
import { ConnectionNote } from "./connection-note";
import { Lobby } from "./lobby";
import { NoAccess } from "./no-access";
import { PauseArea } from "./pause/pause-area";
import { PauseTimeline } from "./pause/pause-timeline";
import { PausedContext } from "./pause/paused-context";
import { PhaseAnnouncer } from "./phase-announcer";
import { ProposalsStep } from "./proposals/proposals-step";
import { ReflectStep } from "./reflect/reflect-step";
import { RevealedStatements } from "./reveal/revealed-statements";
import { useSpaceConnection } from "./use-space-connection";
import { WritingStep } from "./writing-step";
import { CounsellorInvite } from "./facilitation/counsellor-invite";
import { CounsellorPrivacy } from "./facilitation/counsellor-privacy";
import { FacilitationPanel } from "./facilitation/facilitation-panel";
import { FacilitationTimeline } from "./facilitation/facilitation-timeline";
import { HeldNotice } from "./facilitation/held-notice";
import { PromptCard } from "./facilitation/prompt-card";
import { SpotlightCard } from "./facilitation/spotlight-card";
import { StepTimer } from "./facilitation/step-timer";
import "./facilitation/facilitation.css";

/** Who is here at the top, then the screen of the phase the space is in. */
export function SpaceScreen({ spaceId }: { spaceId: string }) {
  const { view, presence, connection, send } = useSpaceConnection(spaceId);
  if (connection.kind === "refused") return <NoAccess message={connection.message} />;
  if (!view) {
    return (
      <p className="muted" role="status">
        Opening your space…
      </p>
    );
  }
  const isPaused = view.pause.current !== null;
  // Held proposals stay closed for the partners (FAC3); their counsellor still reads them.
  const isProposalsClosed = view.facilitation.held.includes("proposals") && view.me.role !== "counsellor";
  return (
    <PausedContext value={isPaused}>
      <ConnectionNote connection={connection} />
      <PhaseAnnouncer phase={view.phase} isCounsellor={view.me.role === "counsellor"} />
      <Lobby view={view} online={presence.online} send={send} />
      <div className="counsellor-bar">
        <CounsellorPrivacy view={view} />
        <CounsellorInvite view={view} send={send} />
      </div>
      <PauseArea view={view} send={send} />
      <StepTimer view={view} />
      <PromptCard view={view} />
      <HeldNotice view={view} />
      <SpotlightCard view={view} />
      <FacilitationPanel view={view} send={send} />
      {view.phase === "writing" && <WritingStep view={view} send={send} />}
      {/* Proposals stay readable while paused; their own actions are held (PAU3), so comparing can go on. */}
      {view.phase === "proposing" && !isProposalsClosed && <ProposalsStep view={view} send={send} />}
      {view.phase === "agreed" && <AgreementView view={view} />}
      {view.phase !== "writing" && (
        // While paused nothing here may change (PAU3); a disabled fieldset says so to every control at once.
        <fieldset disabled={isPaused} className="phase-content">
          <RevealedStatements view={view} />
          <ReflectStep view={view} send={send} />
        </fieldset>
      )}
      <PauseTimeline view={view} />
      <FacilitationTimeline view={view} />
    </PausedContext>
  );
}
