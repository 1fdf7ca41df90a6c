import type { TSpaceView } from "../../../../core/negotiation/view";
import type { TAgendaStep, TSpotlightTarget } from "../../../../core/negotiation/facilitation-schemas";
import { agendaStepAt, isStepBehindOf } from "../../../../core/negotiation/facilitation-terms";

export const STEP_NAMES: Record<TAgendaStep, string> = {
  write: "Writing",
  read: "Reading what was revealed",
  reflect: "Reflecting",
  proposals: "Proposals",
};

/** Prompts counsellors reach for most; they can always write their own. */
export const SUGGESTED_PROMPTS = [
  "Take a breath before you read",
  "Start with what you appreciate",
  "Say what you fear, not what they did",
  "Ask one question before you answer",
  "Notice where your plans already meet",
] as const;

/** The step of the agenda they are at; null once they have agreed. */
export function currentStep(view: TSpaceView): TAgendaStep | null {
  return agendaStepAt(view.phase, Boolean(view.reflection?.offers.length));
}

/**
 * Whether a step's timer can still be started (FAC2): the server refuses one for a step
 * they have moved past, so the agenda offers Start only for the step they are at and
 * those ahead.
 */
export function canStartTimerFor(view: TSpaceView, step: TAgendaStep): boolean {
  return !isStepBehindOf(step, currentStep(view));
}

export function minutesLeft(endsAt: string, now: number): number {
  return Math.ceil((Date.parse(endsAt) - now) / 60_000);
}

/** What a spotlight points at, in words and (when there is one) the words themselves. */
export function describeSpotlight(view: TSpaceView, target: TSpotlightTarget): { title: string; body: string } | null {
  if (target.kind === "proposal") {
    const proposal = view.proposals?.set?.proposals.find((p) => p.id === target.proposalId);
    return proposal ? { title: `The plan “${proposal.title}”`, body: proposal.explanation.join(" ") } : null;
  }
  const revealed = view.revealed?.statements.find((s) => s.participantId === target.participantId);
  if (!revealed) return null;
  const { statement, name } = revealed;
  switch (target.part) {
    case "appreciation":
      return { title: `What ${name} appreciates`, body: statement.appreciation };
    case "reassurance":
      return { title: `The reassurance ${name} would like`, body: statement.reassurance.words ?? "" };
    case "needs": {
      const needs = target.index === undefined ? statement.needs : statement.needs.slice(target.index, target.index + 1);
      return { title: `${name}’s ${needs.length === 1 ? "need" : "needs"}`, body: needs.map((n) => `${n.label}: ${n.minHoursPerWeek}–${n.idealHoursPerWeek} h a week`).join(" · ") };
    }
    case "together": {
      const wishes = target.index === undefined ? statement.together : statement.together.slice(target.index, target.index + 1);
      return { title: `Time together ${name} wishes for`, body: wishes.map((w) => w.label).join(" · ") };
    }
    case "fears": {
      const fears = target.index === undefined ? statement.fears : statement.fears.slice(target.index, target.index + 1);
      return { title: `What ${name} fears`, body: fears.map((f) => f.words || f.kind).join(" · ") };
    }
  }
}
