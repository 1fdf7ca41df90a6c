import { describe, expect, it } from "vitest";
import { loggablePath } from "./request-handler";

describe("paths in logs", () => {
  it("never carry the capability of a personal link or a calendar address", () => {
    expect(loggablePath("/j/AbCdEfGhIjKlMnOpQrStUvWxYz012345")).toBe("/j/…");
    expect(loggablePath("/cal/AbCdEfGhIjKlMnOpQrStUvWxYz012345.ics")).toBe("/cal/…");
    expect(loggablePath("/api/your-spaces")).toBe("/api/your-spaces");
  });
});
