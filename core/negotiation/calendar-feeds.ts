import type { TActor, TSpaceCommand } from "./commands";
import { DomainError } from "./errors";
import type { TEventOf, TSpaceEvent } from "./events";
import { requirePartner } from "./guards";
import { currentAgreementOf } from "./proposals";
import type { TSpaceState } from "./state";

/**
 * A partner's calendar subscription (CAL3): a capability of its own, like a link, whose
 * address is stored only as a hash. The log records only that one exists for whom; the
 * address itself is returned once, to its owner, in the ack.
 */
export type TCalendarFeedsState = Record<string, { since: string }>;

type CalendarCommand = Extract<TSpaceCommand, { type: "calendar:subscribe" | "calendar:unsubscribe" }>;

export function decideCalendarFeed(state: TSpaceState, command: CalendarCommand, actor: TActor): TSpaceEvent[] {
  const partner = requirePartner(state, actor, "Calendars are for the two partners’ own week.");
  switch (command.type) {
    case "calendar:subscribe":
      if (!currentAgreementOf(state)) {
        throw new DomainError("WRONG_PHASE", "There is no agreement yet, so there is nothing to put in a calendar.");
      }
      // A new address always: the one before it stops working, so a leaked address can be shut.
      return [{ type: "calendar:feed-created", data: { participantId: partner.id } }];
    case "calendar:unsubscribe":
      return state.calendarFeeds[partner.id] ? [{ type: "calendar:feed-revoked", data: { participantId: partner.id } }] : [];
  }
}

type CalendarEvent = TEventOf<"calendar:feed-created" | "calendar:feed-revoked"> & { at: string };

export function evolveCalendarFeed(state: TSpaceState, event: CalendarEvent): TSpaceState {
  const { [event.data.participantId]: _previous, ...others } = state.calendarFeeds;
  return event.type === "calendar:feed-created"
    ? { ...state, calendarFeeds: { ...others, [event.data.participantId]: { since: event.at } } }
    : { ...state, calendarFeeds: others };
}
