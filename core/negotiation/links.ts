import type { TActor, TSpaceCommand } from "./commands";
import { DomainError } from "./errors";
import type { TEventOf, TSpaceEvent } from "./events";
import { requireParticipant } from "./guards";
import type { TSpaceState } from "./state";

/**
 * Personal links over months (SPC4, KEY1, KEY2). A link is its person's key, stored only
 * as a hash, so a lost one cannot be shown again: a new one is made and the old one stops
 * working. Making one for someone else is never quiet: everyone sees who made a new link
 * for whom and when, and the person is told on their next visit, on any device.
 */
export type TLinkChange = {
  /** Whose link was replaced. */
  participantId: string;
  /** Who made the new one: a participant, or null for the server. */
  by: string | null;
  at: string;
};

export type TLinksState = {
  /** Every replacement, oldest first: the space's timeline shows them to everyone. */
  changes: TLinkChange[];
  /** For each person, how many of `changes` there were when they last said they had seen theirs (by order, not clocks). */
  seenChanges: Record<string, number>;
};

export const INITIAL_LINKS_STATE: TLinksState = { changes: [], seenChanges: {} };

type LinkCommand = Extract<TSpaceCommand, { type: "link:renew" | "link:acknowledge" }>;

export function decideLink(state: TSpaceState, command: LinkCommand, actor: TActor): TSpaceEvent[] {
  switch (command.type) {
    case "link:renew": {
      const target = requireParticipant(state, command.payload.participantId);
      if (actor.kind === "system") return [{ type: "link:replaced", data: { participantId: target.id, by: null } }];
      // Anyone in the space may make a new link for anyone in it, also after they joined:
      // that is how someone who lost every device gets back in (SPC4). It is loud instead of
      // forbidden: the timeline says who did it for whom, and the person is told (KEY1, KEY2).
      requireParticipant(state, actor.participantId);
      return [{ type: "link:replaced", data: { participantId: target.id, by: actor.participantId } }];
    }
    case "link:acknowledge": {
      const me = requireParticipant(state, actorParticipantId(actor));
      return linkNoticeFor(state, me.id) ? [{ type: "link:acknowledged", data: { participantId: me.id } }] : [];
    }
  }
}

type LinkEvent = TEventOf<"link:replaced" | "link:renewed" | "link:acknowledged"> & { at: string; actor?: string };

export function evolveLink(state: TSpaceState, event: LinkEvent): TSpaceState {
  const links = state.links;
  switch (event.type) {
    case "link:replaced":
    case "link:renewed": {
      // `link:renewed` is how earlier versions recorded a replacement; its maker is the event's actor.
      const by = event.type === "link:replaced" ? event.data.by : knownParticipant(state, event.actor);
      const change: TLinkChange = { participantId: event.data.participantId, by, at: event.at };
      return {
        ...state,
        links: { ...links, changes: [...links.changes, change] },
        participants: state.participants.map((p) => (p.id === change.participantId ? { ...p, linkRenewedAt: event.at } : p)),
      };
    }
    case "link:acknowledged":
      return { ...state, links: { ...links, seenChanges: { ...links.seenChanges, [event.data.participantId]: links.changes.length } } };
  }
}

/**
 * What a person is told on their next visit: the newest replacement of their link that
 * someone else made and they have not yet acknowledged (KEY2). Their own replacements
 * need no telling.
 */
export function linkNoticeFor(state: TSpaceState, participantId: string): TLinkChange | null {
  const { changes, seenChanges } = state.links;
  const index = changes.findLastIndex((c) => c.participantId === participantId);
  const latest = changes[index];
  if (!latest || latest.by === participantId) return null;
  return index < (seenChanges[participantId] ?? 0) ? null : latest;
}

function actorParticipantId(actor: TActor): string {
  if (actor.kind !== "participant") throw new DomainError("NOT_ALLOWED", "Only the person themselves can say they have seen this.");
  return actor.participantId;
}

function knownParticipant(state: TSpaceState, id: string | undefined): string | null {
  return id !== undefined && state.participants.some((p) => p.id === id) ? id : null;
}
