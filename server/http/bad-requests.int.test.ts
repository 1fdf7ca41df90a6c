import { describe, expect, it } from "vitest";
import { serverForThisFile } from "../testing/server-for-file";
import { httpCall } from "../testing/http-client";

const logLines: string[] = [];
const file = serverForThisFile(() => ({ logLines }));

describe("every bad request gets a 4xx with a clear message, never a 500 (INP1)", () => {
  it.each([
    ["U+0000", "An\u0000a"],
    ["a lone surrogate", "Ana\uD83D"],
  ])("creating a space with %s in a name is refused and names the field", async (_label, name) => {
    const answer = await httpCall(file.server.url, "/api/spaces", { body: { partnerA: name, partnerB: "Ben", timeZone: "Europe/Berlin" } });
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ error: { code: "INVALID_INPUT", message: expect.stringMatching(/cannot be saved/), fields: { partnerA: expect.any(String) } } });
  });

  it("a counsellor's name with U+0000 is refused the same way", async () => {
    const answer = await httpCall(file.server.url, "/api/workspaces", { body: { counsellorName: "Dr.\u0000Rivera" } });
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ error: { code: "INVALID_INPUT", fields: { counsellorName: expect.any(String) } } });
  });

  it.each(["/s/%E0%A4%A", "/s/%ED%A0%80", "/s/%", "/api/spaces/%E0/calendar.ics", "/s/x?q=%E0%A4%A"])("a wrongly encoded address %s is a 400", async (path) => {
    const answer = await httpCall(file.server.url, path);
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ error: { code: "INVALID_INPUT", message: expect.stringMatching(/wrongly encoded/) } });
  });

  it("the server still answers afterwards", async () => {
    expect((await httpCall(file.server.url, "/healthz")).status).toBe(200);
  });

  it("every JSON answer says nosniff, refusals too", async () => {
    for (const path of ["/healthz", "/api/your-spaces", "/s/%E0%A4%A", "/nothing-here"]) {
      expect((await httpCall(file.server.url, path)).headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("a browser's report of a blocked resource is taken, and logged without the page's address or words", async () => {
    const report = {
      "csp-report": {
        "document-uri": "http://breathing-room.test/j/SecretTokenMarker0123456789abcdef",
        "effective-directive": "script-src-elem",
        "blocked-uri": "https://evil.example/x.js?q=WordMarker",
        "script-sample": "WordMarker",
      },
    };
    const answer = await httpCall(file.server.url, "/api/csp-report", { body: report, headers: { "content-type": "application/csp-report" } });
    expect(answer.status).toBe(204);
    const logged = logLines.join("\n");
    expect(logged).toContain("script-src-elem");
    expect(logged).toContain("https://evil.example");
    expect(logged).not.toContain("WordMarker");
    expect(logged).not.toContain("SecretTokenMarker");
  });
});
