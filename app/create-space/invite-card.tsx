"use client";

import Link from "next/link";
import type { TCreateSpaceResponse } from "../../core/protocol/create-space";
import { PersonalLink } from "../components/personal-link";

/**
 * Shown once, right after creation: the only moment the links exist in readable form
 * (the server keeps only their hashes). The partner's link gets a QR code for a phone
 * in the same room.
 */
export function InviteCard({ created }: { created: TCreateSpaceResponse }) {
  const [mine, partner, ...others] = created.links;
  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Your space is ready</h2>
      <p className="muted">
        Each link opens the space as one person, so share each one only with them. This device already knows you,{" "}
        {mine?.name}.
      </p>
      {partner && <PersonalLink person={partner} withQrCode heading={`${partner.name}’s link`} />}
      {others.map((person) => (
        <PersonalLink key={person.participantId} person={person} heading={`${person.name}’s link (counsellor)`} />
      ))}
      {mine && (
        <PersonalLink person={mine} isOwn heading="Your own link" note="To open the space on another device of yours." />
      )}
      <Link className="button wide" href={`/s/${created.spaceId}`}>
        Go to our space
      </Link>
    </section>
  );
}
