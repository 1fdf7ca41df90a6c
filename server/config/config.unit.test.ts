import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";

describe("configuration from the environment", () => {
  it("defaults to port 3000, embedded PGlite under ./data and a localhost public URL", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe("http://localhost:3000");
    expect(config.database.kind).toBe("pglite");
    expect(config.redisUrl).toBeNull();
  });

  it("uses PostgreSQL when DATABASE_URL is set", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://u@db:5432/br" });
    expect(config.database).toEqual({ kind: "postgres", url: "postgres://u@db:5432/br", poolSize: 20 });
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" }).database.kind).toBe("pglite");
  });

  it("BUD1: proposal sets get 2 s unless PROPOSAL_BUDGET_MS says otherwise", () => {
    expect(loadConfig({}).proposalBudgetMs).toBe(2000);
    expect(loadConfig({ PROPOSAL_BUDGET_MS: "5000" }).proposalBudgetMs).toBe(5000);
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["DATABASE_URL", "mysql://x"],
    ["PUBLIC_URL", "not a url"],
    ["REDIS_URL", "http://cache"],
    ["LOG_LEVEL", "loud"],
    ["DATABASE_POOL_SIZE", "0"],
    ["PROPOSAL_BUDGET_MS", "50"],
    ["PROPOSAL_BUDGET_MS", "2.5"],
  ])("stops with one line naming %s when it is %j", (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrowError(new RegExp(`^Configuration error: ${variable}=`));
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });
});
