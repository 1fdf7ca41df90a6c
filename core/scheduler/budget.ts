/**
 * The hard time budget (README "Budget", **BUD1**). The engine reads no clock of its own:
 * a caller that needs an answer in time (the proposal worker, the bench) passes one, and
 * without one the engine runs to its node and effort limits only, deterministically.
 *
 * One call at a time runs in a thread, so the deadline of the running call is module
 * state, set for the call and cleared after it: the deep loops that can run long (a joint
 * DP's rows, a search's nodes, TOG1's moves) look at it without every signature carrying it.
 */
export interface Budget {
  /** Milliseconds the whole proposal set may take. */
  ms: number;
  /** A monotonic clock in milliseconds (e.g. `performance.now`). */
  now: () => number;
}

/** Thrown from inside a long computation once its deadline has passed; caught by the search that ran it. */
export class OutOfTime extends Error {
  constructor() {
    super("out of time");
  }
}

let clock: (() => number) | undefined;
let start = 0;
let total = Infinity;
let end = Infinity;

/** Runs `fn` with the budget's clock started now; without a budget nothing is ever out of time. */
export function withinBudget<T>(budget: Budget | undefined, fn: () => T): T {
  const saved = { clock, start, total, end };
  clock = budget?.now;
  start = budget ? budget.now() : 0;
  total = budget ? budget.ms : Infinity;
  end = start + total;
  try {
    return fn();
  } finally {
    ({ clock, start, total, end } = saved);
  }
}

/**
 * Runs one phase of the call, which must end by `share` of the whole budget (0–1, counted
 * from the call's start); a phase never extends the deadline of the phase around it.
 */
export function phase<T>(share: number, fn: () => T): T {
  const saved = end;
  end = Math.min(end, start + share * total);
  try {
    return fn();
  } finally {
    end = saved;
  }
}

/**
 * Runs `fn` in the first `share` (0–1) of what is left of the running phase; without a
 * budget, as the phase itself.
 */
export function partOfPhase<T>(share: number, fn: () => T): T {
  if (clock === undefined) return fn();
  const saved = end;
  end = Math.min(end, clock() + share * Math.max(0, end - clock()));
  try {
    return fn();
  } finally {
    end = saved;
  }
}

export function isOutOfTime(): boolean {
  return clock !== undefined && clock() >= end;
}

/** For the deep loops: stop the computation if the phase's time is up. */
export function checkTime(): void {
  if (clock !== undefined && clock() >= end) throw new OutOfTime();
}

/** Milliseconds left of the whole call (Infinity without a budget). */
export function msLeft(): number {
  return clock === undefined ? Infinity : Math.max(0, start + total - clock());
}

/** Milliseconds left of the running phase (Infinity without a budget). */
export function msLeftInPhase(): number {
  return clock === undefined ? Infinity : Math.max(0, end - clock());
}
