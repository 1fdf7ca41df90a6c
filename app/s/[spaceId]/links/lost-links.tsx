"use client";

import type { TSpaceView } from "../../../../core/negotiation/view";
import { DoneStep } from "../done-step";
import type { TSend } from "../use-space-connection";
import { InviteAgain } from "./invite-again";

/**
 * SPC4: someone who lost every device asks their partner or counsellor for a new link. It
 * is folded away (rarely needed) and loud when used: the old link stops working, and the
 * space's timeline and the person themselves are told who made it (KEY1, KEY2).
 */
export function LostLinks({ view, send }: { view: TSpaceView; send: TSend }) {
  const others = view.participants.filter((p) => p.hasJoined && p.id !== view.me.id);
  if (others.length === 0) return null;
  return (
    <DoneStep summary="Someone lost their link?" testId="lost-links">
      <p className="small">
        A link can’t be shown again, but you can make a new one. Their old link stops working on every device, and everyone here sees that
        you made it.
      </p>
      {others.map((p) => (
        <InviteAgain key={p.id} person={p} send={send} isLost />
      ))}
    </DoneStep>
  );
}
