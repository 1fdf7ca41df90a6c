import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config/config";
import { clientAddress } from "./device-code-routes";

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor } }) as unknown as IncomingMessage;

describe("the client's address for per-address limits", () => {
  it("is the socket's unless the balancer is trusted (TRUST_PROXY)", () => {
    expect(clientAddress(request("10.0.0.5", "203.0.113.7"), { trustProxy: false })).toBe("10.0.0.5");
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(true);
    expect(() => loadConfig({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY="yes" must be 0 or 1/);
  });

  it("behind a trusted balancer is the entry it appended, the last one: earlier ones may be made up by the client", () => {
    expect(clientAddress(request("127.0.0.1", "203.0.113.7"), { trustProxy: true })).toBe("203.0.113.7");
    expect(clientAddress(request("127.0.0.1", "198.51.100.1, 203.0.113.7"), { trustProxy: true })).toBe("203.0.113.7");
    expect(clientAddress(request("127.0.0.1"), { trustProxy: true })).toBe("127.0.0.1");
  });
});
