/**
 * CHK1's date rule in one place, for the domain and every screen that says "check-in due":
 * an agreement's review is due from its review date on. Compared as instants, never as
 * text, so a date written with another offset still compares right. It imports nothing, so
 * a page can use it without loading the domain.
 */
export function isReviewDateReached(reviewAt: string, now: string | number): boolean {
  return (typeof now === "number" ? now : Date.parse(now)) >= Date.parse(reviewAt);
}
