import type { TSpaceSummary, TWaitingStatus } from "../../core/workspace/space-summary";
import { isReviewDateReached } from "../../core/negotiation/review-date";

/** Facilitator wording: how a counsellor reads a couple's state at a glance. */
const STEP_WORDS = {
  writing: "Writing privately",
  reflecting: "Reflecting",
  proposing: "Choosing a plan",
  agreed: "Agreed",
} as const;

const WAITING_WORDS: Record<TWaitingStatus, string> = {
  "not-started": "hasn’t started writing",
  writing: "is writing",
  "to-restate": "is restating their partner’s need",
  "to-answer": "is answering a reflection",
  "to-choose": "hasn’t chosen a plan yet",
  "check-in-not-started": "hasn’t started the check-in",
  "checking-in": "is answering the check-in",
  "to-decide": "hasn’t chosen what comes next",
};

export function stepWords(summary: TSpaceSummary): string {
  if (!summary.isGuided) return "No longer guided by you";
  return summary.step ? STEP_WORDS[summary.step] : "";
}

export function coupleName(summary: TSpaceSummary): string {
  return summary.partners.map((p) => p.name).join(" and ");
}

/** "Maya is writing · Sam hasn’t started writing", or what the session waits for. */
export function waitingWords(summary: TSpaceSummary): string {
  if (!summary.isGuided) return "";
  if (summary.step === "agreed" && !summary.checkIn) {
    return summary.checkInAskedAt ? "One of them asked for an early check-in." : "Nothing is waiting: they have an agreement.";
  }
  if (summary.waitingFor.length === 0) {
    if (summary.checkIn?.stage === "answering") return "Both have answered the check-in.";
    return summary.step === "writing" ? "Both have submitted." : "Nothing is waiting on them.";
  }
  const nameOf = (id: string) => summary.partners.find((p) => p.id === id)?.name ?? "Someone";
  return summary.waitingFor.map((w) => `${nameOf(w.participantId)} ${WAITING_WORDS[w.status]}`).join(" · ");
}

export type TCoupleFilter = "all" | "needs-me" | "paused" | "review-due";
export type TCoupleSort = "activity" | "name" | "step";

const REVIEW_SOON_MS = 7 * 24 * 60 * 60_000;

const NOBODY: readonly string[] = [];

/** Who counts as here: nobody while the lists may be from before this connection (cut off, or not yet told). */
export function hereIfKnown(online: readonly string[], isPresenceKnown: boolean): readonly string[] {
  return isPresenceKnown ? online : NOBODY;
}

/**
 * "Needs me now": a step I hold is waiting for my release, or the couple is in session
 * (someone online, not paused, no agreement yet).
 */
export function needsMe(summary: TSpaceSummary, online: readonly string[]): boolean {
  if (!summary.isGuided) return false;
  if (summary.held.length > 0 && summary.step !== "agreed") return true;
  const partnerOnline = summary.partners.some((p) => online.includes(p.id));
  return partnerOnline && summary.pausedUntil === null && summary.step !== "agreed";
}

/** A review within the week, a check-in due, asked for or under way: the "Review due" filter. */
export function isReviewDue(summary: TSpaceSummary, now: number): boolean {
  if (!summary.isGuided) return false;
  if (summary.checkIn || summary.checkInAskedAt) return true;
  return summary.step === "agreed" && summary.reviewAt !== null && Date.parse(summary.reviewAt) - now <= REVIEW_SOON_MS;
}

/** The check-in fact of a couple's row: under way, asked for, due since a date, or the next review. */
export function checkInFact(summary: TSpaceSummary, now: number, formatDay: (iso: string) => string): string | null {
  if (!summary.isGuided) return null;
  if (summary.checkIn) {
    return summary.checkIn.stage === "answering"
      ? `Check-in ${summary.checkIn.number} under way`
      : `Check-in ${summary.checkIn.number}: choosing what comes next`;
  }
  if (summary.checkInAskedAt) return "Early check-in asked for";
  if (summary.step !== "agreed" || !summary.reviewAt) return null;
  return isReviewDateReached(summary.reviewAt, now) ? `Check-in due since ${formatDay(summary.reviewAt)}` : `Review ${formatDay(summary.reviewAt)}`;
}

export function matchesFilter(summary: TSpaceSummary, filter: TCoupleFilter, online: readonly string[], now: number): boolean {
  switch (filter) {
    case "all":
      return true;
    case "needs-me":
      return needsMe(summary, online);
    case "paused":
      return summary.isGuided && summary.pausedUntil !== null;
    case "review-due":
      return isReviewDue(summary, now);
  }
}

const STEP_ORDER = { writing: 0, reflecting: 1, proposing: 2, agreed: 3 } as const;

export function compareCouples(sort: TCoupleSort): (a: TSpaceSummary, b: TSpaceSummary) => number {
  switch (sort) {
    case "activity":
      return (a, b) => (b.lastActivityAt ?? "").localeCompare(a.lastActivityAt ?? "") || coupleName(a).localeCompare(coupleName(b));
    case "name":
      return (a, b) => coupleName(a).localeCompare(coupleName(b));
    case "step":
      return (a, b) => (a.step ? STEP_ORDER[a.step] : 9) - (b.step ? STEP_ORDER[b.step] : 9) || coupleName(a).localeCompare(coupleName(b));
  }
}

/** "just now", "4 min ago", "3 h ago", "2 days ago": last activity, calm and coarse. */
export function sinceWords(at: string | null, now: number): string {
  if (!at) return "no activity yet";
  const minutes = Math.max(0, Math.round((now - Date.parse(at)) / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}
