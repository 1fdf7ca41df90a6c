import { checkReturnTime, describeInstant } from "../time/return-time";
import type { TActor, TSpaceCommand } from "./commands";
import { DomainError } from "./errors";
import type { TEventOf, TSpaceEvent } from "./events";
import { isConversationOpen } from "./conversation";
import { openCheckInOf } from "./check-ins";
import { findParticipant, partnersOf, phaseOf, type TSpaceState } from "./state";

/**
 * Pause and resume (counselling practice: stop a hard conversation when you must, but
 * always name when you come back). Works in every phase. While paused nothing in the
 * negotiation changes; private drafts still save (PAU3).
 */
export type TPause = { id: string; by: string; note: string; startedAt: string; returnAt: string };

export type TReturnProposal = {
  id: string;
  by: string;
  /** "change": a different return time for the current pause; "more-time": pause again right after a resume. */
  kind: "change" | "more-time";
  returnAt: string;
  note: string;
  /** Partners whose yes it needs; it takes effect when all have said yes. */
  awaiting: string[];
  proposedAt: string;
};

export type TPauseTimelineEntry = {
  at: string;
  kind: "paused" | "proposed" | "accepted" | "declined" | "changed" | "resumed-early" | "resumed";
  by: string | null;
  returnAt: string | null;
  note: string | null;
};

export type TPauseState = {
  current: TPause | null;
  proposal: TReturnProposal | null;
  lastResume: { at: string; how: "early" | "return-time"; pauseId: string } | null;
  timeline: TPauseTimelineEntry[];
};

export const INITIAL_PAUSE_STATE: TPauseState = { current: null, proposal: null, lastResume: null, timeline: [] };

/** How long after a resume at the return time someone may still ask for more time. */
const MORE_TIME_WINDOW_MINUTES = 60;
/** Timers of different processes may disagree by a little; a resume this early still counts. */
const CLOCK_TOLERANCE_MS = 5_000;

type PauseCommand = Extract<
  TSpaceCommand,
  { type: "pause:start" | "pause:resume" | "pause:propose" | "pause:answer" | "pause:resume-due" }
>;

/** Commands that still go through while paused; everything else is refused (PAU3). */
export const ALLOWED_WHILE_PAUSED = new Set<TSpaceCommand["type"]>([
  "statement:saveDraft",
  "check-in:saveDraft",
  "participant:join",
  // Keys and calendars are not the negotiation: someone locked out may need back in during a pause.
  "link:renew",
  "link:acknowledge",
  "calendar:subscribe",
  "calendar:unsubscribe",
  "pause:start",
  "pause:resume",
  "pause:propose",
  "pause:answer",
  "pause:resume-due",
  // Proposals computed before the pause may still be recorded; no one can act on them until it ends.
  "proposals:record",
  // Either partner may remove their counsellor at any moment, a pause included (CNS2).
  "counsellor:remove",
  "counsellor:link",
  "timer:stop",
]);

export function refuseWhilePaused(state: TSpaceState, command: TSpaceCommand): void {
  const pause = state.pause.current;
  if (pause && !ALLOWED_WHILE_PAUSED.has(command.type)) {
    throw new DomainError(
      "PAUSED",
      `The conversation is paused until ${describeInstant(pause.returnAt, state.timeZone)} (${state.timeZone}). Nothing can change until then; your private draft still saves.`,
    );
  }
}

export function decidePause(state: TSpaceState, command: PauseCommand, actor: TActor, now: string): TSpaceEvent[] {
  const pause = state.pause.current;
  const newId = `${state.seq + 1}`;
  switch (command.type) {
    case "pause:start": {
      const by = requireMember(state, actor);
      if (pause) throw new DomainError("ALREADY_PAUSED", "The conversation is already paused.");
      requireOpenConversation(state);
      requireReturnTime(command.payload.returnAt, now);
      const { returnAt, note } = command.payload;
      return [{ type: "pause:started", data: { pauseId: newId, by, returnAt, note: note ?? "" } }];
    }

    case "pause:resume": {
      const by = requireMember(state, actor);
      if (!pause) throw new DomainError("NOT_PAUSED", "The conversation isn’t paused.");
      if (pause.by !== by) {
        throw new DomainError("NOT_ALLOWED", `Only ${nameOf(state, pause.by)} can resume early; you can propose a different time.`);
      }
      return [{ type: "pause:ended", data: { pauseId: pause.id, how: "early", by } }];
    }

    case "pause:resume-due": {
      if (actor.kind !== "system") throw new DomainError("NOT_ALLOWED", "Only the server can do that.");
      const isDue = pause && pause.id === command.payload.pauseId && Date.parse(pause.returnAt) <= Date.parse(now) + CLOCK_TOLERANCE_MS;
      // A timer for a pause that already ended, or whose time was changed, does nothing.
      return pause && isDue ? [{ type: "pause:ended", data: { pauseId: pause.id, how: "return-time", by: null } }] : [];
    }

    case "pause:propose": {
      const by = requireMember(state, actor);
      const kind = pause ? "change" : "more-time";
      if (!pause) {
        requireOpenConversation(state);
        const resumed = state.pause.lastResume;
        const isRightAfterResume =
          resumed?.how === "return-time" && Date.parse(now) - Date.parse(resumed.at) <= MORE_TIME_WINDOW_MINUTES * 60_000;
        if (!isRightAfterResume) {
          throw new DomainError("NOT_PAUSED", "The conversation isn’t paused. To take a break, pause it and name a return time.");
        }
      }
      if (state.pause.proposal && !isExpired(state.pause.proposal, now)) {
        throw new DomainError("ALREADY_PROPOSED", "Another time has been proposed already; please answer it first.");
      }
      requireReturnTime(command.payload.returnAt, now);
      // A partner's proposal needs the other partner; a counsellor's needs both (PAU5).
      const awaiting = partnersOf(state).map((p) => p.id).filter((id) => id !== by);
      return [
        {
          type: "pause:return-proposed",
          data: { proposalId: newId, by, kind, returnAt: command.payload.returnAt, note: command.payload.note ?? "", awaiting },
        },
      ];
    }

    case "pause:answer": {
      const by = requireMember(state, actor);
      const proposal = state.pause.proposal;
      if (!proposal || proposal.id !== command.payload.proposalId || isExpired(proposal, now)) {
        throw new DomainError("STALE", "That proposal is no longer open.");
      }
      // The one who proposed may take it back; everyone else answers only when asked.
      const isWithdrawal = by === proposal.by && !command.payload.accept;
      if (!proposal.awaiting.includes(by) && !isWithdrawal) {
        throw new DomainError("NOT_ALLOWED", "This proposal isn’t waiting for your answer.");
      }
      const answered: TSpaceEvent = { type: "pause:proposal-answered", data: { proposalId: proposal.id, by, accept: command.payload.accept } };
      const isLastYes = command.payload.accept && proposal.awaiting.length === 1;
      if (!isLastYes) return [answered];
      if (Date.parse(proposal.returnAt) <= Date.parse(now) + 60_000) {
        throw new DomainError("STALE", "That time has already passed; please propose another.");
      }
      if (proposal.kind === "change" && pause) {
        return [answered, { type: "pause:return-changed", data: { pauseId: pause.id, returnAt: proposal.returnAt, proposalId: proposal.id } }];
      }
      return [answered, { type: "pause:started", data: { pauseId: newId, by: proposal.by, returnAt: proposal.returnAt, note: proposal.note } }];
    }
  }
}

/** PAU7: after the agreement there is no conversation left to pause. */
function requireOpenConversation(state: TSpaceState): void {
  if (!isConversationOpen(phaseOf(state), openCheckInOf(state) !== null)) {
    throw new DomainError(
      "CONVERSATION_CLOSED",
      "You have made your agreement, so there is no conversation to pause. When you come back to review it, you can pause again.",
    );
  }
}

type PauseEvent = TEventOf<"pause:started" | "pause:return-proposed" | "pause:proposal-answered" | "pause:return-changed" | "pause:ended">;

export function evolvePause(state: TSpaceState, event: PauseEvent & { at: string }): TSpaceState {
  const pause = state.pause;
  const entry = (kind: TPauseTimelineEntry["kind"], by: string | null, returnAt: string | null, note: string | null) => [
    ...pause.timeline,
    { at: event.at, kind, by, returnAt, note },
  ];
  switch (event.type) {
    case "pause:started": {
      const { pauseId, by, returnAt, note } = event.data;
      const current: TPause = { id: pauseId, by, note, startedAt: event.at, returnAt };
      return { ...state, pause: { ...pause, current, proposal: null, timeline: entry("paused", by, returnAt, note || null) } };
    }
    case "pause:return-proposed": {
      const { proposalId, by, kind, returnAt, note, awaiting } = event.data;
      const proposal: TReturnProposal = { id: proposalId, by, kind, returnAt, note, awaiting, proposedAt: event.at };
      return { ...state, pause: { ...pause, proposal, timeline: entry("proposed", by, returnAt, note || null) } };
    }
    case "pause:proposal-answered": {
      const proposal = pause.proposal;
      if (!proposal) return state;
      const { by, accept } = event.data;
      const awaiting = proposal.awaiting.filter((id) => id !== by);
      const stillOpen = accept && awaiting.length > 0;
      return {
        ...state,
        pause: {
          ...pause,
          proposal: stillOpen ? { ...proposal, awaiting } : null,
          timeline: entry(accept ? "accepted" : "declined", by, proposal.returnAt, null),
        },
      };
    }
    case "pause:return-changed": {
      if (!pause.current) return state;
      const current = { ...pause.current, returnAt: event.data.returnAt };
      return { ...state, pause: { ...pause, current, timeline: entry("changed", null, event.data.returnAt, null) } };
    }
    case "pause:ended": {
      const { pauseId, how, by } = event.data;
      return {
        ...state,
        pause: {
          ...pause,
          current: null,
          proposal: null,
          lastResume: { at: event.at, how, pauseId },
          timeline: entry(how === "early" ? "resumed-early" : "resumed", by, null, null),
        },
      };
    }
  }
}

/** Due work that follows from new events: a pause's return time becomes a durable timer (PAU6). */
export type TTimer = { id: string; dueAt: string; command: Extract<TSpaceCommand, { type: "pause:resume-due" }> };

export function timersFor(events: readonly TSpaceEvent[]): TTimer[] {
  return events.flatMap((event): TTimer[] => {
    if (event.type === "pause:started" || event.type === "pause:return-changed") {
      const { pauseId, returnAt } = event.data;
      return [{ id: `resume:${pauseId}:${returnAt}`, dueAt: returnAt, command: { type: "pause:resume-due", payload: { pauseId } } }];
    }
    return [];
  });
}

/** A proposal lapses once its time has come, or a request for more time once its window has passed. */
function isExpired(proposal: TReturnProposal, now: string): boolean {
  const nowMs = Date.parse(now);
  if (Date.parse(proposal.returnAt) <= nowMs) return true;
  return proposal.kind === "more-time" && nowMs - Date.parse(proposal.proposedAt) > MORE_TIME_WINDOW_MINUTES * 60_000;
}

function requireMember(state: TSpaceState, actor: TActor): string {
  if (actor.kind !== "participant" || !findParticipant(state, actor.participantId)) {
    throw new DomainError("NOT_ALLOWED", "Only people in this space can do that.");
  }
  return actor.participantId;
}

function requireReturnTime(returnAt: string, now: string): void {
  const check = checkReturnTime(returnAt, now);
  if (!check.ok) throw new DomainError(check.code, check.message);
}

function nameOf(state: TSpaceState, participantId: string): string {
  return findParticipant(state, participantId)?.name ?? "the person who paused";
}
