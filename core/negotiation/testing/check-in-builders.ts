import type { TCheckInAnswers, TPartAnswer } from "../check-in-schemas";

/** One part of a check-in, answered: kept and it felt good, unless a test says otherwise. */
export function aPartAnswer(overrides: Partial<TPartAnswer> = {}): TPartAnswer {
  return { kept: "kept", felt: 4, ...overrides };
}

/** A whole check-in, for a statement with `fears` fears (the builders' statement has one). */
export function checkInAnswers(overrides: Partial<Record<keyof TCheckInAnswers["parts"], Partial<TPartAnswer>>> = {}, fears = 1): TCheckInAnswers {
  return {
    parts: {
      myAlone: aPartAnswer(overrides.myAlone),
      partnerAlone: aPartAnswer(overrides.partnerAlone),
      together: aPartAnswer(overrides.together),
      inTouch: aPartAnswer(overrides.inTouch),
    },
    fears: Array.from({ length: fears }, (_, fear) => ({ fear, eased: "a-little" as const })),
  };
}
