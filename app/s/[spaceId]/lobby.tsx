"use client";

import type { TParticipantView, TSpaceView } from "../../../core/negotiation/view";
import { InviteAgain } from "./invite-again";
import type { TSend } from "./use-space-connection";

const ROLE_LABEL = { partnerA: "Partner", partnerB: "Partner", counsellor: "Counsellor" } as const;

/** Who is here, live. The first thing both partners see together; every phase keeps it at the top. */
export function Lobby({ view, online, send }: { view: TSpaceView; online: string[]; send: TSend }) {
  const isPartner = view.me.role !== "counsellor";
  return (
    <>
      <h1>Hello, {view.me.name}</h1>
      <section className="card" aria-labelledby="people-heading">
        <h2 id="people-heading">Who’s here</h2>
        <ul className="people" aria-live="polite">
          {view.participants.map((person) => (
            <PersonRow key={person.id} person={person} isMe={person.id === view.me.id} isOnline={online.includes(person.id)} />
          ))}
        </ul>
        {isPartner &&
          view.participants
            .filter((p) => !p.hasJoined && p.id !== view.me.id)
            .map((p) => <InviteAgain key={p.id} person={p} send={send} />)}
      </section>
    </>
  );
}

function PersonRow({ person, isMe, isOnline }: { person: TParticipantView; isMe: boolean; isOnline: boolean }) {
  const status = isOnline ? "Online" : person.hasJoined ? "Offline" : "Hasn’t opened their link yet";
  return (
    <li className="person" data-testid={`person-${person.name}`} data-online={isOnline}>
      <span className={`avatar ${person.role === "counsellor" ? "counsellor" : ""}`} aria-hidden="true">
        {person.name.slice(0, 1).toUpperCase()}
        <span className={`presence-dot ${isOnline ? "online" : ""}`} />
      </span>
      <span className="who">
        <span className="name">
          {person.name}
          {isMe && <span className="muted"> (you)</span>}
        </span>
        <br />
        <span className="status">
          {ROLE_LABEL[person.role]} · <span data-testid="presence">{status}</span>
        </span>
      </span>
    </li>
  );
}
