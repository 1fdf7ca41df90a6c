import { SYSTEM_ACTOR, type TActor, type TSpaceCommand } from "../commands";
import { decide } from "../decide";
import { DomainError } from "../errors";
import type { TRecordedEvent, TSpaceEvent } from "../events";
import type { TParticipant } from "../participants";
import { fold, initialState, type TSpaceState } from "../state";
import { aStatement } from "./builders";
import { proposeSchedules } from "../../scheduler";
import { pendingProposalWork } from "../proposals";

/** A space as a story: each step decides a command on the current state and records its events. */
export class SpaceHistory {
  state: TSpaceState;
  now: string;

  constructor(
    readonly people: TParticipant[],
    now = "2026-11-26T10:00:00.000Z",
  ) {
    this.now = now;
    this.state = initialState("s1");
    this.do({ type: "space:create", payload: { timeZone: "Europe/Berlin", participants: people } }, SYSTEM_ACTOR);
  }

  actor(id: string): TActor {
    const person = this.state.participants.find((p) => p.id === id);
    if (!person) throw new Error(`no participant ${id}`);
    return { kind: "participant", participantId: id, role: person.role };
  }

  /** Decides and records; returns the new events. */
  do(command: TSpaceCommand, actor: TActor): TSpaceEvent[] {
    const events = decide(this.state, command, actor, this.now);
    const recorded: TRecordedEvent[] = events.map((e, i) => ({ ...e, seq: this.state.seq + i + 1, actor: actor.kind === "system" ? "system" : actor.participantId, at: this.now }));
    this.state = fold(this.state.spaceId, recorded, this.state);
    return events;
  }

  by(id: string, command: TSpaceCommand): TSpaceEvent[] {
    return this.do(command, this.actor(id));
  }

  /** The refusal's code, or "no refusal". */
  refusal(id: string, command: TSpaceCommand): string {
    try {
      this.by(id, command);
    } catch (error) {
      if (error instanceof DomainError) return error.code;
      throw error;
    }
    return "no refusal";
  }

  /** Both partners submit: the reveal. */
  reveal(a: string, b: string): void {
    this.by(a, { type: "statement:submit", payload: { statement: aStatement() } });
    this.by(b, { type: "statement:submit", payload: { statement: aStatement({ appreciation: "Your patience." }) } });
  }

  /** Proposals computed by the real scheduler and recorded, as the server does; then both accept the first: the agreement. */
  agree(a: string, b: string): void {
    const work = pendingProposalWork(this.state);
    if (!work) throw new Error("nothing to propose: are both statements revealed and reflecting done?");
    const { proposals } = proposeSchedules(work.input);
    this.do({ type: "proposals:record", payload: { inputsVersion: work.inputsVersion, proposals } }, SYSTEM_ACTOR);
    const chosen = this.state.proposals.set!.proposals[0]!;
    this.by(a, { type: "proposal:accept", payload: { proposalId: chosen.id, version: chosen.version } });
    this.by(b, { type: "proposal:accept", payload: { proposalId: chosen.id, version: chosen.version } });
  }

  /** Moves this history's clock forward. */
  later(minutes: number): void {
    this.now = new Date(Date.parse(this.now) + minutes * 60_000).toISOString();
  }

  /** Both partners choose to skip reflecting: proposals open. */
  skipReflecting(a: string, b: string): void {
    this.by(a, { type: "reflection:skip", payload: { wantsToSkip: true } });
    this.by(b, { type: "reflection:skip", payload: { wantsToSkip: true } });
  }
}
