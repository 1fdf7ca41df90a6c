import type { TSpaceView } from "../../../../core/negotiation/view";

/** For partners: exactly what their counsellor can and cannot see, and when. */
export function CounsellorPrivacy({ view }: { view: TSpaceView }) {
  const counsellor = view.participants.find((p) => p.role === "counsellor");
  if (!counsellor || view.me.role === "counsellor") return null;
  const name = counsellor.name;
  return (
    <details className="privacy-panel" data-testid="counsellor-privacy">
      <summary>What can {name} see?</summary>
      <div className="privacy-body">
        <h3>Before you have both submitted</h3>
        <p>
          {name} sees who is here and how far each of you is — not started, writing, submitted — and nothing you write. Your
          drafts are yours alone, always; {name} never sees a draft.
        </p>
        <h3>From the moment both statements are revealed</h3>
        <p>{name} sees both statements, your reflections, the proposals and the agreement, exactly as the two of you do.</p>
        <h3>What {name} can do</h3>
        <p>
          Pace the session with a timer, send you both a prompt, keep reflecting or proposals closed for a while, and point
          to one part of what you shared. {name} can never write for you, submit, or hold back or force the reveal: only your
          two submissions open it.
        </p>
        <h3>Their own notes</h3>
        <p>{name} may keep private notes about your sessions. They are theirs; they are not part of your space.</p>
        <p className="muted small">Either of you can remove {name} at any moment; you’ll both see it on the timeline.</p>
      </div>
    </details>
  );
}
