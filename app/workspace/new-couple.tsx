"use client";

import { useState, type FormEvent } from "react";
import type { TPersonalLink } from "../../core/protocol/create-space";
import { PersonalLink } from "../components/personal-link";
import type { TSend } from "../s/[spaceId]/use-space-connection";

/** A space for a couple, with you as their counsellor; their two links are shown once, to hand over. */
export function NewCouple({ send }: { send: TSend }) {
  const [links, setLinks] = useState<TPersonalLink[] | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const ack = await send<{ spaceId: string; links: TPersonalLink[] }>("couple:create", {
      partnerA: form.get("partnerA"),
      partnerB: form.get("partnerB"),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    if (ack.ok && ack.result) return setLinks(ack.result.links);
    if (!ack.ok) {
      setProblems(ack.error.fields ?? {});
      setProblem(ack.error.fields ? null : ack.error.message);
    }
  }
  if (links) {
    return (
      <section className="card" aria-labelledby="new-couple-links">
        <h2 id="new-couple-links">Their space is ready</h2>
        <p className="muted">Give each partner their own link, or let them scan its code. They are shown only now.</p>
        {links.map((person) => (
          <PersonalLink key={person.participantId} person={person} withQrCode heading={`${person.name}’s link`} />
        ))}
        <button className="button quiet" type="button" onClick={() => setLinks(null)}>
          Create another
        </button>
      </section>
    );
  }
  return (
    <form className="card" onSubmit={create} noValidate aria-labelledby="new-couple-heading">
      <h2 id="new-couple-heading">A space for a new couple</h2>
      {(["partnerA", "partnerB"] as const).map((name, i) => (
        <div className="field" key={name}>
          <label htmlFor={`couple-${name}`}>{i === 0 ? "First partner’s first name" : "Second partner’s first name"}</label>
          <input id={`couple-${name}`} name={name} type="text" maxLength={40} autoComplete="off" aria-invalid={problems[name] ? true : undefined} />
          {problems[name] && <span className="problem">{problems[name]}</span>}
        </div>
      ))}
      {problem && <p className="problem" role="alert">{problem}</p>}
      <button className="button wide" type="submit">
        Create their space
      </button>
    </form>
  );
}
