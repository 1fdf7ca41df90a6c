import { describe, expect, it } from "vitest";
import { choiceWords, decisionWords, FELT_WORDS, partTitle } from "./check-in-words";

describe("check-in words (CHK3, CHK6)", () => {
  it("CHK3: how it felt is five words, never a number", () => {
    expect(Object.values(FELT_WORDS)).toEqual(["Hard", "Uneasy", "All right", "Good", "Very good"]);
  });

  it("CHK3: parts are named from the one answering", () => {
    expect(partTitle("myAlone", "Ben")).toBe("Your own time");
    expect(partTitle("partnerAlone", "Ben")).toBe("Ben’s own time");
  });

  it("CHK6: a choice reads as a sentence", () => {
    expect(choiceWords({ kind: "keep", weeks: 1 })).toBe("keep the agreement and look at it again in 1 week");
    expect(choiceWords({ kind: "afresh" })).toMatch(/afresh/);
    expect(decisionWords({ kind: "keep", weeks: 6 })).toBe("kept it, next review in 6 weeks");
  });
});
