import type { TAgendaStep } from "./facilitation-schemas";
import { agendaStepAt, isStepBehindOf } from "./facilitation-terms";
import { phaseOf, type TSpaceState } from "./state";

/** Where the session is, as a step of the agenda; null once they have agreed. */
export function agendaStepOf(state: TSpaceState): TAgendaStep | null {
  return agendaStepAt(phaseOf(state), Object.keys(state.reflection.offers).length > 0);
}

/** Whether the session has moved past this step of the agenda. */
export function isStepBehind(state: TSpaceState, step: TAgendaStep): boolean {
  return isStepBehindOf(step, agendaStepOf(state));
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
