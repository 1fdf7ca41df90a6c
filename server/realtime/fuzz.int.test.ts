import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../core/protocol/acks";
import { CLIENT_COMMAND_TYPES } from "../../core/protocol/commands";
import { aStatement } from "../../core/negotiation/testing/builders";
import { loadEvents } from "../../db/event-log";
import { serverForThisFile } from "../testing/server-for-file";
import { connectClient, newCommandId, type TestClient } from "../testing/test-server";

let ana: TestClient;
let spaceId: string;

// A generous rate limit, so the random commands reach the parser instead of the limiter.
const file = serverForThisFile(() => ({ rateLimit: { burst: 10_000, perSecond: 10_000 } }));

beforeAll(async () => {
  const space = await file.server.createSpace();
  spaceId = space.spaceId;
  ana = await connectClient(file.server.url, { token: space.tokens.partnerA });
  await ana.waitFor(() => ana.latestView());
});

afterAll(async () => {
  ana?.close();
});

/** A statement with one field replaced by something arbitrary. */
const bentStatement = fc
  .tuple(fc.constantFrom(...(Object.keys(aStatement()) as (keyof ReturnType<typeof aStatement>)[])), fc.anything())
  .map(([field, value]) => ({ ...aStatement(), [field]: value }));

const payloads = fc.oneof(
  fc.anything(),
  fc.object(),
  fc.record({ statement: bentStatement }),
  fc.record({ draft: fc.oneof(fc.anything(), bentStatement) }),
  fc.record({ need: fc.anything(), fear: fc.anything() }),
  fc.record({ attempt: fc.anything(), verdict: fc.anything(), clarification: fc.anything() }),
  fc.record({ participantId: fc.oneof(fc.uuid(), fc.string()) }),
);

const rawCommands = fc.oneof(
  { weight: 1, arbitrary: fc.anything() },
  { weight: 1, arbitrary: fc.record({ id: fc.anything(), type: fc.anything(), payload: fc.anything() }, { requiredKeys: [] }) },
  {
    weight: 6,
    arbitrary: fc.record({
      id: fc.constant(null).map(() => newCommandId()),
      type: fc.oneof(fc.constantFrom(...CLIENT_COMMAND_TYPES), fc.string({ maxLength: 70 })),
      payload: payloads,
    }),
  },
);

describe("random input never crashes the server nor writes when refused (INP1)", () => {
  it("answers every random command with a well-formed ack, and a refusal writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(rawCommands, async (raw) => {
        const before = (await loadEvents(file.testDb.database.db, spaceId)).length;
        const ack = await ana.sendRaw(raw);
        expect(typeof ack.ok).toBe("boolean");
        if (!ack.ok) expect(ack.error.code).not.toBe("RATE_LIMITED");
        if (!ack.ok) {
          expect(ERROR_CODES).toContain(ack.error.code);
          expect(ack.error.message.length).toBeGreaterThan(5);
          expect((await loadEvents(file.testDb.database.db, spaceId)).length).toBe(before);
        }
        expect(ana.socket.connected).toBe(true);
      }),
      { numRuns: 300, seed: 20261126 },
    );
    const fresh = await connectClient(file.server.url, { token: (await file.server.createSpace()).tokens.partnerB });
    expect((await fresh.waitFor(() => fresh.latestView())).me.name).toBe("Ben");
    fresh.close();
  });
});
