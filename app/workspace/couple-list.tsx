"use client";

import { useEffect, useMemo, useState } from "react";
import type { TSpaceSummary } from "../../core/workspace/space-summary";
import type { TNote } from "../../core/workspace/state";
import type { TSend } from "../s/[spaceId]/use-space-connection";
import { CoupleRow } from "./couple-row";
import { compareCouples, hereIfKnown, matchesFilter, type TCoupleFilter, type TCoupleSort } from "./couple-words";

const FILTERS: { value: TCoupleFilter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "needs-me", label: "Needs me now" },
  { value: "paused", label: "Paused" },
  { value: "review-due", label: "Review due" },
];

/**
 * Every couple, filtered and sorted; rows re-render only when their own couple changed.
 * `isPresenceKnown`: our connection is up and has told who is online since; otherwise the
 * lists are from before.
 */
export function CoupleList(props: { summaries: TSpaceSummary[]; presence: Record<string, string[]>; isPresenceKnown: boolean; notes: TNote[]; send: TSend }) {
  const [filter, setFilter] = useState<TCoupleFilter>("all");
  const [sort, setSort] = useState<TCoupleSort>("activity");
  const now = useMinuteClock();
  const shown = useMemo(
    () => props.summaries.filter((s) => matchesFilter(s, filter, hereIfKnown(props.presence[s.spaceId] ?? EMPTY, props.isPresenceKnown), now)).sort(compareCouples(sort)),
    [props.summaries, props.presence, props.isPresenceKnown, filter, sort, now],
  );
  const notesBySpace = useMemo(() => groupNotes(props.notes), [props.notes]);
  return (
    <section aria-labelledby="couples-heading" className="couples">
      <div className="couples-head">
        <h2 id="couples-heading">
          Couples <span className="muted small">({props.summaries.length})</span>
        </h2>
        <label className="sort">
          <span>Sort by</span>
          <select value={sort} onChange={(e) => setSort(e.target.value as TCoupleSort)}>
            <option value="activity">Last activity</option>
            <option value="name">Name</option>
            <option value="step">Step</option>
          </select>
        </label>
      </div>
      <div className="filters" role="radiogroup" aria-label="Show">
        {FILTERS.map((f) => (
          <label key={f.value} className={`filter ${filter === f.value ? "chosen" : ""}`}>
            <input type="radio" name="couple-filter" value={f.value} checked={filter === f.value} onChange={() => setFilter(f.value)} />
            {f.label}
          </label>
        ))}
      </div>
      {props.summaries.length === 0 ? (
        <p className="muted">No couples yet. Create a space for a couple, or add one who invited you.</p>
      ) : shown.length === 0 ? (
        <p className="muted" role="status">No couple matches this filter right now.</p>
      ) : (
        <ul className="couple-list" aria-live="polite" aria-relevant="additions removals">
          {shown.map((summary) => (
            <CoupleRow
              key={summary.spaceId}
              summary={summary}
              online={props.presence[summary.spaceId] ?? EMPTY}
              isPresenceKnown={props.isPresenceKnown}
              notes={notesBySpace.get(summary.spaceId) ?? NO_NOTES}
              now={now}
              send={props.send}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

const EMPTY: string[] = [];
const NO_NOTES: TNote[] = [];

function groupNotes(notes: TNote[]): Map<string, TNote[]> {
  const bySpace = new Map<string, TNote[]>();
  for (const note of notes) bySpace.set(note.spaceId, [...(bySpace.get(note.spaceId) ?? []), note]);
  return bySpace;
}

/** The time, to the minute: "4 min ago" moves on without a render per second. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
