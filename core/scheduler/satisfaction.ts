import type { PartnerKey, Wish } from "./model";

/**
 * README "Satisfaction" (SAT1–SAT4). A wish scheduled for k slots, Ω = Σ window weight
 * of its slots (0–3 each):
 *   score = 0 when k = 0, else (1 − ρ)·r + ρ·Ω / (3·ideal),  r = (k − min)/(ideal − min)
 * (r = 1 when ideal = min). A partner's satisfaction is the weight-averaged score × 100.
 * Linear in k and Ω once a wish is active, which is what lets the MILP oracle state the
 * very same model.
 */
export function wishScore(w: Wish, slots: number, windowSum: number): number {
  // Below the minimum (only possible in start-small ramp weeks) counts as nothing yet.
  if (slots === 0 || slots < w.minSlots) return 0;
  const r = w.idealSlots > w.minSlots ? (slots - w.minSlots) / (w.idealSlots - w.minSlots) : 1;
  const windowPart = w.windowShare > 0 ? windowSum / (3 * w.idealSlots) : 0;
  return (1 - w.windowShare) * r + w.windowShare * windowPart;
}

export function totalWeight(wishes: readonly Wish[], p: PartnerKey): number {
  let total = 0;
  for (const w of wishes) if (w.partner === p) total += w.weight;
  return total;
}

/** Satisfaction 0–100 of partner p given each wish's score (same order as `wishes`). */
export function partnerSatisfaction(wishes: readonly Wish[], scores: readonly number[], p: PartnerKey): number {
  const total = totalWeight(wishes, p);
  if (total === 0) return 100;
  let sum = 0;
  wishes.forEach((w, i) => {
    if (w.partner === p) sum += w.weight * (scores[i] ?? 0);
  });
  return (100 * sum) / total;
}

export function windowSumOf(w: Wish, slots: readonly number[]): number {
  let sum = 0;
  for (const s of slots) sum += w.windowWeight[s] ?? 0;
  return sum;
}
