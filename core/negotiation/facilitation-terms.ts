import type { TPhase } from "./state";

/**
 * Facilitation's fixed steps and bounds, apart from its schemas (facilitation-schemas.ts,
 * which re-exports them) so the counsellor's panel can use them without loading zod.
 * The steps follow a counselling session: write, read what was revealed, reflect, then
 * look at proposals together.
 */
export const AGENDA_STEPS = ["write", "read", "reflect", "proposals"] as const;

export const MAX_PROMPT_CHARS = 200;

type TAgendaStep = (typeof AGENDA_STEPS)[number];

/**
 * The agenda step of a phase: reflecting is reading what was revealed until the first
 * restatement is offered; null once they have agreed, every step behind them.
 */
export function agendaStepAt(phase: TPhase, hasRestatementOffers: boolean): TAgendaStep | null {
  switch (phase) {
    case "writing":
      return "write";
    case "reflecting":
      return hasRestatementOffers ? "reflect" : "read";
    case "proposing":
      return "proposals";
    case "agreed":
      return null;
  }
}

/** Whether `step` is behind the step they are at (`now`; null once they have agreed). */
export function isStepBehindOf(step: TAgendaStep, now: TAgendaStep | null): boolean {
  return now === null || AGENDA_STEPS.indexOf(step) < AGENDA_STEPS.indexOf(now);
}
