import { SLOTS_PER_DAY } from "../../week/slots";
import type { TFear, TNeed, TStatement, TTogetherWish } from "../statement";

/** Test data builders: a plausible statement, with only what a test cares about changed. */
export function aNeed(overrides: Partial<TNeed> = {}): TNeed {
  return {
    id: "need-1",
    label: "Sunday mornings to myself",
    kind: "alone",
    minHoursPerWeek: 3,
    idealHoursPerWeek: 5,
    minBlockMinutes: 120,
    windows: [{ days: [6], startHalfHour: 16, endHalfHour: 26, weight: 3 }],
    priority: 4,
    ...overrides,
  };
}

export function aTogetherWish(overrides: Partial<TTogetherWish> = {}): TTogetherWish {
  return {
    id: "together-1",
    label: "Date night",
    minHoursPerWeek: 2,
    idealHoursPerWeek: 3,
    minBlockMinutes: 120,
    windows: [{ days: [4], startHalfHour: 38, endHalfHour: 46, weight: 3 }],
    ...overrides,
  };
}

export function aFear(overrides: Partial<TFear> = {}): TFear {
  return { kind: "neglected", intensity: 3, words: "That time apart turns into drifting apart.", ...overrides };
}

/** Busy on weekdays 9–17 and every night 23–7. */
export function officeWeek(): string {
  const slots: string[] = [];
  for (let day = 0; day < 7; day++) {
    for (let half = 0; half < SLOTS_PER_DAY; half++) {
      const isNight = half < 14 || half >= 46;
      const isWork = day < 5 && half >= 18 && half < 34;
      slots.push(isNight || isWork ? "1" : "0");
    }
  }
  return slots.join("");
}

export function aStatement(overrides: Partial<TStatement> = {}): TStatement {
  return {
    appreciation: "I value how we laugh together.",
    needs: [aNeed()],
    together: [aTogetherWish()],
    fears: [aFear()],
    reassurance: { frequency: "at-start-and-end", channel: "text", words: "A short message when you head out." },
    busy: officeWeek(),
    ...overrides,
  };
}
