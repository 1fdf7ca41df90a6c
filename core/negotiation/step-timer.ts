import type { TAgendaStep } from "./facilitation-schemas";
import { AGENDA_STEPS } from "./facilitation-terms";
import { phaseOf, type TSpaceState } from "./state";

/** Where the session is, as a step of the agenda; null once they have agreed, every step behind them. */
export function agendaStepOf(state: TSpaceState): TAgendaStep | null {
  switch (phaseOf(state)) {
    case "writing":
      return "write";
    case "reflecting":
      // Reading what was revealed until the first restatement is offered.
      return Object.keys(state.reflection.offers).length > 0 ? "reflect" : "read";
    case "proposing":
      return "proposals";
    case "agreed":
      return null;
  }
}

/** Whether the session has moved past this step of the agenda. */
export function isStepBehind(state: TSpaceState, step: TAgendaStep): boolean {
  const now = agendaStepOf(state);
  return now === null || AGENDA_STEPS.indexOf(step) < AGENDA_STEPS.indexOf(now);
}

/**
 * A step timer belongs to its step (FAC2): once the session has moved past that step it ends
 * by itself, so a writing timer's "time's up" never hangs over reading, nor a proposals timer
 * over the agreement. Nobody stopped it, so nothing is recorded. A timer the counsellor
 * started early, for a step still ahead, runs until that step is behind them too.
 */
export function endTimerPastItsStep(state: TSpaceState): TSpaceState {
  const timer = state.facilitation.timer;
  if (!timer || !isStepBehind(state, timer.step)) return state;
  return { ...state, facilitation: { ...state.facilitation, timer: null } };
}
