import { randomUUID } from "node:crypto";
import { createSpace } from "../spaces";

/** A space with one link and no participants yet: enough for tests of the event store itself. */
export async function createBareSpace(db: Parameters<typeof createSpace>[0], at: Date): Promise<string> {
  const spaceId = randomUUID();
  await createSpace(db, {
    spaceId,
    createdEvent: { type: "space:created", data: { timeZone: "Europe/Berlin", participants: [] } },
    links: [{ participantId: randomUUID(), tokenHash: randomUUID() }],
    commandId: `create-${spaceId}`,
    at,
  });
  return spaceId;
}
