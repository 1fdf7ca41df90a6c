"use client";

import { useState } from "react";
import type { TSpaceView } from "../../../../core/negotiation/view";

/** The counsellor's newest prompt, on every screen at once (FAC4); each person may set it aside. */
export function PromptCard({ view }: { view: TSpaceView }) {
  const prompt = view.facilitation.prompts.at(-1);
  const [setAside, setSetAside] = useState<string | null>(null);
  const counsellor = view.participants.find((p) => p.role === "counsellor");
  const isCounsellor = view.me.role === "counsellor";
  if (!prompt || setAside === prompt.id) return <div aria-live="polite" className="visually-hidden" />;
  return (
    <section className="prompt-card" aria-live="polite" aria-label="A prompt from your counsellor" data-testid="prompt-card">
      <p className="prompt-from">{isCounsellor ? "You sent them" : `${counsellor?.name ?? "Your counsellor"} suggests`}</p>
      <p className="prompt-text">{prompt.text}</p>
      <button className="button quiet small-button" type="button" onClick={() => setSetAside(prompt.id)}>
        Set aside
      </button>
    </section>
  );
}
