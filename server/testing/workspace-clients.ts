import { io as connect, type Socket } from "socket.io-client";
import type { TAck, TConnectErrorData } from "../../core/protocol/acks";
import type { TCreateWorkspaceResponse } from "../../core/protocol/create-workspace";
import type { TPersonalLink } from "../../core/protocol/create-space";
import type { TSpacePresence, WorkspaceClientToServerEvents, WorkspaceServerToClientEvents } from "../../core/protocol/workspace-events";
import type { TSpaceSummary } from "../../core/workspace/space-summary";
import type { TWorkspaceView } from "../../core/workspace/view";
import { connectionRefusal, newCommandId, waitUntil, type TestSpace } from "./test-server";

export type TestWorkspace = TCreateWorkspaceResponse & { token: string };

export async function createWorkspaceThroughApi(url: string, counsellorName = "Dr. Rivera"): Promise<TestWorkspace> {
  const response = await fetch(`${url}/api/workspaces`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ counsellorName }),
  });
  if (response.status !== 201) throw new Error(`create workspace failed: ${response.status} ${await response.text()}`);
  const created = (await response.json()) as TCreateWorkspaceResponse;
  return { ...created, token: created.link.split("/w/")[1]! };
}

export type WorkspaceClient = {
  socket: Socket<WorkspaceServerToClientEvents, WorkspaceClientToServerEvents>;
  frames: string[];
  /** The newest summary of each space, as the workspace screen keeps them. */
  summaries: Map<string, TSpaceSummary>;
  summaryFrames: TSpaceSummary[];
  presence: Map<string, string[]>;
  latestView: () => TWorkspaceView | undefined;
  send: (type: string, payload: unknown, id?: string) => Promise<TAck>;
  waitFor: <T>(check: () => T | undefined | false, timeoutMs?: number) => Promise<T>;
  /** A couple's space made from this workspace, with the partners' tokens. */
  createCouple: (partnerA?: string, partnerB?: string) => Promise<TestSpace>;
  close: () => void;
};

/** A counsellor's workspace socket, recording every frame it receives. */
export async function connectWorkspace(url: string, auth: Record<string, unknown>, headers?: Record<string, string>): Promise<WorkspaceClient> {
  const socket: Socket<WorkspaceServerToClientEvents, WorkspaceClientToServerEvents> = connect(`${url}/workspace`, {
    auth,
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
    extraHeaders: headers,
  });
  const frames: string[] = [];
  const views: TWorkspaceView[] = [];
  const summaries = new Map<string, TSpaceSummary>();
  const summaryFrames: TSpaceSummary[] = [];
  const presence = new Map<string, string[]>();
  const keep = (summary: TSpaceSummary) => {
    const current = summaries.get(summary.spaceId);
    if (!current || current.seq <= summary.seq) summaries.set(summary.spaceId, summary);
  };
  socket.onAny((event, ...args) => frames.push(JSON.stringify([event, ...args])));
  socket.on("workspace", (view) => views.push(view));
  socket.on("summaries", (all) => {
    all.summaries.forEach(keep);
    all.presence.forEach((p: TSpacePresence) => presence.set(p.spaceId, p.online));
  });
  socket.on("summary", (summary) => {
    summaryFrames.push(summary);
    keep(summary);
  });
  socket.on("space-presence", (p) => presence.set(p.spaceId, p.online));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", (error) => reject(Object.assign(error, { data: (error as { data?: TConnectErrorData }).data })));
  });
  const client: WorkspaceClient = {
    socket,
    frames,
    summaries,
    summaryFrames,
    presence,
    latestView: () => views.reduce<TWorkspaceView | undefined>((best, v) => (!best || v.seq > best.seq ? v : best), undefined),
    send: async (type, payload, id = newCommandId()) => {
      const ack = (await socket.timeout(10_000).emitWithAck("command", { id, type, payload })) as TAck;
      frames.push(JSON.stringify(["ack", ack]));
      return ack;
    },
    waitFor: (check, timeoutMs = 5_000) => waitUntil(check, timeoutMs),
    createCouple: async (partnerA = "Maya", partnerB = "Sam") => {
      // Like a person at the keyboard, a script that makes many couples waits when asked to slow down.
      let ack = await client.send("couple:create", { partnerA, partnerB, timeZone: "Europe/Berlin" });
      for (let tries = 0; !ack.ok && ack.error.code === "RATE_LIMITED" && tries < 20; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        ack = await client.send("couple:create", { partnerA, partnerB, timeZone: "Europe/Berlin" });
      }
      if (!ack.ok) throw new Error(`couple:create refused: ${ack.error.code}`);
      const { spaceId, links } = ack.result as { spaceId: string; links: TPersonalLink[] };
      const tokenOf = (role: string) => links.find((l) => l.role === role)!.link.split("/j/")[1]!;
      return { spaceId, spaceUrl: "", links, tokens: { partnerA: tokenOf("partnerA"), partnerB: tokenOf("partnerB") } };
    },
    close: () => socket.disconnect(),
  };
  await client.waitFor(() => client.latestView());
  return client;
}

export function workspaceRefusal(url: string, auth: unknown, headers?: Record<string, string>): Promise<TConnectErrorData> {
  return connectionRefusal(url, auth, headers, "/workspace");
}
