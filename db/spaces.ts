import type { TSpaceEvent } from "../core/negotiation/events";
import type { Db } from "./client";
import type { Tx } from "./event-log";
import { accessTokens, events, processedCommands, spaces } from "./schema";

export type NewSpace = {
  spaceId: string;
  createdEvent: TSpaceEvent;
  links: { participantId: string; tokenHash: string }[];
  commandId: string;
  at: Date;
  /** Writes that must land with the space or not at all (its workspace's `space:added`). */
  alongside?: (tx: Tx) => Promise<void>;
};

/** A space is born whole: its row, every participant's link and its first event, or nothing. */
export async function createSpace(db: Db, space: NewSpace): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(spaces).values({ id: space.spaceId, createdAt: space.at });
    await tx.insert(accessTokens).values(
      space.links.map((link) => ({
        tokenHash: link.tokenHash,
        spaceId: space.spaceId,
        participantId: link.participantId,
        createdAt: space.at,
      })),
    );
    await tx.insert(events).values({
      spaceId: space.spaceId,
      seq: 1,
      type: space.createdEvent.type,
      data: space.createdEvent.data,
      actor: "system",
      commandId: space.commandId,
      at: space.at,
    });
    await tx.insert(processedCommands).values({ spaceId: space.spaceId, commandId: space.commandId, seq: 1 });
    await space.alongside?.(tx);
  });
}
