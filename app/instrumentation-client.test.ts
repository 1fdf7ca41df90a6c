import { afterEach, describe, expect, it, vi } from "vitest";

const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };

describe("the browser's zod settings", () => {
  afterEach(() => {
    delete scope.__zod_globalConfig;
    vi.resetModules();
  });

  it("zod loaded after the client instrumentation parses without compiling (no eval under the CSP)", async () => {
    delete scope.__zod_globalConfig;
    vi.resetModules();
    await import("../instrumentation-client");
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
    expect(z.object({ a: z.string() }).safeParse({ a: "x" }).success).toBe(true);
  });
});
