import { DateTime } from "luxon";
import type { SchedulerInput } from "../scheduler/model";
import type { TProposal } from "../scheduler/proposal";
import { bestOf, reviseBlock } from "../scheduler/revise";
import type { TActor, TSpaceCommand } from "./commands";
import { DomainError } from "./errors";
import type { TEventOf, TSpaceEvent } from "./events";
import { requirePartner, requireSystem } from "./guards";
import type { TNeed, TStatement, TWishChange } from "./statement";
import { phaseOf, type TSpaceState } from "./state";
import { statementOf } from "./statements";

/**
 * Proposals and the agreement (issue "Compromise schedules"). Proposals are computed by
 * the shell off the main thread from `schedulerInputOf(state)` and recorded with a system
 * command; everything partners do with them (adjust, ask again, accept) is decided here.
 */
/** `adjustedBy` is the participant id of the partner who changed this version, if anyone did. */
export type TVersionedProposal = TProposal & { version: number; adjustedBy: string | null };


/** `round`: the negotiation round it was made in (absent in states made before rounds were counted: round 1). */
export type TAgreement = { version: number; proposal: TVersionedProposal; madeAt: string; reviewAt: string; round?: number };

export type TProposalsState = {
  /** Bumped when a partner changes hours or a weight: proposals for older inputs are outdated. */
  inputsVersion: number;
  changes: Record<string, TWishChange[]>;
  set: { inputsVersion: number; generatedAt: string; proposals: TVersionedProposal[] } | null;
  acceptances: Record<string, { proposalId: string; version: number }>;
  agreements: TAgreement[];
};

export const INITIAL_PROPOSALS_STATE: TProposalsState = { inputsVersion: 1, changes: {}, set: null, acceptances: {}, agreements: [] };

const REVIEW_AFTER_WEEKS = 4;

/** The agreement in force: the newest version. Calendars, summaries and the review date follow it. */
export function currentAgreementOf(state: TSpaceState): TAgreement | null {
  return state.proposals.agreements.at(-1) ?? null;
}

/** The scheduler's input: both revealed statements with each partner's later changes applied. */
export function schedulerInputOf(state: TSpaceState): SchedulerInput | null {
  const a = state.participants.find((p) => p.role === "partnerA");
  const b = state.participants.find((p) => p.role === "partnerB");
  const statementA = a && statementOf(state, a.id).submitted;
  const statementB = b && statementOf(state, b.id).submitted;
  if (!a || !b || !statementA || !statementB || state.revealedAt === null) return null;
  return {
    partners: {
      A: { name: a.name, statement: withChanges(statementA, state.proposals.changes[a.id] ?? []) },
      B: { name: b.name, statement: withChanges(statementB, state.proposals.changes[b.id] ?? []) },
    },
    timeZone: state.timeZone,
  };
}

/** What the shell should compute now, if anything. */
export function pendingProposalWork(state: TSpaceState): { inputsVersion: number; input: SchedulerInput } | null {
  if (phaseOf(state) !== "proposing") return null;
  const { set, inputsVersion } = state.proposals;
  if (set?.inputsVersion === inputsVersion) return null;
  const input = schedulerInputOf(state);
  return input ? { inputsVersion, input } : null;
}

type ProposalCommand = Extract<
  TSpaceCommand,
  { type: "proposals:record" | "proposal:adjust-block" | "proposal:accept" | "wishes:adjust" }
>;

export function decideProposals(state: TSpaceState, command: ProposalCommand, actor: TActor, now: string): TSpaceEvent[] {
  if (phaseOf(state) !== "proposing") {
    throw new DomainError("WRONG_PHASE", "Proposals come after both statements are revealed and reflected on.");
  }
  const { set } = state.proposals;
  switch (command.type) {
    case "proposals:record": {
      requireSystem(actor);
      // Computed for inputs that have changed since, or recorded already: nothing to do.
      if (command.payload.inputsVersion !== state.proposals.inputsVersion || set?.inputsVersion === command.payload.inputsVersion) return [];
      return [{ type: "proposals:generated", data: { inputsVersion: command.payload.inputsVersion, proposals: command.payload.proposals } }];
    }

    case "proposal:adjust-block": {
      const me = requirePartner(state, actor, "Only the two partners adjust proposals.");
      const proposal = requireCurrent(state, command.payload.proposalId, command.payload.version);
      const input = schedulerInputOf(state)!;
      const revised = reviseBlock(input, proposal, command.payload, {
        best: bestOf(set!.proposals),
        adjustedBy: me.name,
        newId: proposal.id,
      });
      if (!revised.ok) throw new DomainError("CONSTRAINT_VIOLATED", revised.message);
      return [
        {
          type: "proposal:adjusted",
          data: { proposalId: proposal.id, version: proposal.version + 1, by: me.id, proposal: revised.proposal },
        },
      ];
    }

    case "wishes:adjust": {
      const me = requirePartner(state, actor, "Only the two partners change their own wishes.");
      const mine = statementOf(state, me.id).submitted;
      for (const change of command.payload.changes) {
        const need = mine?.needs.find((n) => n.id === change.wishId);
        if (!need) throw new DomainError("UNKNOWN_WISH", "You can change only your own needs.");
        const merged = { ...need, ...change };
        if (merged.idealHoursPerWeek < merged.minHoursPerWeek) {
          throw new DomainError("CONSTRAINT_VIOLATED", `For “${need.label}” the ideal can’t be less than the minimum.`);
        }
      }
      return [{ type: "wishes:adjusted", data: { participantId: me.id, changes: command.payload.changes } }];
    }

    case "proposal:accept": {
      const me = requirePartner(state, actor, "Only the two partners accept a proposal.");
      const proposal = requireCurrent(state, command.payload.proposalId, command.payload.version);
      const accepted: TSpaceEvent = { type: "proposal:accepted", data: { by: me.id, proposalId: proposal.id, version: proposal.version } };
      const partnerChoice = Object.entries(state.proposals.acceptances).find(([id]) => id !== me.id)?.[1];
      const isSameChoice = partnerChoice?.proposalId === proposal.id && partnerChoice.version === proposal.version;
      if (!isSameChoice) return [accepted];
      const reviewAt = DateTime.fromISO(now).setZone(state.timeZone).plus({ weeks: REVIEW_AFTER_WEEKS }).toUTC().toISO()!;
      return [accepted, { type: "agreement:made", data: { version: state.proposals.agreements.length + 1, proposal, reviewAt } }];
    }
  }
}

type ProposalEvent = TEventOf<"proposals:generated" | "proposal:adjusted" | "wishes:adjusted" | "proposal:accepted" | "agreement:made">;

export function evolveProposals(state: TSpaceState, event: ProposalEvent & { at: string }): TSpaceState {
  const current = state.proposals;
  const next = (change: Partial<TProposalsState>) => ({ ...state, proposals: { ...current, ...change } });
  switch (event.type) {
    case "proposals:generated":
      return next({
        set: {
          inputsVersion: event.data.inputsVersion,
          generatedAt: event.at,
          proposals: event.data.proposals.map((p) => ({ ...p, version: 1, adjustedBy: null })),
        },
        acceptances: {},
      });
    case "proposal:adjusted": {
      if (!current.set) return state;
      const proposals = current.set.proposals.map((p) =>
        p.id === event.data.proposalId ? { ...event.data.proposal, version: event.data.version, adjustedBy: event.data.by } : p,
      );
      // Changing a proposal withdraws acceptances of it.
      const acceptances = Object.fromEntries(Object.entries(current.acceptances).filter(([, a]) => a.proposalId !== event.data.proposalId));
      return next({ set: { ...current.set, proposals }, acceptances });
    }
    case "wishes:adjusted": {
      const mine = current.changes[event.data.participantId] ?? [];
      return next({
        inputsVersion: current.inputsVersion + 1,
        changes: { ...current.changes, [event.data.participantId]: [...mine, ...event.data.changes] },
        acceptances: {},
      });
    }
    case "proposal:accepted":
      return next({ acceptances: { ...current.acceptances, [event.data.by]: { proposalId: event.data.proposalId, version: event.data.version } } });
    case "agreement:made": {
      const { version, proposal, reviewAt } = event.data;
      return next({ agreements: [...current.agreements, { version, proposal, madeAt: event.at, reviewAt, round: state.round }] });
    }
  }
}

function requireCurrent(state: TSpaceState, proposalId: string, version: number): TVersionedProposal {
  const { set, inputsVersion } = state.proposals;
  if (!set || set.inputsVersion !== inputsVersion) {
    throw new DomainError("STALE", "New proposals are being prepared from your changes; please wait a moment.");
  }
  const proposal = set.proposals.find((p) => p.id === proposalId);
  if (!proposal) throw new DomainError("STALE", "That proposal is no longer on the table.");
  if (proposal.version !== version) throw new DomainError("STALE", "That proposal has just been changed; please look at it again.");
  return proposal;
}

function withChanges(statement: TStatement, changes: readonly TWishChange[]): TStatement {
  const needs = statement.needs.map((need): TNeed => {
    const mine = changes.filter((c) => c.wishId === need.id);
    return mine.reduce<TNeed>((n, { wishId: _id, ...c }) => ({ ...n, ...c }), need);
  });
  return { ...statement, needs };
}

