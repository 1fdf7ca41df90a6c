import { randomUUID } from "node:crypto";
import { SYSTEM_ACTOR } from "../../core/negotiation/commands";
import { decide } from "../../core/negotiation/decide";
import { initialState } from "../../core/negotiation/state";
import type { TParticipant } from "../../core/negotiation/participants";
import type { TCreateSpaceResponse } from "../../core/protocol/create-space";
import type { z } from "zod";
import type { ZCreateSpaceRequest } from "../../core/protocol/create-space";
import type { Db } from "../../db/client";
import { createSpace } from "../../db/spaces";
import type { Tx } from "../../db/event-log";
import { generateToken, hashToken } from "../auth/tokens";
import { personalLink } from "../commands/client-commands";

export type CreatedSpace = TCreateSpaceResponse & { creator: { participantId: string; token: string } };

/** A space a counsellor creates from their workspace: they are its counsellor from the start. */
export type GuidedBy = { counsellorName: string; workspaceId: string; alongside: (tx: Tx) => Promise<void> };

/** Creates a space with a personal link for each participant; partner A is the creator. */
export async function createSpaceForCouple(
  db: Db,
  request: z.output<typeof ZCreateSpaceRequest>,
  context: { publicUrl: string; now: Date; spaceId?: string },
  guidedBy?: GuidedBy,
): Promise<CreatedSpace> {
  const spaceId = context.spaceId ?? randomUUID();
  const participants: TParticipant[] = [
    { id: randomUUID(), role: "partnerA", name: request.partnerA },
    { id: randomUUID(), role: "partnerB", name: request.partnerB },
  ];
  if (guidedBy) participants.push({ id: randomUUID(), role: "counsellor", name: guidedBy.counsellorName, workspaceId: guidedBy.workspaceId });
  else if (request.counsellor) participants.push({ id: randomUUID(), role: "counsellor", name: request.counsellor });
  const tokens = participants.map(() => generateToken());

  const [createdEvent] = decide(
    initialState(spaceId),
    { type: "space:create", payload: { timeZone: request.timeZone, participants } },
    SYSTEM_ACTOR,
    context.now.toISOString(),
  );
  await createSpace(db, {
    spaceId,
    createdEvent: createdEvent!,
    links: participants.map((p, i) => ({ participantId: p.id, tokenHash: hashToken(tokens[i]!) })),
    commandId: `create-${spaceId}`,
    at: context.now,
    alongside: guidedBy?.alongside,
  });
  return {
    spaceId,
    spaceUrl: `${context.publicUrl}/s/${spaceId}`,
    links: participants.map((p, i) => ({ participantId: p.id, role: p.role, name: p.name, link: personalLink(context.publicUrl, tokens[i]!) })),
    creator: { participantId: participants[0]!.id, token: tokens[0]! },
  };
}
