import type { TActor, TSpaceCommand } from "./commands";
import { DomainError } from "./errors";
import type { TEventOf, TSpaceEvent } from "./events";
import { requirePartner } from "./guards";
import { otherPartner, phaseOf, type TSpaceState } from "./state";

/**
 * Reflecting, from counselling practice ("mirroring"): each partner restates the
 * other's most important need and fear in their own words, and the other says
 * "that's it" or "not quite". It is not private: everyone in the space sees it live.
 */
export type TReflectionOfferState = {
  by: string;
  about: string;
  attempt: number;
  need: string;
  fear: string;
  status: "pending" | "confirmed" | "not-quite";
  clarification: string | null;
  offeredAt: string;
};

export type TReflectionState = {
  /** Keyed by the reflecting partner's id. */
  offers: Record<string, TReflectionOfferState>;
  skipVotes: string[];
  completedAt: string | null;
  completedHow: "confirmed" | "skipped" | null;
};

type ReflectionCommand = Extract<TSpaceCommand, { type: "reflection:offer" | "reflection:answer" | "reflection:skip" }>;

export function decideReflection(state: TSpaceState, command: ReflectionCommand, actor: TActor): TSpaceEvent[] {
  const me = requirePartner(state, actor, "Reflecting is for the two partners.");
  const phase = phaseOf(state);
  if (phase !== "reflecting") {
    throw new DomainError(
      "WRONG_PHASE",
      phase === "writing" ? "Reflecting starts once both statements are revealed." : "Reflecting is already complete.",
    );
  }
  const partner = otherPartner(state, me.id);
  if (!partner) throw new DomainError("UNKNOWN_PARTICIPANT", "Your partner is not in this space.");
  const { offers } = state.reflection;

  switch (command.type) {
    case "reflection:offer": {
      const previous = offers[me.id];
      if (previous?.status === "confirmed") {
        throw new DomainError("WRONG_PHASE", `${partner.name} has already confirmed your reflection.`);
      }
      return [
        {
          type: "reflection:offered",
          data: { by: me.id, about: partner.id, attempt: (previous?.attempt ?? 0) + 1, ...command.payload },
        },
      ];
    }

    case "reflection:answer": {
      const offer = offers[partner.id];
      if (!offer || offer.status !== "pending" || offer.attempt !== command.payload.attempt) {
        throw new DomainError("STALE", `${partner.name}’s reflection has changed meanwhile; please read it again.`);
      }
      const answered: TSpaceEvent = {
        type: "reflection:answered",
        data: {
          by: me.id,
          about: partner.id,
          attempt: offer.attempt,
          verdict: command.payload.verdict,
          clarification: command.payload.clarification ?? "",
        },
      };
      const mineIsConfirmed = offers[me.id]?.status === "confirmed";
      const bothConfirmed = command.payload.verdict === "confirmed" && mineIsConfirmed;
      return bothConfirmed ? [answered, { type: "reflection:completed", data: { how: "confirmed" } }] : [answered];
    }

    case "reflection:skip": {
      const { wantsToSkip } = command.payload;
      if (state.reflection.skipVotes.includes(me.id) === wantsToSkip) return [];
      const changed: TSpaceEvent = { type: "reflection:skip-changed", data: { participantId: me.id, wantsToSkip } };
      const partnerWantsToSkip = state.reflection.skipVotes.includes(partner.id);
      return wantsToSkip && partnerWantsToSkip ? [changed, { type: "reflection:completed", data: { how: "skipped" } }] : [changed];
    }
  }
}

type ReflectionEvent = TEventOf<"reflection:offered" | "reflection:answered" | "reflection:skip-changed" | "reflection:completed">;

export function evolveReflection(state: TSpaceState, event: ReflectionEvent & { at: string }): TSpaceState {
  const reflection = state.reflection;
  switch (event.type) {
    case "reflection:offered": {
      const { by, about, attempt, need, fear } = event.data;
      const offer: TReflectionOfferState = { by, about, attempt, need, fear, status: "pending", clarification: null, offeredAt: event.at };
      return { ...state, reflection: { ...reflection, offers: { ...reflection.offers, [by]: offer } } };
    }
    case "reflection:answered": {
      const offer = reflection.offers[event.data.about];
      if (!offer) return state;
      const answered = { ...offer, status: event.data.verdict, clarification: event.data.clarification || null };
      return { ...state, reflection: { ...reflection, offers: { ...reflection.offers, [offer.by]: answered } } };
    }
    case "reflection:skip-changed": {
      const others = reflection.skipVotes.filter((id) => id !== event.data.participantId);
      const skipVotes = event.data.wantsToSkip ? [...others, event.data.participantId] : others;
      return { ...state, reflection: { ...reflection, skipVotes } };
    }
    case "reflection:completed":
      return { ...state, reflection: { ...reflection, completedAt: event.at, completedHow: event.data.how } };
  }
}

