import type { TActor, TSpaceCommand } from "./commands";
import { DomainError } from "./errors";
import type { TSpaceEvent } from "./events";
import { requireParticipant, requireSystem } from "./guards";
import { decideCalendarFeed } from "./calendar-feeds";
import { decideLink } from "./links";
import { decidePause, refuseWhilePaused } from "./pauses";
import { decideProposals } from "./proposals";
import { decideReflection } from "./reflections";
import type { TSpaceState } from "./state";
import { decideStatement } from "./statements";

/**
 * The negotiation's rules: given the state, a command and who sends it, which new facts
 * follow. Pure; `now` comes in as an argument. Refusals throw a DomainError, which the
 * shell turns into an error ack. An empty result means "already so": nothing to append.
 */
export function decide(state: TSpaceState, command: TSpaceCommand, actor: TActor, now: string): TSpaceEvent[] {
  // The server refuses input while paused, not only the UI (DESIGN.md, lessons).
  refuseWhilePaused(state, command);
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
  }
}
