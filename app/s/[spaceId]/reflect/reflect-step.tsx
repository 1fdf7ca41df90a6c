"use client";

import type { TSpaceView } from "../../../../core/negotiation/view";
import type { TSend } from "../use-space-connection";
import { MyReflection } from "./my-reflection";
import { ReflectionOfMe } from "./reflection-of-me";
import { ReflectionRecord } from "./reflection-record";
import { SkipChoice } from "./skip-choice";

/**
 * Mirroring, from couples counselling: each restates the other's most important need
 * and fear in their own words, and the other says "that's it" or "not quite". Everyone
 * in the space sees it live; it is not private.
 */
export function ReflectStep({ view, send }: { view: TSpaceView; send: TSend }) {
  const reflection = view.reflection;
  if (!reflection) return null;
  const partners = view.participants.filter((p) => p.role !== "counsellor");
  const isActive = view.phase === "reflecting";
  const me = partners.find((p) => p.id === view.me.id);
  const partner = partners.find((p) => p.id !== view.me.id);
  const offerBy = (id: string | undefined) => reflection.offers.find((o) => o.by === id) ?? null;

  return (
    <section className="reflect" id="reflect" aria-labelledby="reflect-heading" data-testid="reflect">
      <h2 id="reflect-heading">{!me ? "Their reflections" : isActive ? "Reflect what you heard" : "How you reflected"}</h2>
      {isActive && me && (
        <p className="muted">
          In your own words, say what matters most to your partner: their most important need, and their biggest fear.
          Not to judge or fix it. Just to show you heard.
        </p>
      )}
      {isActive && !me && (
        <p className="muted">Each restates the other’s most important need and fear; the other says whether it’s right.</p>
      )}
      {me && partner && isActive ? (
        <div className="reflect-columns">
          <MyReflection offer={offerBy(me.id)} partnerName={partner.name} send={send} />
          <ReflectionOfMe offer={offerBy(partner.id)} partnerName={partner.name} send={send} />
        </div>
      ) : (
        <div className="reflect-columns">
          {partners.map((p) => {
            const about = partners.find((q) => q.id !== p.id);
            return <ReflectionRecord key={p.id} offer={offerBy(p.id)} byName={p.id === view.me.id ? "You" : p.name} aboutName={about?.id === view.me.id ? "you" : (about?.name ?? "")} />;
          })}
        </div>
      )}
      {isActive && me && <SkipChoice view={view} send={send} />}
    </section>
  );
}
