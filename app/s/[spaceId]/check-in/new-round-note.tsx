import type { TSpaceView } from "../../../../core/negotiation/view";

/**
 * During a round after a check-in (CHK7): what is going on now, and that the agreement made
 * before still holds until a new one is made.
 */
export function NewRoundNote({ view }: { view: TSpaceView }) {
  const inForce = view.agreements.at(-1);
  if (view.round < 2 || view.phase === "agreed" || !inForce) return null;
  const how = view.checkIn.history.at(-1)?.decision?.kind;
  const isCounsellor = view.me.role === "counsellor";
  return (
    <p className="notice calm new-round-note" data-testid="new-round-note">
      {isCounsellor
        ? `They are ${how === "afresh" ? "writing their agreement afresh" : "adjusting their agreement"}. Version ${inForce.version} holds until they agree on a new one.`
        : how === "afresh"
          ? `You chose to write afresh. Version ${inForce.version} of your agreement holds until you agree on a new one.`
          : `You chose to adjust your agreement. Your last statement is filled in: change what you like, then submit. Version ${inForce.version} holds until you agree on a new one.`}
    </p>
  );
}
