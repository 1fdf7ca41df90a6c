/**
 * The server's sense of now. In production it is the system clock; tests and the
 * browser tests may start it ahead and move it forward, so nothing waits for real minutes.
 */
export type Clock = { now: () => Date; advance: (ms: number) => void; isAdjustable: boolean };

export function systemClock(): Clock {
  return {
    now: () => new Date(),
    advance: () => {
      throw new Error("The system clock cannot be moved.");
    },
    isAdjustable: false,
  };
}

export function adjustableClock(offsetMs = 0): Clock {
  let offset = offsetMs;
  return {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
    isAdjustable: true,
  };
}
