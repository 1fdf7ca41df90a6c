import type { TSpaceView } from "../../../../core/negotiation/view";

/** Tells the partners a step is held, and by whom, so a closed door is never a mystery (FAC3). */
export function HeldNotice({ view }: { view: TSpaceView }) {
  const held = view.facilitation.held;
  if (held.length === 0 || view.me.role === "counsellor") return null;
  const who = view.participants.find((p) => p.role === "counsellor")?.name ?? "Your counsellor";
  return (
    <p className="held-notice" role="status" data-testid="held-notice">
      {held.includes("reflect") && view.phase === "reflecting"
        ? `${who} would like you to talk about what you read first. Reflecting opens when they release it.`
        : held.includes("proposals")
          ? `${who} is keeping proposals closed while you talk. They open when ${who} releases them.`
          : `${who} is holding the next step for now.`}
    </p>
  );
}
