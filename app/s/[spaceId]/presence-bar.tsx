"use client";

import type { ReactNode } from "react";
import type { TParticipantView, TSpaceView } from "../../../core/negotiation/view";

const ROLE_LABEL = { partnerA: "partner", partnerB: "partner", counsellor: "counsellor" } as const;

/**
 * Who else is here, live, in one line that stays at the top while scrolling, with Pause
 * at its end: within reach on every screen, and never over the words someone reads.
 */
export function PresenceBar({ view, online, pauseControl }: { view: TSpaceView; online: string[]; pauseControl: ReactNode }) {
  const others = view.participants.filter((p) => p.id !== view.me.id);
  return (
    <div className="presence-bar" data-testid="presence-bar">
      <ul className="people" aria-label="Who’s here" aria-live="polite">
        {others.map((person) => (
          <PersonChip key={person.id} person={person} isOnline={online.includes(person.id)} />
        ))}
      </ul>
      {pauseControl}
    </div>
  );
}

function PersonChip({ person, isOnline }: { person: TParticipantView; isOnline: boolean }) {
  const status = isOnline ? "online" : person.hasJoined ? "away" : "not joined yet";
  return (
    <li className="person" data-testid={`person-${person.name}`} data-online={isOnline}>
      <span className={`presence-dot ${isOnline ? "online" : ""}`} aria-hidden="true" />
      <span className="name">{person.name}</span>
      <span className="visually-hidden">, {ROLE_LABEL[person.role]},</span>{" "}
      <span className="status" data-testid="presence">
        {status}
      </span>
    </li>
  );
}
