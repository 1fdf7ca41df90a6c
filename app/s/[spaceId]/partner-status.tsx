import type { TParticipantView, TSpaceView } from "../../../core/negotiation/view";

const WORDS = {
  "not-started": "hasn’t started writing yet",
  writing: "is writing",
  submitted: "has submitted",
} as const;

/**
 * How far the others are, live; never what they wrote. Partners see the other partner;
 * a counsellor sees both.
 */
export function PartnerStatus({ view }: { view: TSpaceView }) {
  const others = view.participants.filter((p) => p.role !== "counsellor" && p.id !== view.me.id);
  return (
    // The live region wraps the list rather than being it: role="status" on the <ul> would take
    // away its list role and leave the lines as list items outside any list.
    <div role="status" aria-live="polite">
      <ul className="partner-status">
        {others.map((person) => (
          <StatusLine key={person.id} person={person} />
        ))}
      </ul>
    </div>
  );
}

function StatusLine({ person }: { person: TParticipantView }) {
  const status = person.statementStatus ?? "not-started";
  return (
    <li className={`status-line ${status}`} data-testid={`statement-status-${person.name}`} data-status={status}>
      <span className="status-mark" aria-hidden="true" />
      {person.name} {WORDS[status]}
      {status === "writing" && <span className="dots" aria-hidden="true" />}
    </li>
  );
}
