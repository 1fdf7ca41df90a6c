import { describe, expect, it } from "vitest";
import { ZCheckInSaveDraft, ZCheckInSubmit, ZCheckInChoose } from "../protocol/commands";
import type { TSpaceCommand } from "./commands";
import { isConversationOpen } from "./conversation";
import { currentAgreementOf } from "./proposals";
import { phaseOf } from "./state";
import { statementOf } from "./statements";
import { viewFor } from "./view";
import { aStatement } from "./testing/builders";
import { checkInAnswers } from "./testing/check-in-builders";
import { SpaceHistory } from "./testing/space-history";

const people = [
  { id: "a", role: "partnerA" as const, name: "Ana" },
  { id: "b", role: "partnerB" as const, name: "Ben" },
  { id: "c", role: "counsellor" as const, name: "Dr. Rivera" },
];
const WEEK = 7 * 24 * 60;

/** A couple with their first agreement, the clock at the moment it was made. */
function agreed(): SpaceHistory {
  const history = new SpaceHistory(people);
  history.reveal("a", "b");
  history.skipReflecting("a", "b");
  history.agree("a", "b");
  return history;
}

/** An agreement four weeks old: the check-in is due. */
function due(): SpaceHistory {
  const history = agreed();
  history.later(4 * WEEK);
  return history;
}

function bothCheckedIn(history = due()): SpaceHistory {
  history.by("a", { type: "check-in:submit", payload: { answers: checkInAnswers({ together: { keep: "MARKER-ANA-KEEP" } }) } });
  history.by("b", { type: "check-in:submit", payload: { answers: checkInAnswers({ myAlone: { kept: "partly", change: "MARKER-BEN-CHANGE" } }) } });
  return history;
}

describe("when a check-in is offered", () => {
  it("CHK1: from the review date on, the first answer opens a check-in; before it, the date is named", () => {
    const history = agreed();
    expect(phaseOf(history.state)).toBe("agreed");
    history.later(4 * WEEK - 60);
    expect(history.refusal("a", { type: "check-in:saveDraft", payload: { draft: {} } })).toBe("CHECK_IN_NOT_DUE");
    expect(history.state.checkIns.all).toHaveLength(0);
    history.later(60);
    const events = history.by("a", { type: "check-in:saveDraft", payload: { draft: { parts: { myAlone: { kept: "partly" } } } } });
    expect(events.map((e) => e.type)).toEqual(["check-in:opened", "check-in:draft-saved"]);
    expect(history.state.checkIns.all[0]).toMatchObject({ number: 1, agreementVersion: 1, how: "review-date" });
    // One at a time: the next answer goes into the same check-in.
    expect(history.by("b", { type: "check-in:saveDraft", payload: { draft: {} } }).map((e) => e.type)).toEqual(["check-in:draft-saved"]);
  });

  it("CHK1: a check-in without an agreement is refused with NO_AGREEMENT and writes nothing", () => {
    const history = new SpaceHistory(people);
    const commands: TSpaceCommand[] = [
      { type: "check-in:saveDraft", payload: { draft: {} } },
      { type: "check-in:submit", payload: { answers: checkInAnswers() } },
      { type: "check-in:request", payload: {} },
      { type: "check-in:choose", payload: { choice: { kind: "keep", weeks: 4 } } },
    ];
    for (const command of commands) {
      expect(history.refusal("a", command)).toBe("NO_AGREEMENT");
    }
    expect(history.state.seq).toBe(1);
  });

  it("CHK2: earlier, one partner asks and the other agrees; a no clears the request", () => {
    const history = agreed();
    history.later(WEEK);
    expect(history.by("a", { type: "check-in:request", payload: {} }).map((e) => e.type)).toEqual(["check-in:requested"]);
    expect(viewFor(history.state, "b").checkIn.request).toMatchObject({ by: "a" });
    // Asking twice changes nothing; the one who asked cannot answer themselves.
    expect(history.by("a", { type: "check-in:request", payload: {} })).toEqual([]);
    expect(history.refusal("a", { type: "check-in:answer-request", payload: { accept: true } })).toBe("STALE");
    history.by("b", { type: "check-in:answer-request", payload: { accept: false } });
    expect(history.state.checkIns.request).toBeNull();
    expect(history.refusal("a", { type: "check-in:saveDraft", payload: { draft: {} } })).toBe("CHECK_IN_NOT_DUE");

    history.by("b", { type: "check-in:request", payload: {} });
    const events = history.by("a", { type: "check-in:answer-request", payload: { accept: true } });
    expect(events.map((e) => e.type)).toEqual(["check-in:request-accepted", "check-in:opened"]);
    expect(viewFor(history.state, "a").checkIn.current).toMatchObject({ number: 1, how: "early" });
    expect(history.by("a", { type: "check-in:saveDraft", payload: { draft: {} } })).toHaveLength(1);
  });

  it("CHK2: asking when the other has already asked is agreeing", () => {
    const history = agreed();
    history.by("a", { type: "check-in:request", payload: {} });
    expect(history.by("b", { type: "check-in:request", payload: {} }).map((e) => e.type)).toEqual(["check-in:request-accepted", "check-in:opened"]);
  });

  it("CHK4: a counsellor cannot answer, ask for or decide a check-in", () => {
    const history = due();
    const commands: TSpaceCommand[] = [
      { type: "check-in:saveDraft", payload: { draft: {} } },
      { type: "check-in:submit", payload: { answers: checkInAnswers() } },
      { type: "check-in:request", payload: {} },
      { type: "check-in:choose", payload: { choice: { kind: "adjust" } } },
    ];
    for (const command of commands) {
      expect(history.refusal("c", command)).toBe("NOT_ALLOWED");
    }
    expect(history.state.checkIns.all).toHaveLength(0);
  });
});

describe("the answers (CHK3)", () => {
  it("CHK3: answers over the limits are refused at the boundary", () => {
    const long = "x".repeat(301);
    const answers = checkInAnswers({ together: { change: long } });
    expect(ZCheckInSubmit.safeParse({ type: "check-in:submit", payload: { answers } }).success).toBe(false);
    expect(ZCheckInSubmit.safeParse({ type: "check-in:submit", payload: { answers: checkInAnswers({ inTouch: { felt: 6 } }) } }).success).toBe(false);
    expect(ZCheckInSubmit.safeParse({ type: "check-in:submit", payload: { answers: checkInAnswers({ inTouch: { kept: "mostly" as never } }) } }).success).toBe(false);
    expect(ZCheckInSubmit.safeParse({ type: "check-in:submit", payload: { answers: checkInAnswers({ myAlone: { feltWords: "y".repeat(81) } }) } }).success).toBe(false);
    expect(ZCheckInSaveDraft.safeParse({ type: "check-in:saveDraft", payload: { draft: { parts: { together: { keep: long } } } } }).success).toBe(false);
    expect(ZCheckInSaveDraft.safeParse({ type: "check-in:saveDraft", payload: { draft: { parts: { together: { keep: "half \uD83D" } } } } }).success).toBe(false);
    expect(ZCheckInSubmit.safeParse({ type: "check-in:submit", payload: { answers: checkInAnswers() } }).success).toBe(true);
  });

  it("CHK3: each of one's own fears is answered exactly once", () => {
    const history = due();
    // The builders' statement names one fear.
    expect(history.refusal("a", { type: "check-in:submit", payload: { answers: checkInAnswers({}, 0) } })).toBe("UNKNOWN_FEAR");
    expect(history.refusal("a", { type: "check-in:submit", payload: { answers: checkInAnswers({}, 2) } })).toBe("UNKNOWN_FEAR");
    const twice = { ...checkInAnswers(), fears: [{ fear: 0, eased: "yes" as const }, { fear: 0, eased: "no" as const }] };
    expect(history.refusal("a", { type: "check-in:submit", payload: { answers: twice } })).toBe("UNKNOWN_FEAR");
    expect(history.state.checkIns.all).toHaveLength(0);
  });
});

describe("privacy and the reveal (CHK4)", () => {
  it("CHK4: before the reveal the partner and the counsellor see only a status; the author sees their draft", () => {
    const history = due();
    history.by("a", { type: "check-in:saveDraft", payload: { draft: { parts: { together: { keep: "MARKER-ANA-DRAFT" } } } } });
    expect(JSON.stringify(viewFor(history.state, "b"))).not.toContain("MARKER-ANA-DRAFT");
    expect(JSON.stringify(viewFor(history.state, "c"))).not.toContain("MARKER-ANA-DRAFT");
    expect(viewFor(history.state, "a").checkIn.current?.mine?.draft?.parts?.together?.keep).toBe("MARKER-ANA-DRAFT");
    expect(viewFor(history.state, "b").checkIn.current?.statuses).toEqual({ a: "writing", b: "not-started" });
    expect(viewFor(history.state, "c").checkIn.current?.mine).toBeNull();

    history.by("a", { type: "check-in:submit", payload: { answers: checkInAnswers({ together: { keep: "MARKER-ANA-SENT" } }) } });
    for (const viewer of ["b", "c"]) {
      const seen = JSON.stringify(viewFor(history.state, viewer));
      expect(seen).not.toContain("MARKER-ANA");
    }
    expect(viewFor(history.state, "c").checkIn.current?.statuses.a).toBe("submitted");
    expect(viewFor(history.state, "b").checkIn.current?.revealed).toBeNull();
  });

  it("CHK4: the reveal is in the same append as the second submit, once; sent answers lock until then", () => {
    const history = due();
    history.by("a", { type: "check-in:submit", payload: { answers: checkInAnswers() } });
    expect(history.refusal("a", { type: "check-in:saveDraft", payload: { draft: {} } })).toBe("ALREADY_SUBMITTED");
    expect(history.by("a", { type: "check-in:unlock", payload: {} }).map((e) => e.type)).toEqual(["check-in:unlocked"]);
    expect(history.refusal("a", { type: "check-in:unlock", payload: {} })).toBe("NOT_SUBMITTED");
    history.by("a", { type: "check-in:submit", payload: { answers: checkInAnswers() } });
    const events = history.by("b", { type: "check-in:submit", payload: { answers: checkInAnswers() } });
    expect(events.map((e) => e.type)).toEqual(["check-in:submitted", "check-in:revealed"]);
    const commands: TSpaceCommand[] = [
      { type: "check-in:unlock", payload: {} },
      { type: "check-in:saveDraft", payload: { draft: {} } },
      { type: "check-in:submit", payload: { answers: checkInAnswers() } },
    ];
    for (const command of commands) {
      expect(history.refusal("a", command)).toBe("WRONG_PHASE");
    }
  });

  it("CHK4: after the reveal everyone, the counsellor too, reads both answers with the fears they speak of", () => {
    const history = bothCheckedIn();
    for (const viewer of ["a", "b", "c"]) {
      const revealed = viewFor(history.state, viewer).checkIn.current?.revealed;
      expect(revealed?.answers.map((r) => r.name)).toEqual(["Ana", "Ben"]);
      expect(revealed?.answers[0]?.answers.parts.together.keep).toBe("MARKER-ANA-KEEP");
      expect(revealed?.answers[1]?.fears).toEqual([{ kind: aStatement().fears[0]!.kind, words: aStatement().fears[0]!.words }]);
    }
  });
});

describe("pausing during a check-in (CHK5, PAU7)", () => {
  it("CHK5: a check-in under way opens the conversation for pausing, and drafts still save while paused", () => {
    const history = due();
    const returnAt = new Date(Date.parse(history.now) + 30 * 60_000).toISOString();
    expect(history.refusal("a", { type: "pause:start", payload: { returnAt } })).toBe("CONVERSATION_CLOSED");
    history.by("b", { type: "check-in:saveDraft", payload: { draft: {} } });
    expect(isConversationOpen(phaseOf(history.state), true)).toBe(true);
    history.by("a", { type: "pause:start", payload: { returnAt } });
    expect(history.by("b", { type: "check-in:saveDraft", payload: { draft: { parts: {} } } })).toHaveLength(1);
    expect(history.refusal("b", { type: "check-in:submit", payload: { answers: checkInAnswers() } })).toBe("PAUSED");
  });
});

describe("deciding together (CHK6)", () => {
  it("CHK6: no choice before the reveal", () => {
    const history = due();
    history.by("a", { type: "check-in:submit", payload: { answers: checkInAnswers() } });
    expect(history.refusal("a", { type: "check-in:choose", payload: { choice: { kind: "keep", weeks: 4 } } })).toBe("NOT_REVEALED");
    expect(history.state.checkIns.all[0]?.choices).toEqual({});
  });

  it("CHK6: weeks outside 1–12 are refused at the boundary", () => {
    for (const weeks of [0, 13, 2.5]) {
      expect(ZCheckInChoose.safeParse({ type: "check-in:choose", payload: { choice: { kind: "keep", weeks } } }).success).toBe(false);
    }
  });

  it("CHK6: one chooses, the other confirms by choosing the same; keeping sets the next review", () => {
    const history = bothCheckedIn();
    history.by("a", { type: "check-in:choose", payload: { choice: { kind: "keep", weeks: 4 } } });
    expect(viewFor(history.state, "b").checkIn.current?.choices).toEqual({ a: { kind: "keep", weeks: 4 } });
    // A different choice is not a decision; changing one's mind is allowed.
    expect(history.by("b", { type: "check-in:choose", payload: { choice: { kind: "keep", weeks: 6 } } }).map((e) => e.type)).toEqual(["check-in:chosen"]);
    const events = history.by("a", { type: "check-in:choose", payload: { choice: { kind: "keep", weeks: 6 } } });
    expect(events.map((e) => e.type)).toEqual(["check-in:chosen", "check-in:decided"]);
    const sixWeeks = new Date(Date.parse(history.now) + 6 * WEEK * 60_000).toISOString();
    expect(currentAgreementOf(history.state)?.reviewAt).toBe(sixWeeks);
    expect(currentAgreementOf(history.state)?.version).toBe(1);
    expect(phaseOf(history.state)).toBe("agreed");
    expect(viewFor(history.state, "a").checkIn.current).toBeNull();
    // The next check-in is due only at the new review date.
    expect(history.refusal("a", { type: "check-in:saveDraft", payload: { draft: {} } })).toBe("CHECK_IN_NOT_DUE");
    history.later(6 * WEEK);
    expect(history.by("a", { type: "check-in:saveDraft", payload: { draft: {} } })[0]).toMatchObject({ type: "check-in:opened", data: { number: 2 } });
  });
});

describe("a new round (CHK7)", () => {
  it("CHK7: adjusting starts round 2 with each draft prefilled from the last statement, and the agreement made becomes version 2", () => {
    const history = bothCheckedIn();
    const anaBefore = statementOf(history.state, "a").submitted;
    history.by("a", { type: "check-in:choose", payload: { choice: { kind: "adjust" } } });
    const events = history.by("b", { type: "check-in:choose", payload: { choice: { kind: "adjust" } } });
    expect(events.map((e) => e.type)).toEqual(["check-in:chosen", "check-in:decided", "round:started"]);
    expect(history.state.round).toBe(2);
    expect(phaseOf(history.state)).toBe("writing");
    const view = viewFor(history.state, "a");
    expect(view.myStatement?.draft).toEqual(anaBefore);
    expect(view.myStatement?.submitted).toBeNull();
    expect(view.revealed).toBeNull();
    expect(view.participants.find((p) => p.id === "b")?.statementStatus).toBe("writing");
    // The agreement stays in force meanwhile; no check-in during the new round.
    expect(currentAgreementOf(history.state)?.version).toBe(1);
    expect(history.refusal("a", { type: "check-in:saveDraft", payload: { draft: {} } })).toBe("WRONG_PHASE");
    // A pause is possible again: the conversation is open.
    expect(isConversationOpen(phaseOf(history.state), false)).toBe(true);

    history.reveal("a", "b");
    history.skipReflecting("a", "b");
    expect(phaseOf(history.state)).toBe("proposing");
    history.agree("a", "b");
    expect(phaseOf(history.state)).toBe("agreed");
    const versions = history.state.proposals.agreements;
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0]?.madeAt).not.toBe(versions[1]?.madeAt);
  });

  it("CHK7: writing afresh starts round 2 with empty drafts", () => {
    const history = bothCheckedIn();
    history.by("a", { type: "check-in:choose", payload: { choice: { kind: "afresh" } } });
    history.by("b", { type: "check-in:choose", payload: { choice: { kind: "afresh" } } });
    expect(history.state.round).toBe(2);
    expect(viewFor(history.state, "a").myStatement?.draft).toBeNull();
    expect(viewFor(history.state, "b").participants.find((p) => p.id === "a")?.statementStatus).toBe("not-started");
  });
});

describe("the check-ins' history (CHK8)", () => {
  it("CHK8: every revealed check-in stays in every view with its dates and decision", () => {
    const history = bothCheckedIn();
    history.by("a", { type: "check-in:choose", payload: { choice: { kind: "keep", weeks: 2 } } });
    history.by("b", { type: "check-in:choose", payload: { choice: { kind: "keep", weeks: 2 } } });
    history.later(2 * WEEK);
    bothCheckedIn(history);
    for (const viewer of ["a", "b", "c"]) {
      const past = viewFor(history.state, viewer).checkIn.history;
      expect(past.map((c) => c.number)).toEqual([1, 2]);
      expect(past[0]).toMatchObject({ decision: { kind: "keep", weeks: 2 }, agreementVersion: 1 });
      expect(past[0]?.revealed?.at).toBeTruthy();
      expect(past[0]?.decidedAt).toBeTruthy();
      expect(past[1]?.decidedAt).toBeNull();
      expect(past[1]?.revealed?.answers).toHaveLength(2);
    }
  });
});
