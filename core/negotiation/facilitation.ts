import type { TActor, TSpaceCommand } from "./commands";
import { DomainError } from "./errors";
import type { TEventOf, TSpaceEvent } from "./events";
import {
  DEFAULT_AGENDA,
  type TAgenda,
  type TAgendaStep,
  type THoldableStep,
  type TSpotlightTarget,
} from "./facilitation-schemas";
import { activeCounsellor, phaseOf, type TSpaceState } from "./state";
import { statementOf } from "./statements";
import { isStepBehind } from "./step-timer";

/**
 * Facilitation: how a counsellor paces and guides a session. It is space state, decided
 * like any command, shared with everyone in the space, and it never touches a sealed
 * answer: a timer never submits or closes anything (FAC2), a hold never holds the reveal
 * (FAC3), a spotlight shows only what everyone can already read (FAC5).
 */
export type TStepTimer = { step: TAgendaStep; minutes: number; startedAt: string; endsAt: string };
export type TPrompt = { id: string; text: string; by: string; at: string };
export type TSpotlight = TSpotlightTarget & { by: string; at: string };
export type TFacilitationEntry = {
  at: string;
  by: string;
  kind: "prompt" | "held" | "released" | "timer-started" | "timer-extended" | "timer-stopped" | "spotlight";
  text: string | null;
  step: TAgendaStep | null;
};

export type TFacilitationState = {
  agenda: TAgenda;
  timer: TStepTimer | null;
  prompts: TPrompt[];
  held: THoldableStep[];
  spotlight: TSpotlight | null;
};

export const INITIAL_FACILITATION_STATE: TFacilitationState = {
  agenda: DEFAULT_AGENDA,
  timer: null,
  prompts: [],
  held: [],
  spotlight: null,
};

type FacilitationCommand = Extract<
  TSpaceCommand,
  {
    type:
      | "agenda:set"
      | "timer:start"
      | "timer:extend"
      | "timer:stop"
      | "prompt:send"
      | "step:hold"
      | "step:release"
      | "spotlight:set"
      | "spotlight:clear";
  }
>;

export function decideFacilitation(state: TSpaceState, command: FacilitationCommand, actor: TActor, now: string): TSpaceEvent[] {
  requireCounsellor(state, actor);
  const { facilitation } = state;
  switch (command.type) {
    case "agenda:set":
      return [{ type: "agenda:changed", data: { agenda: command.payload.agenda } }];

    case "timer:start": {
      const { step, minutes } = command.payload;
      // It would end the moment it began: a timer guides the step they are in, or one ahead (FAC2).
      if (isStepBehind(state, step)) {
        throw new DomainError("WRONG_PHASE", "They have moved past that step. Start the timer for the step they are in, or one still ahead.");
      }
      return [{ type: "timer:started", data: { step, minutes, endsAt: plusMinutes(now, minutes) } }];
    }

    case "timer:extend": {
      const timer = facilitation.timer;
      if (!timer) throw new DomainError("NO_TIMER", "No step timer is running. Start one first.");
      // Extending a timer that has run out gives the minutes from now, not from its old end.
      const from = Date.parse(timer.endsAt) > Date.parse(now) ? timer.endsAt : now;
      return [{ type: "timer:extended", data: { minutes: command.payload.minutes, endsAt: plusMinutes(from, command.payload.minutes) } }];
    }

    case "timer:stop":
      return facilitation.timer ? [{ type: "timer:stopped", data: {} }] : [];

    case "prompt:send":
      return [{ type: "prompt:sent", data: { promptId: `${state.seq + 1}`, text: command.payload.text } }];

    case "step:hold": {
      const { step } = command.payload;
      if (facilitation.held.includes(step)) return [];
      if (isStepPast(state, step)) {
        throw new DomainError("WRONG_PHASE", step === "reflect" ? "They have already finished reflecting." : "They have already agreed on a plan.");
      }
      return [{ type: "step:held", data: { step } }];
    }

    case "step:release":
      return facilitation.held.includes(command.payload.step) ? [{ type: "step:released", data: { step: command.payload.step } }] : [];

    case "spotlight:set":
      requireVisibleToAll(state, command.payload.target);
      return [{ type: "spotlight:set", data: { target: command.payload.target } }];

    case "spotlight:clear":
      return facilitation.spotlight ? [{ type: "spotlight:cleared", data: {} }] : [];
  }
}

type FacilitationEvent = TEventOf<
  | "agenda:changed"
  | "timer:started"
  | "timer:extended"
  | "timer:stopped"
  | "prompt:sent"
  | "step:held"
  | "step:released"
  | "spotlight:set"
  | "spotlight:cleared"
>;

export function evolveFacilitation(state: TSpaceState, event: FacilitationEvent & { at: string; actor?: string }): TSpaceState {
  const current = state.facilitation;
  const by = event.actor ?? "";
  const next = (change: Partial<TFacilitationState>, entry?: Omit<TFacilitationEntry, "at" | "by">) => ({
    ...state,
    facilitation: { ...current, ...change },
    facilitationLog: entry ? [...state.facilitationLog, { ...entry, at: event.at, by }] : state.facilitationLog,
  });
  switch (event.type) {
    case "agenda:changed":
      return next({ agenda: event.data.agenda });
    case "timer:started": {
      const { step, minutes, endsAt } = event.data;
      return next({ timer: { step, minutes, startedAt: event.at, endsAt } }, { kind: "timer-started", text: null, step });
    }
    case "timer:extended":
      return next(
        { timer: current.timer && { ...current.timer, minutes: current.timer.minutes + event.data.minutes, endsAt: event.data.endsAt } },
        { kind: "timer-extended", text: null, step: current.timer?.step ?? null },
      );
    case "timer:stopped":
      return next({ timer: null }, { kind: "timer-stopped", text: null, step: current.timer?.step ?? null });
    case "prompt:sent":
      return next(
        { prompts: [...current.prompts, { id: event.data.promptId, text: event.data.text, by, at: event.at }] },
        { kind: "prompt", text: event.data.text, step: null },
      );
    case "step:held":
      return next({ held: [...current.held, event.data.step] }, { kind: "held", text: null, step: event.data.step });
    case "step:released":
      return next({ held: current.held.filter((s) => s !== event.data.step) }, { kind: "released", text: null, step: event.data.step });
    case "spotlight:set":
      return next({ spotlight: { ...event.data.target, by, at: event.at } }, { kind: "spotlight", text: null, step: null });
    case "spotlight:cleared":
      return next({ spotlight: null });
  }
}

/** Commands a held step keeps closed; the reveal is never among them (FAC3). */
const HELD_COMMANDS: Record<THoldableStep, ReadonlySet<TSpaceCommand["type"]>> = {
  reflect: new Set(["reflection:offer", "reflection:answer", "reflection:skip"]),
  proposals: new Set(["proposal:adjust-block", "proposal:accept", "wishes:adjust"]),
};

/** While the counsellor holds a step, its commands are refused by the server, not only hidden (FAC3). */
export function refuseWhileHeld(state: TSpaceState, command: TSpaceCommand): void {
  for (const step of state.facilitation.held) {
    if (HELD_COMMANDS[step].has(command.type)) {
      const who = activeCounsellor(state)?.name ?? "Your counsellor";
      throw new DomainError(
        "HELD",
        step === "reflect"
          ? `${who} has asked you to talk about what you read before reflecting. It opens when they release it.`
          : `${who} is keeping proposals closed while you talk. They open when ${who} releases them.`,
      );
    }
  }
}

export function isHeld(state: TSpaceState, step: THoldableStep): boolean {
  return state.facilitation.held.includes(step);
}

function isStepPast(state: TSpaceState, step: THoldableStep): boolean {
  const phase = phaseOf(state);
  if (step === "reflect") return phase === "proposing" || phase === "agreed";
  return phase === "agreed";
}

function requireCounsellor(state: TSpaceState, actor: TActor): void {
  const counsellor = activeCounsellor(state);
  if (actor.kind !== "participant" || !counsellor || counsellor.id !== actor.participantId) {
    throw new DomainError("NOT_ALLOWED", "Only the counsellor guiding this space can do that.");
  }
}

/** A spotlight may point only at what both partners can already read: nothing before the reveal (FAC5, REV1). */
function requireVisibleToAll(state: TSpaceState, target: TSpotlightTarget): void {
  if (state.revealedAt === null) {
    throw new DomainError("WRONG_PHASE", "A spotlight can show only what both have seen: wait for the reveal.");
  }
  if (target.kind === "proposal") {
    const proposal = state.proposals.set?.proposals.find((p) => p.id === target.proposalId);
    if (!proposal) throw new DomainError("UNKNOWN_TARGET", "There is no such proposal to spotlight.");
    return;
  }
  const statement = statementOf(state, target.participantId).submitted;
  if (!statement) throw new DomainError("UNKNOWN_TARGET", "There is no such statement to spotlight.");
  if (target.index !== undefined) {
    const list = target.part === "needs" ? statement.needs : target.part === "together" ? statement.together : target.part === "fears" ? statement.fears : null;
    if (!list || target.index >= list.length) throw new DomainError("UNKNOWN_TARGET", "That part of the statement doesn’t exist.");
  }
}

function plusMinutes(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString();
}
