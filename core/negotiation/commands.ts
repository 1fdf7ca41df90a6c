import type { TClientCommandBody } from "../protocol/commands";
import type { TProposal } from "../scheduler/proposal";
import type { TParticipant, TRole } from "./participants";

/** Who asks: a participant through their socket, or the server itself (joins, timers). */
export type TActor = { kind: "participant"; participantId: string; role: TRole } | { kind: "system" };

export const SYSTEM_ACTOR: TActor = { kind: "system" };

export function actorId(actor: TActor): string {
  return actor.kind === "system" ? "system" : actor.participantId;
}

/** Commands only the server issues; clients cannot name them. */
export type TSystemCommand =
  | { type: "space:create"; payload: { timeZone: string; participants: TParticipant[] } }
  | { type: "participant:join"; payload: { participantId: string } }
  | { type: "pause:resume-due"; payload: { pauseId: string } }
  | { type: "proposals:record"; payload: { inputsVersion: number; proposals: TProposal[] } }
  | { type: "counsellor:link"; payload: { participantId: string; workspaceId: string } };

/** An invitation as decided: the server gives the counsellor-to-be their participant id (never the client). */
export type TCounsellorInviteCommand = { type: "counsellor:invite"; payload: { name: string; participantId: string } };

export type TSpaceCommand = Exclude<TClientCommandBody, { type: "counsellor:invite" }> | TCounsellorInviteCommand | TSystemCommand;
