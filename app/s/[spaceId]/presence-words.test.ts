import { describe, expect, it } from "vitest";
import { presenceWordsFor } from "./presence-words";

const joined = { hasJoined: true };

describe("what the presence bar says about the others", () => {
  it("says a partner is online only while our own connection is up", () => {
    expect(presenceWordsFor(joined, { isOnline: true, isConnected: true })).toEqual({ kind: "online", words: "online" });
  });

  it("says a partner was last seen online, never that they are online, while we are offline", () => {
    expect(presenceWordsFor(joined, { isOnline: true, isConnected: false })).toEqual({ kind: "last-seen-online", words: "last seen online" });
  });

  it("keeps away and not joined yet as they were, connected or not", () => {
    for (const isConnected of [true, false]) {
      expect(presenceWordsFor(joined, { isOnline: false, isConnected }).words).toBe("away");
      expect(presenceWordsFor({ hasJoined: false }, { isOnline: false, isConnected }).words).toBe("not joined yet");
    }
  });
});
