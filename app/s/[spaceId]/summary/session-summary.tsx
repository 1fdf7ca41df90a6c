"use client";

import type { TSpaceView } from "../../../../core/negotiation/view";
import type { TNote } from "../../../../core/workspace/state";

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });

/**
 * A session on paper: the agreement and its versions, the reflections, the pauses, the
 * prompts; notes only when given, which only the counsellor's own copy does (WSP3).
 */
export function SessionSummary({ view, notes }: { view: TSpaceView; notes?: TNote[] }) {
  const partners = view.participants.filter((p) => p.role !== "counsellor");
  const nameOf = (id: string | null) => view.participants.find((p) => p.id === id)?.name ?? "Someone";
  const agreements = view.agreements;
  const offers = view.reflection?.offers ?? [];
  return (
    <article className="session-summary">
      <div className="row no-print">
        <button className="button" type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <h1>Session summary: {partners.map((p) => p.name).join(" and ")}</h1>
      <p className="muted">Made {when.format(new Date(view.sentAt ?? Date.now()))}{view.createdAt ? ` · space since ${day.format(new Date(view.createdAt))}` : ""}</p>

      <section aria-labelledby="summary-agreement">
        <h2 id="summary-agreement">Agreement</h2>
        {agreements.length === 0 ? (
          <p className="muted">No agreement yet.</p>
        ) : (
          <ol>
            {agreements.map((a) => (
              <li key={a.version}>
                <strong>Version {a.version}</strong>, made {day.format(new Date(a.madeAt))}: “{a.proposal.title}”. Review on{" "}
                {day.format(new Date(a.reviewAt))}.
                <p className="muted">{a.proposal.explanation.join(" ")}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="summary-reflections">
        <h2 id="summary-reflections">Reflections</h2>
        {offers.length === 0 ? (
          <p className="muted">{view.reflection?.completedHow === "skipped" ? "They chose to skip reflecting." : "No reflections yet."}</p>
        ) : (
          <ul>
            {offers.map((o) => (
              <li key={o.by}>
                {nameOf(o.by)} on {nameOf(o.about)}’s need: “{o.need}”{o.fear ? `; fear: “${o.fear}”` : ""} —{" "}
                {o.status === "confirmed" ? "confirmed" : o.status === "not-quite" ? `not quite (“${o.clarification}”)` : "waiting for an answer"}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="summary-pauses">
        <h2 id="summary-pauses">Pauses</h2>
        {view.pause.timeline.filter((e) => e.kind === "paused").length === 0 ? (
          <p className="muted">No pauses.</p>
        ) : (
          <ul>
            {view.pause.timeline
              .filter((e) => e.kind === "paused")
              .map((e, i) => (
                <li key={i}>
                  {when.format(new Date(e.at))}: {nameOf(e.by)} paused until {e.returnAt ? when.format(new Date(e.returnAt)) : "later"}
                  {e.note ? ` (“${e.note}”)` : ""}
                </li>
              ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="summary-prompts">
        <h2 id="summary-prompts">Prompts</h2>
        {view.facilitation.prompts.length === 0 ? (
          <p className="muted">No prompts.</p>
        ) : (
          <ul>
            {view.facilitation.prompts.map((p) => (
              <li key={p.id}>
                {when.format(new Date(p.at))}: “{p.text}”
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="summary-checkins">
        <h2 id="summary-checkins">Check-ins</h2>
        <p className="muted">No check-ins yet.</p>
      </section>

      {notes && (
        <section aria-labelledby="summary-notes" className="counsellor-notes" data-testid="summary-notes">
          <h2 id="summary-notes">Your private notes</h2>
          <p className="muted small">Only in your own copy.</p>
          {notes.length === 0 ? (
            <p className="muted">No notes about this couple.</p>
          ) : (
            <ul>
              {notes.map((n) => (
                <li key={n.id}>
                  <time dateTime={n.writtenAt}>{when.format(new Date(n.writtenAt))}</time>
                  {n.editedAt ? " (edited)" : ""}: <span className="note-text">{n.text}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </article>
  );
}
