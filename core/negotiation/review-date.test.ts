import { describe, expect, it } from "vitest";
import { isReviewDateReached } from "./review-date";

describe("CHK1: a review is due from its review date on", () => {
  it("is not due before the date, and due at and after it", () => {
    expect(isReviewDateReached("2026-12-05T10:00:00.000Z", "2026-12-05T09:59:59.999Z")).toBe(false);
    expect(isReviewDateReached("2026-12-05T10:00:00.000Z", "2026-12-05T10:00:00.000Z")).toBe(true);
    expect(isReviewDateReached("2026-12-05T10:00:00.000Z", Date.parse("2026-12-06T08:00:00.000Z"))).toBe(true);
  });

  it("compares instants, not text: a date written with an offset is read as the moment it names", () => {
    // 10:00 in Berlin is 09:00Z; at 09:30Z it is due, though "10:00" sorts after "09:30" as text.
    expect(isReviewDateReached("2026-12-05T10:00:00.000+01:00", "2026-12-05T09:30:00.000Z")).toBe(true);
    expect(isReviewDateReached("2026-12-05T10:00:00.000+01:00", "2026-12-05T08:30:00.000Z")).toBe(false);
  });
});
