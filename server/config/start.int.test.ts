import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const START = fileURLToPath(new URL("../start.ts", import.meta.url));

/** Runs `npm start`'s entry with some environment; these cases stop before any build. */
function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", START], { env: { ...process.env, ...env }, encoding: "utf8", timeout: 20_000 });
}

describe("npm start refuses bad configuration", () => {
  it("stops with one line naming the variable when a value is bad", () => {
    const result = start({ PORT: "not-a-port" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Configuration error: PORT="not-a-port" /)]);
  });

  it("refuses the test clock in production", () => {
    const result = start({ TEST_CLOCK: "1" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/TEST_CLOCK is for tests only/);
  });
});
