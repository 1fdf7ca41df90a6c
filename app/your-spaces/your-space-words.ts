import type { TYourSpace } from "../../core/protocol/your-spaces";
import { isReviewDateReached } from "../../core/negotiation/review-date";

const day = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short" });
const dayAndTime = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

const STEP_WORDS = {
  writing: "Writing privately",
  reflecting: "Reflecting on what you wrote",
  proposing: "Choosing a plan",
  agreed: "Agreed",
} as const;

/** One space in "Your spaces", in words: whose space, and where it is now. */
export function spaceLine(space: TYourSpace, now: string): { title: string; detail: string } {
  if (space.status === "signed-out") {
    return { title: "A space this device was signed out of", detail: "Someone made a new link; open the space with your new link." };
  }
  const partners = space.others.filter((o) => o.role !== "counsellor").map((o) => o.name);
  const title = space.me.role === "counsellor" ? `${partners.join(" and ")} (you guide them)` : `You and ${partners.join(" and ") || "your partner"}`;
  const details: string[] = [];
  if (space.pausedUntil) details.push(`Paused until ${dayAndTime.format(new Date(space.pausedUntil))}`);
  else if (space.agreement) {
    const isDue = isReviewDateReached(space.agreement.reviewAt, now);
    details.push(`Agreement v${space.agreement.version}`, isDue ? "check-in due" : `next review ${day.format(new Date(space.agreement.reviewAt))}`);
  } else details.push(STEP_WORDS[space.phase]);
  if (space.hasLinkNotice) details.push("you have a new link");
  return { title, detail: details.join(" · ") };
}
