import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLargerThan, payloadBytes } from "./parse-command";

describe("isLargerThan (the 64 KiB command limit)", () => {
  it("agrees with the exact UTF-8 length of the JSON, for any JSON value and limit", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4000 }), (value, limit) => {
        expect(isLargerThan(value, limit)).toBe(payloadBytes(value) > limit);
      }),
      { numRuns: 2000 },
    );
  });

  it("measures escapes and characters outside ASCII exactly near the limit", () => {
    const text = "\u0001é😀\"".repeat(100);
    const exact = payloadBytes({ text });
    expect(isLargerThan({ text }, exact)).toBe(false);
    expect(isLargerThan({ text }, exact - 1)).toBe(true);
  });
});
