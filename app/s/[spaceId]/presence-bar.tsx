"use client";

import type { ReactNode } from "react";
import type { TParticipantView, TSpaceView } from "../../../core/negotiation/view";
import { presenceWordsFor } from "./presence-words";

const ROLE_LABEL = { partnerA: "partner", partnerB: "partner", counsellor: "counsellor" } as const;

/**
 * Who else is here, live, in one line that stays at the top while scrolling, with Pause
 * at its end: within reach on every screen, and never over the words someone reads.
 * `isConnected`: our own connection is up and has told us who is here since it came up;
 * without that we cannot know who is here now.
 */
export function PresenceBar({ view, online, isConnected, pauseControl }: { view: TSpaceView; online: string[]; isConnected: boolean; pauseControl: ReactNode }) {
  const others = view.participants.filter((p) => p.id !== view.me.id);
  return (
    <div className="presence-bar" data-testid="presence-bar">
      <ul className="people" aria-label="Who’s here" aria-live="polite">
        {others.map((person) => (
          <PersonChip key={person.id} person={person} isOnline={online.includes(person.id)} isConnected={isConnected} />
        ))}
      </ul>
      {pauseControl}
    </div>
  );
}

function PersonChip({ person, isOnline, isConnected }: { person: TParticipantView; isOnline: boolean; isConnected: boolean }) {
  const { kind, words } = presenceWordsFor(person, { isOnline, isConnected });
  const isShownOnline = kind === "online";
  return (
    <li className="person" data-testid={`person-${person.name}`} data-online={isShownOnline} data-presence={kind}>
      <span className={`presence-dot ${isShownOnline ? "online" : ""}`} aria-hidden="true" />
      <span className="name">{person.name}</span>
      <span className="visually-hidden">, {ROLE_LABEL[person.role]},</span>{" "}
      <span className="status" data-testid="presence">
        {words}
      </span>
    </li>
  );
}
