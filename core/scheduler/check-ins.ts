import type { TCheckInFrequency, TReassuranceLike } from "./check-in-types";
import type { PartnerKey } from "./model";
import type { TBlock, TCheckIn, TCheckInPlan } from "./proposal";
import { listText, whenText } from "./wording";

/**
 * Check-ins for time apart ("take a break, but agree when you will come back"): for every
 * alone block the partner who is away checks in with the one at home. The more-needing
 * partner's frequency wins (CHK1); the channel is that partner's (CHK2); every block has
 * an agreed return time even when nobody asked for check-ins (CHK3).
 */
const RANK: Record<TCheckInFrequency, number> = { none: 0, "once-midway": 1, "at-start-and-end": 2, "every-two-hours": 3 };

export function checkInSlots(frequency: TCheckInFrequency, start: number, end: number): number[] {
  switch (frequency) {
    case "none":
      return [];
    case "once-midway":
      return [start + Math.floor((end - start) / 2)];
    case "at-start-and-end":
      return [start, end];
    case "every-two-hours": {
      const at: number[] = [];
      for (let s = start; s < end; s += 4) at.push(s);
      return [...at, end];
    }
  }
}

export function planCheckIns(
  blocks: readonly TBlock[],
  reassurance: Record<PartnerKey, TReassuranceLike>,
  names: Record<PartnerKey, string>,
): TCheckInPlan {
  const checkIns: TCheckIn[] = [];
  blocks.forEach((block, blockIndex) => {
    if (block.owner === "together") return;
    const from = block.owner;
    const to: PartnerKey = from === "A" ? "B" : "A";
    // The partner at home wins ties: their reassurance is what time apart must protect.
    const leader = RANK[reassurance[from].frequency] > RANK[reassurance[to].frequency] ? from : to;
    const { frequency, channel } = reassurance[leader];
    checkIns.push({
      blockIndex,
      from,
      to,
      frequency,
      channel,
      atSlots: checkInSlots(frequency, block.startSlot, block.endSlot),
      returnSlot: block.endSlot,
    });
  });
  return { checkIns, summary: summarise(blocks, checkIns, names) };
}

const FREQUENCY_WORDS: Record<TCheckInFrequency, string> = {
  none: "no check-ins, just the agreed return time",
  "once-midway": "one check-in halfway",
  "at-start-and-end": "a check-in when it starts and when it ends",
  "every-two-hours": "a check-in every two hours",
};

function summarise(blocks: readonly TBlock[], checkIns: readonly TCheckIn[], names: Record<PartnerKey, string>): string {
  if (checkIns.length === 0) return "There is no time apart in this plan, so no check-ins are needed.";
  const parts = (["A", "B"] as const).flatMap((p) => {
    const mine = checkIns.filter((c) => c.from === p);
    if (mine.length === 0) return [];
    const first = mine[0]!;
    const channel = first.channel === "any" ? "any way that suits you" : `by ${first.channel}`;
    const other = names[p === "A" ? "B" : "A"];
    const when = listText(mine.slice(0, 2).map((c) => whenText(blocks[c.blockIndex]!)));
    return [
      `during ${names[p]}'s time apart (${when}${mine.length > 2 ? " and more" : ""}), ${names[p]} sends ${other} ${FREQUENCY_WORDS[first.frequency]} ${channel}`,
    ];
  });
  const sentence = parts.join("; ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}, and every time apart ends at an agreed time.`;
}
