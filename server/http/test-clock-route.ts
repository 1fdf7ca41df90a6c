import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { HttpDeps } from "./http-deps";
import { readBody, sendJson } from "./respond";

const ZAdvance = z.object({ advanceMinutes: z.number().min(0).max(60 * 24 * 8) }).strict();

/**
 * /__test/clock — only exists when the server runs with an adjustable clock (TEST_CLOCK=1,
 * which `npm start` refuses). Lets browser tests see a pause resume by itself without
 * waiting for real minutes.
 */
export async function testClockRoute(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  if (req.method === "POST") {
    const parsed = ZAdvance.safeParse(JSON.parse((await readBody(req, 1024)) || "{}"));
    if (!parsed.success) return sendJson(res, 400, { error: { code: "INVALID_INPUT", message: "Send { advanceMinutes }." } });
    deps.clock.advance(parsed.data.advanceMinutes * 60_000);
    await deps.timers.runDue();
  }
  sendJson(res, 200, { now: deps.now().toISOString() });
}
