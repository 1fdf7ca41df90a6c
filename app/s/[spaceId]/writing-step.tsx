"use client";

import dynamic from "next/dynamic";
import type { TSpaceView } from "../../../core/negotiation/view";
import { PartnerStatus } from "./partner-status";
import { StatementForm } from "./statement/statement-form";
import type { TSend } from "./use-space-connection";

/** One's own statement, locked after submitting: loaded then, not with the form. */
const SubmittedStatement = dynamic(() => import("./statement/submitted-statement").then((m) => m.SubmittedStatement));

/** The writing phase: each partner privately; a counsellor sees only how far each is. */
export function WritingStep({ view, send }: { view: TSpaceView; send: TSend }) {
  const partners = view.participants.filter((p) => p.role !== "counsellor");
  const partner = partners.find((p) => p.id !== view.me.id);
  const partnerName = partner?.name ?? "your partner";
  const isCounsellor = view.me.role === "counsellor";
  return (
    <>
      <section className="card" aria-labelledby="writing-heading">
        <h2 id="writing-heading">{isCounsellor ? "They are writing privately" : "Write privately"}</h2>
        <p className="muted">
          {isCounsellor
            ? `${partners.map((p) => p.name).join(" and ")} are each writing what they value, need and fear. You’ll see both statements the moment both have submitted; until then, only how far each one is.`
            : `No one sees your words until you have both finished; then both statements appear for both of you at the same moment.`}
        </p>
        <PartnerStatus view={view} />
      </section>
      {!isCounsellor && view.myStatement && (
        view.myStatement.submitted ? (
          <SubmittedStatement statement={view.myStatement.submitted} partnerName={partnerName} send={send} />
        ) : (
          <StatementForm
            myStatement={view.myStatement}
            partnerName={partnerName}
            hasPartnerSubmitted={partner?.statementStatus === "submitted"}
            send={send}
          />
        )
      )}
    </>
  );
}
