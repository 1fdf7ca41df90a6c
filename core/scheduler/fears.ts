import type { TFear } from "../negotiation/statement";
import type { PartnerKey } from "./model";
import type { TBlock, TCheckInPlan, TFearAddressed } from "./proposal";
import { whenText } from "./wording";

/**
 * Which of a partner's fears the plan answers, and how (FEAR1): neglect and disconnection
 * by protected together time and check-ins, abandonment by agreed return times, trust and
 * jealousy by check-ins during the other's time apart. "Other" is left for the review.
 */
export function fearsAddressed(
  fears: readonly TFear[],
  partner: PartnerKey,
  blocks: readonly TBlock[],
  checkIns: TCheckInPlan,
  names: Record<PartnerKey, string>,
): TFearAddressed[] {
  const other: PartnerKey = partner === "A" ? "B" : "A";
  const together = blocks.filter((b) => b.owner === "together");
  const theirCheckIns = checkIns.checkIns.filter((c) => c.from === other);
  const withTouch = theirCheckIns.filter((c) => c.frequency !== "none");
  const theirApart = blocks.filter((b) => b.owner === other);
  const dateText = together[0] ? `a protected ${together[0].label} (${whenText(together[0])})` : "";
  const touchText = withTouch[0]
    ? `${withTouch[0].frequency === "every-two-hours" ? "regular" : "agreed"} check-ins by ${withTouch[0].channel} during ${names[other]}'s time apart`
    : "";
  const join = (...xs: string[]) => xs.filter(Boolean).join(" and ");
  return fears.map((fear) => {
    const base = { kind: fear.kind, words: fear.words };
    switch (fear.kind) {
      case "neglected":
      case "disconnected": {
        const how = join(dateText, touchText);
        return { ...base, isAddressed: how !== "", how: how || "This plan has no shared time or check-ins yet; raise it when you adjust." };
      }
      case "abandoned": {
        const how =
          theirApart.length > 0
            ? join(`each time ${names[other]} is apart ends at an agreed return time`, touchText)
            : `${names[other]} has no time apart in this plan`;
        return { ...base, isAddressed: true, how };
      }
      case "trust":
      case "jealousy":
        return withTouch.length > 0 || theirApart.length === 0
          ? { ...base, isAddressed: true, how: touchText || `${names[other]} has no time apart in this plan` }
          : { ...base, isAddressed: false, how: "No check-ins were asked for; agreeing on one would help." };
      case "other":
        return { ...base, isAddressed: false, how: "A schedule cannot answer this one; talk it through at your review." };
    }
  });
}
