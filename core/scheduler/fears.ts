import type { CHECK_IN_CHANNELS, CHECK_IN_FREQUENCIES, TFear } from "../negotiation/statement";
import type { PartnerKey } from "./model";
import type { TBlock, TCheckInPlan, TFearAddressed } from "./proposal";
import { hoursText, listText, whenText } from "./wording";

/**
 * Which of a partner's fears the plan answers, and how (FEAR1): neglect by protected
 * together time, disconnection by check-ins while apart (and together time), abandonment by
 * agreed return times, trust and jealousy by check-ins during the other's time apart.
 * "Other" is left for the review. FEAR2: each fear gets its own line, naming what in this
 * plan answers that fear for this partner — two fears, or two partners, never share one
 * line unless the plan gives them the very same answer in the very same words.
 */
export function fearsAddressed(
  fears: readonly TFear[],
  partner: PartnerKey,
  blocks: readonly TBlock[],
  checkIns: TCheckInPlan,
  names: Record<PartnerKey, string>,
): TFearAddressed[] {
  const me = names[partner];
  const other: PartnerKey = partner === "A" ? "B" : "A";
  const them = names[other];
  const together = blocks.filter((b) => b.owner === "together");
  const theirApart = blocks.filter((b) => b.owner === other);
  const withTouch = checkIns.checkIns.filter((c) => c.from === other && c.frequency !== "none");
  const togetherSlots = together.reduce((n, b) => n + b.endSlot - b.startSlot, 0);
  const togetherText = together.length
    ? `${hoursText(togetherSlots)} together is protected for ${me} and ${them}: ${listText(together.slice(0, 3).map((b) => `${b.label} on ${whenText(b)}`))}${together.length > 3 ? " and more" : ""}`
    : "";
  const touch = withTouch[0];
  const touchText = touch
    ? `${them} checks in ${FREQUENCY[touch.frequency]} by ${CHANNEL[touch.channel]} during ${withTouch.length === 1 ? "their one time apart" : `each of their ${withTouch.length} times apart`}`
    : "";
  const firstApart = theirApart[0];
  return fears.map((fear) => {
    const base = { kind: fear.kind, words: fear.words };
    switch (fear.kind) {
      case "neglected":
        return togetherText
          ? { ...base, isAddressed: true, how: `${togetherText}, so ${me} is not left out of the week` }
          : touchText
            ? { ...base, isAddressed: true, how: `this plan has no shared time, but ${touchText}` }
            : { ...base, isAddressed: false, how: `This plan has no time together for ${me} and ${them} yet; raise it when you adjust.` };
      case "disconnected":
        return touchText || togetherText
          ? { ...base, isAddressed: true, how: `${[touchText, togetherText].filter(Boolean).join("; and ")}, so ${me} stays in touch` }
          : { ...base, isAddressed: false, how: `Neither check-ins nor time together keep ${me} and ${them} in touch in this plan yet; agreeing on one would help.` };
      case "abandoned":
        return firstApart
          ? {
              ...base,
              isAddressed: true,
              how: `each of ${them}'s ${theirApart.length === 1 ? "one time" : `${theirApart.length} times`} apart ends at an agreed return time (the first: ${whenText(firstApart)}), so ${me} knows when ${them} is back`,
            }
          : { ...base, isAddressed: true, how: `${them} has no time apart from ${me} in this plan, so there is no return to wait for` };
      case "trust":
      case "jealousy":
        if (theirApart.length === 0) return { ...base, isAddressed: true, how: `${me} and ${them} are never apart in this plan, so ${me} need not wonder where ${them} is` };
        return touchText
          ? { ...base, isAddressed: true, how: `${touchText}, so ${me} hears from ${them} while apart` }
          : { ...base, isAddressed: false, how: `${them} has time apart but no check-ins were asked for; agreeing on one would help ${me}.` };
      case "other":
        return { ...base, isAddressed: false, how: "A schedule cannot answer this one; talk it through at your review." };
    }
  });
}

const FREQUENCY: Record<(typeof CHECK_IN_FREQUENCIES)[number], string> = {
  "at-start-and-end": "at the start and end",
  "once-midway": "once midway",
  "every-two-hours": "every two hours",
  none: "",
};
const CHANNEL: Record<(typeof CHECK_IN_CHANNELS)[number], string> = { text: "text", call: "a call", "voice-note": "a voice note", photo: "a photo", any: "any way" };
