import type { TAck } from "../../core/protocol/acks";
import { aStatement } from "../../core/negotiation/testing/builders";
import type { Database } from "../../db/client";
import { loadEvents } from "../../db/event-log";
import { connectClient, type TestClient, type TestSpace } from "./test-server";

export type Couple = { space: TestSpace; ana: TestClient; ben: TestClient; counsellor?: TestClient };

/** Both partners (and the counsellor, when there is one) connected, each holding their first view. */
export async function connectCouple(url: string, space: TestSpace, serverUrlForBen = url): Promise<Couple> {
  const ana = await connectClient(url, { token: space.tokens.partnerA });
  const ben = await connectClient(serverUrlForBen, { token: space.tokens.partnerB });
  const counsellor = space.tokens.counsellor ? await connectClient(url, { token: space.tokens.counsellor }) : undefined;
  await Promise.all([ana, ben, counsellor].map((c) => c?.waitFor(() => c.latestView())));
  return { space, ana, ben, counsellor };
}

export function closeAll(...clients: (TestClient | undefined)[]): void {
  for (const client of clients) client?.close();
}

export async function eventTypes(database: Database, spaceId: string): Promise<string[]> {
  return (await loadEvents(database.db, spaceId)).map((e) => e.type);
}

/** Both partners submit at the same instant; resolves with both acks. */
export function submitBothAtOnce(ana: TestClient, ben: TestClient): Promise<TAck[]> {
  return Promise.all([
    ana.send("statement:submit", { statement: aStatement() }),
    ben.send("statement:submit", { statement: aStatement({ appreciation: "Your patience." }) }),
  ]);
}

/** How many events of one type the space's log holds. */
export async function countEvents(database: Database, spaceId: string, type: string): Promise<number> {
  return (await eventTypes(database, spaceId)).filter((t) => t === type).length;
}
