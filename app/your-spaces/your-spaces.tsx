"use client";

import { useEffect, useState } from "react";
import type { TYourSpace, TYourSpacesResponse } from "../../core/protocol/your-spaces";
import { postJson } from "../components/post-json";
import { ProblemNotice } from "../components/problem-notice";
import { spaceLine } from "./your-space-words";

/**
 * "Your spaces" (HOME1): the spaces this device is signed in to, read from its own httpOnly
 * cookies on the server, so nobody has to dig out an old link. Nothing shows on a device
 * that knows none.
 */
export function YourSpaces() {
  const [spaces, setSpaces] = useState<TYourSpace[] | null>(null);
  const [now, setNow] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    fetch("/api/your-spaces", { credentials: "same-origin" })
      .then((response) => (response.ok ? (response.json() as Promise<TYourSpacesResponse>) : Promise.reject(new Error("not ok"))))
      .then((answer) => {
        if (!isCurrent) return;
        setSpaces(answer.spaces);
        setNow(answer.now);
      })
      .catch(() => isCurrent && setProblem("Your spaces could not be listed just now. Your links still open them."));
    return () => {
      isCurrent = false;
    };
  }, []);

  async function forget(spaceId: string) {
    const sent = await postJson("/api/your-spaces/forget", { spaceId });
    if (sent.ok) setSpaces((current) => current?.filter((s) => s.spaceId !== spaceId) ?? null);
    else setProblem(sent.message);
  }

  if (problem) return <ProblemNotice problem={problem} />;
  if (!spaces || spaces.length === 0) return null;
  return (
    <section className="card your-spaces" aria-labelledby="your-spaces-heading" data-testid="your-spaces">
      <h2 id="your-spaces-heading">Your spaces</h2>
      <ul>
        {spaces.map((space) => {
          const line = spaceLine(space, now);
          return (
            <li key={space.spaceId}>
              {space.status === "signed-in" ? (
                <a className="your-space-link" href={`/s/${space.spaceId}`}>
                  <span className="your-space-name">{line.title}</span>
                  <span className="muted small">{line.detail}</span>
                </a>
              ) : (
                <div className="your-space-link">
                  <span className="your-space-name">{line.title}</span>
                  <span className="muted small">{line.detail}</span>
                </div>
              )}
              <button type="button" className="button quiet small" onClick={() => void forget(space.spaceId)} aria-label={`Forget ${line.title} on this device`}>
                Forget here
              </button>
            </li>
          );
        })}
      </ul>
      <p className="muted small">Only this device’s list: forgetting a space here signs this device out of it and changes nothing for anyone else.</p>
    </section>
  );
}
