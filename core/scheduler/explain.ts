import type { PartnerKey, SlotModel } from "./model";
import type { TBlock, TProposalKind } from "./proposal";
import type { WishPlan } from "./wish-dp";
import { hoursText, listText, whenText } from "./wording";

/** Plain sentences, with names: why the plan looks as it does, what each gives and gets. */
const WHY: Record<TProposalKind, string> = {
  balanced: "This plan gives whoever gets less as much as possible, then as much as possible to both",
  "start-small": "This plan starts with a lighter first week and grows into the balanced plan over four weeks",
  "equal-share": "This plan gives each of you the same share of the best you could each get on your own",
  nash: "This plan makes the product of your satisfactions as large as possible, trading a little balance for more in total",
};

export function explain(
  model: SlotModel,
  kind: TProposalKind,
  plans: readonly WishPlan[],
  blocks: readonly TBlock[],
  sat: Record<PartnerKey, number>,
): string[] {
  const { names } = model;
  const out = [`${WHY[kind]}: ${names.A} ${Math.round(sat.A)} %, ${names.B} ${Math.round(sat.B)} %.`];
  for (const p of ["A", "B"] as const) {
    const gets: string[] = [];
    const gives: string[] = [];
    model.wishes.forEach((w, i) => {
      if (w.partner !== p) return;
      const k = plans[i]!.slots.length;
      if (k > 0) gets.push(`${hoursText(k)} for ${w.label}`);
      if (k < w.idealSlots) gives.push(`${w.label} (${hoursText(k)} of the ${hoursText(w.idealSlots)} hoped for)`);
    });
    out.push(gets.length ? `${names[p]} gets ${listText(gets)}.` : `${names[p]} gets no scheduled time this week.`);
    if (gives.length) out.push(`${names[p]} gives a little on ${listText(gives)}.`);
  }
  // EXP1: each together block is credited to the partner who wished for it.
  const credits: string[] = [];
  for (const p of ["A", "B"] as const) {
    const theirs = blocks.filter((b) => b.owner === "together" && b.wisher === p);
    if (theirs.length > 0) credits.push(`${listText(theirs.map((b) => `${b.label} on ${whenText(b)}`))}, as ${names[p]} wished`);
  }
  if (credits.length > 0) out.push(`Time together: ${credits.join("; ")}; kept free for both of you.`);
  return out;
}
