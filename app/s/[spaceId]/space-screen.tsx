"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { TSpaceView } from "../../../core/negotiation/view";
import { ConnectionNote } from "./connection-note";
import { CurrentStep } from "./current-step";
import { DoneStep } from "./done-step";
import { InviteAgain } from "./links/invite-again";
import { LinkNotice } from "./links/link-notice";
import { LostLinks } from "./links/lost-links";
import { OtherDevice } from "./links/other-device";
import { ReflectStep, RevealedStatements } from "./later-steps";
import { NoAccess } from "./no-access";
import { OutboxContext } from "./outbox-context";
import { PauseArea } from "./pause/pause-area";
import { PauseControl } from "./pause/pause-control";
import type { TPauseDialogMode } from "./pause/pause-dialog";
import { PausedContext } from "./pause/paused-context";
import { SpaceTimeline } from "./history/space-timeline";
import { PhaseAnnouncer } from "./phase-announcer";
import { PresenceBar } from "./presence-bar";
import { StepProgress } from "./step-progress";
import { useSpaceConnection, type TSend } from "./use-space-connection";
import { CounsellorInvite } from "./facilitation/counsellor-invite";
import { HeldNotice } from "./facilitation/held-notice";
import { PromptCard } from "./facilitation/prompt-card";
import "./facilitation/facilitation.css";

/** The counsellor's own tools load for a counsellor only; the step timer and spotlight once one is on. */
const FacilitationPanel = dynamic(() => import("./facilitation/facilitation-panel").then((m) => m.FacilitationPanel));
const CounsellorPrivacy = dynamic(() => import("./facilitation/counsellor-privacy").then((m) => m.CounsellorPrivacy));
const StepTimer = dynamic(() => import("./facilitation/step-timer").then((m) => m.StepTimer));
const SpotlightCard = dynamic(() => import("./facilitation/spotlight-card").then((m) => m.SpotlightCard));

/**
 * The current step first: a one-line presence bar (with Pause), where the couple is, then
 * the step they are in. Steps already done follow, folded; history comes last.
 */
export function SpaceScreen({ spaceId }: { spaceId: string }) {
  const { view, presence, connection, send, outbox, pending } = useSpaceConnection(spaceId);
  const [pauseDialog, setPauseDialog] = useState<TPauseDialogMode | null>(null);
  if (connection.kind === "refused") return <NoAccess message={connection.message} />;
  if (!view) {
    return (
      <p className="muted" role="status">
        Opening your space…
      </p>
    );
  }
  const isPaused = view.pause.current !== null;
  return (
    <OutboxContext value={outbox}>
      <PausedContext value={isPaused}>
        <a className="skip-link" href="#current-step">
          Skip to the current step
        </a>
        <h1 className="greeting">Hello, {view.me.name}</h1>
        <PresenceBar
          view={view}
          online={presence.online}
          isConnected={connection.kind === "online" && presence.isCurrent}
          pauseControl={<PauseControl view={view} onPause={() => setPauseDialog("pause")} />}
        />
        <ConnectionNote connection={connection} pending={pending} />
        <LinkNotice view={view} send={send} />
        <PhaseAnnouncer phase={view.phase} isCounsellor={view.me.role === "counsellor"} />
        <StepProgress phase={view.phase} />
        <PauseArea view={view} send={send} dialog={pauseDialog} setDialog={setPauseDialog} />
        {view.facilitation.timer && <StepTimer view={view} />}
        <PromptCard view={view} />
        <HeldNotice view={view} />
        {view.facilitation.spotlight && <SpotlightCard view={view} />}
        <div id="current-step" className="current-step" tabIndex={-1}>
          <CurrentStep view={view} send={send} />
        </div>
        {view.me.role === "counsellor" && <FacilitationPanel view={view} send={send} />}
        <DoneSteps view={view} send={send} />
        <InvitesAgain view={view} send={send} />
        <div className="counsellor-bar">
          {view.participants.some((p) => p.role === "counsellor") && <CounsellorPrivacy view={view} />}
          <CounsellorInvite view={view} send={send} />
        </div>
        <section className="done-steps" aria-label="Devices and links">
          <OtherDevice view={view} />
          <LostLinks view={view} send={send} />
        </section>
        <SpaceTimeline view={view} />
      </PausedContext>
    </OutboxContext>
  );
}

/** Once past reflecting, the statements and reflections are history: folded, readable on demand. */
function DoneSteps({ view, send }: { view: TSpaceView; send: TSend }) {
  if (view.phase !== "proposing" && view.phase !== "agreed") return null;
  return (
    <section className="done-steps" aria-label="Earlier steps">
      <DoneStep summary="What you each wrote" testId="done-statements">
        <RevealedStatements view={view} />
      </DoneStep>
      <DoneStep summary="How you reflected" testId="done-reflections">
        <ReflectStep view={view} send={send} />
      </DoneStep>
    </section>
  );
}

/** For a partner: a new link for anyone who hasn't opened theirs (a lost link can't be shown again). */
function InvitesAgain({ view, send }: { view: TSpaceView; send: TSend }) {
  if (view.me.role === "counsellor") return null;
  const missing = view.participants.filter((p) => !p.hasJoined && p.id !== view.me.id);
  if (missing.length === 0) return null;
  return (
    <section className="card quiet-card" aria-label="Links">
      {missing.map((p) => (
        <InviteAgain key={p.id} person={p} send={send} />
      ))}
    </section>
  );
}
