"use client";

import { useState, type FormEvent } from "react";
import type { TSpaceView } from "../../../../core/negotiation/view";
import type { TSend } from "../use-space-connection";

/**
 * Partners decide together who guides them (CNS1): one invites, the other agrees. Either may
 * remove the counsellor at any moment (CNS2).
 */
export function CounsellorInvite({ view, send }: { view: TSpaceView; send: TSend }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [isConfirmingRemoval, setIsConfirmingRemoval] = useState(false);
  if (view.me.role === "counsellor") return null;
  const counsellor = view.participants.find((p) => p.role === "counsellor");
  const invite = view.counsellorInvite;
  const partner = view.participants.find((p) => p.role !== "counsellor" && p.id !== view.me.id);
  const answer = async (accept: boolean) => {
    const ack = await send("counsellor:answer", { inviteId: invite!.id, accept });
    setProblem(ack.ok ? null : ack.error.message);
  };
  if (counsellor) {
    return (
      <div className="counsellor-controls">
        {isConfirmingRemoval ? (
          <div className="notice" role="alertdialog" aria-labelledby="remove-question">
            <p id="remove-question">Remove {counsellor.name}? They will no longer see anything in your space, and you’ll both see it on the timeline.</p>
            <div className="row">
              <button className="button" type="button" onClick={() => void send("counsellor:remove", { participantId: counsellor.id })}>
                Remove {counsellor.name}
              </button>
              <button className="button quiet" type="button" onClick={() => setIsConfirmingRemoval(false)}>
                Keep {counsellor.name}
              </button>
            </div>
          </div>
        ) : (
          <button className="link-button" type="button" onClick={() => setIsConfirmingRemoval(true)}>
            Remove {counsellor.name} as your counsellor
          </button>
        )}
      </div>
    );
  }
  if (invite) {
    const isMine = invite.by === view.me.id;
    return (
      <div className="notice" role="status" data-testid="counsellor-invite">
        {isMine ? (
          <>
            <p>You invited {invite.name} as your counsellor. {partner?.name ?? "Your partner"} needs to agree too.</p>
            <button className="button quiet" type="button" onClick={() => void answer(false)}>
              Withdraw the invitation
            </button>
          </>
        ) : (
          <>
            <p>
              {partner?.name ?? "Your partner"} would like {invite.name} to guide your conversation as your counsellor. They would see
              how far each of you is, and what you share once it’s revealed — never your drafts. Do you agree?
            </p>
            <div className="row">
              <button className="button" type="button" onClick={() => void answer(true)}>
                Yes, invite {invite.name}
              </button>
              <button className="button quiet" type="button" onClick={() => void answer(false)}>
                Not now
              </button>
            </div>
          </>
        )}
        {problem && <p className="problem">{problem}</p>}
      </div>
    );
  }
  return <InviteForm send={send} />;
}

function InviteForm({ send }: { send: TSend }) {
  const [isOpen, setIsOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ack = await send("counsellor:invite", { name: new FormData(event.currentTarget).get("name") });
    if (ack.ok) setIsOpen(false);
    else setProblem(ack.error.fields?.name ?? ack.error.message);
  }
  if (!isOpen) {
    return (
      <button className="link-button" type="button" onClick={() => setIsOpen(true)}>
        Invite a counsellor
      </button>
    );
  }
  return (
    <form onSubmit={invite} className="field invite-form">
      <label htmlFor="counsellor-name">Your counsellor’s name</label>
      <span className="hint">Your partner needs to agree before they are invited.</span>
      <input id="counsellor-name" name="name" type="text" maxLength={40} autoComplete="off" aria-invalid={problem ? true : undefined} />
      {problem && <span className="problem">{problem}</span>}
      <div className="row">
        <button className="button" type="submit">Ask my partner</button>
        <button className="button quiet" type="button" onClick={() => setIsOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}
