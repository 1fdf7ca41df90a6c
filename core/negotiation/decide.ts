import type { TActor, TSpaceCommand } from "./commands";
import { DomainError } from "./errors";
import type { TSpaceEvent } from "./events";
import { requireParticipant, requireSystem } from "./guards";
import { decideCalendarFeed } from "./calendar-feeds";
import { decideLink } from "./links";
import { decidePause, refuseWhilePaused } from "./pauses";
import { decideProposals } from "./proposals";
import { decideReflection } from "./reflections";
import { findParticipant, type TSpaceState } from "./state";
import { decideStatement } from "./statements";
import { decideFacilitation, refuseWhileHeld } from "./facilitation";
import { decideCounsellor } from "./counsellor";
import { decideCheckIn } from "./check-ins";

/**
 * The negotiation's rules: given the state, a command and who sends it, which new facts
 * follow. Pure; `now` comes in as an argument. Refusals throw a DomainError, which the
 * shell turns into an error ack. An empty result means "already so": nothing to append.
 */
export function decide(state: TSpaceState, command: TSpaceCommand, actor: TActor, now: string): TSpaceEvent[] {
  // A removed counsellor can do nothing here any more, whatever link they still hold (CNS2).
  if (actor.kind === "participant" && findParticipant(state, actor.participantId)?.removedAt) {
    throw new DomainError("NOT_ALLOWED", "You no longer guide this space.");
  }
  // The server refuses input while paused, not only the UI (DESIGN.md, lessons).
  refuseWhilePaused(state, command);
  refuseWhileHeld(state, command);
  switch (command.type) {
    case "space:create":
      if (state.seq !== 0) throw new DomainError("WRONG_PHASE", "This space exists already.");
      requireSystem(actor);
      return [{ type: "space:created", data: command.payload }];

    case "participant:join": {
      requireSystem(actor);
      const participant = requireParticipant(state, command.payload.participantId);
      // Joining is the first arrival only; later visits are presence, not history (SPC2).
      return participant.hasJoined ? [] : [{ type: "participant:joined", data: { participantId: participant.id } }];
    }

    case "link:renew":
    case "link:acknowledge":
      return decideLink(state, command, actor);

    case "calendar:subscribe":
    case "calendar:unsubscribe":
      return decideCalendarFeed(state, command, actor);

    case "statement:saveDraft":
    case "statement:submit":
    case "statement:unlock":
      return decideStatement(state, command, actor);

    case "reflection:offer":
    case "reflection:answer":
    case "reflection:skip":
      return decideReflection(state, command, actor);

    case "pause:start":
    case "pause:resume":
    case "pause:propose":
    case "pause:answer":
    case "pause:resume-due":
      return decidePause(state, command, actor, now);

    case "proposals:record":
    case "proposal:adjust-block":
    case "proposal:accept":
    case "wishes:adjust":
      return decideProposals(state, command, actor, now);

    case "check-in:request":
    case "check-in:answer-request":
    case "check-in:saveDraft":
    case "check-in:submit":
    case "check-in:unlock":
    case "check-in:choose":
      return decideCheckIn(state, command, actor, now);

    case "agenda:set":
    case "timer:start":
    case "timer:extend":
    case "timer:stop":
    case "prompt:send":
    case "step:hold":
    case "step:release":
    case "spotlight:set":
    case "spotlight:clear":
      return decideFacilitation(state, command, actor, now);

    case "counsellor:invite":
    case "counsellor:answer":
    case "counsellor:remove":
    case "counsellor:link":
      return decideCounsellor(state, command, actor);
  }
}
