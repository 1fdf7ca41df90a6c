import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLIENT_COMMAND_TYPES } from "./commands";
import { describeProtocol } from "./describe-protocol";

describe("docs/protocol.md", () => {
  it("lists every command and is current with core/protocol (run `npm run docs:protocol` after a change)", () => {
    const committed = readFileSync(new URL("../../docs/protocol.md", import.meta.url), "utf8");
    const generated = describeProtocol();
    for (const type of CLIENT_COMMAND_TYPES) expect(generated).toContain(`### \`${type}\``);
    expect(committed).toBe(generated);
  });
});
