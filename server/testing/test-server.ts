import { io as connect, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents, TPresence } from "../../core/protocol/socket-events";
import type { TAck, TConnectErrorData } from "../../core/protocol/acks";
import type { TCreateSpaceResponse } from "../../core/protocol/create-space";
import type { TSpaceView } from "../../core/negotiation/view";
import type { Database } from "../../db/client";
import { startAppServer, type AppServer } from "../app-server";
import type { RateLimit } from "../realtime/command-handler";
import type { Clock } from "../time/clock";
import { createLogger } from "../logging/logger";

export const TEST_ORIGIN = "http://breathing-room.test";

export type TestServer = AppServer & { createSpace: (names?: Partial<SpaceNames>) => Promise<TestSpace> };

type SpaceNames = { partnerA: string; partnerB: string; counsellor?: string; timeZone: string };

export type TestSpace = TCreateSpaceResponse & { tokens: { partnerA: string; partnerB: string; counsellor?: string } };

/** A real server (HTTP + socket.io, no Next) on an ephemeral port, over a real database. */
export async function startTestServer(
  database: Database,
  options: {
    clock?: Clock;
    rateLimit?: RateLimit;
    timerIntervalMs?: number;
    logLines?: string[];
    spacesPerAddressPerHour?: number;
    maxConnectionsPerParticipant?: number;
    commandDeadlineMs?: number;
    /** Redis for this server's rooms; REDIS_URL's when not given. */
    redisUrl?: string | null;
  } = {},
): Promise<TestServer> {
  const server = await startAppServer({
    config: {
      port: 0,
      host: "127.0.0.1",
      publicUrl: TEST_ORIGIN,
      publicOrigin: TEST_ORIGIN,
      redisUrl: options.redisUrl !== undefined ? options.redisUrl : process.env.REDIS_URL || null,
      spacesPerAddressPerHour: options.spacesPerAddressPerHour,
      commandDeadlineMs: options.commandDeadlineMs,
    },
    database,
    // A test that reads the log gets every line, at every level, in `logLines`.
    log: options.logLines
      ? createLogger("trace", { write: (line: string) => void options.logLines!.push(line) })
      : createLogger(process.env.TEST_LOG_LEVEL ?? "silent"),
    clock: options.clock,
    rateLimit: options.rateLimit,
    maxConnectionsPerParticipant: options.maxConnectionsPerParticipant,
    timerIntervalMs: options.timerIntervalMs,
  });
  return { ...server, createSpace: (names) => createSpaceThroughApi(server.url, names) };
}

export async function createSpaceThroughApi(url: string, names: Partial<SpaceNames> = {}): Promise<TestSpace> {
  const response = await fetch(`${url}/api/spaces`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ partnerA: "Ana", partnerB: "Ben", timeZone: "Europe/Berlin", ...names }),
  });
  if (response.status !== 201) throw new Error(`create space failed: ${response.status} ${await response.text()}`);
  const created = (await response.json()) as TCreateSpaceResponse;
  const tokenOf = (role: string) => created.links.find((l) => l.role === role)?.link.split("/j/")[1];
  return {
    ...created,
    tokens: { partnerA: tokenOf("partnerA")!, partnerB: tokenOf("partnerB")!, counsellor: tokenOf("counsellor") },
  };
}

export type TestClient = {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  /** Every frame this client received, in order, as JSON text (for privacy searches). */
  frames: string[];
  views: TSpaceView[];
  presence: TPresence[];
  latestView: () => TSpaceView | undefined;
  send: (type: string, payload: unknown, id?: string) => Promise<TAck>;
  sendRaw: (raw: unknown) => Promise<TAck>;
  waitFor: <T>(check: () => T | undefined | false, timeoutMs?: number) => Promise<T>;
  close: () => void;
};

let commandCounter = 0;
export function newCommandId(): string {
  commandCounter += 1;
  return `cmd-${process.pid}-${Date.now().toString(36)}-${commandCounter}`;
}

/** A socket.io client as a browser would be, recording everything it receives. */
export async function connectClient(
  url: string,
  auth: Record<string, unknown>,
  options: {
    headers?: Record<string, string>;
    recordFrames?: boolean;
    /**
     * As a browser does it, through a balancer: long-polling first, then the upgrade, keeping
     * the cookies answers set (the balancer's sticky one), and reconnecting after a lost connection.
     */
    asBrowser?: boolean;
  } = {},
): Promise<TestClient> {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(url, {
    auth,
    forceNew: true,
    extraHeaders: options.headers,
    ...(options.asBrowser
      ? { transports: ["polling", "websocket"], withCredentials: true, reconnection: true, reconnectionDelay: 200, reconnectionDelayMax: 1_000 }
      : { transports: ["websocket"], reconnection: false }),
  });
  const frames: string[] = [];
  const views: TSpaceView[] = [];
  const presence: TPresence[] = [];
  const isRecording = options.recordFrames !== false;
  if (isRecording) socket.onAny((event, ...args) => frames.push(JSON.stringify([event, ...args])));
  socket.on("view", (view) => views.push(view));
  socket.on("presence", (p) => presence.push(p));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", (error) => reject(Object.assign(error, { data: (error as { data?: TConnectErrorData }).data })));
  });
  const client: TestClient = {
    socket,
    frames,
    views,
    presence,
    // Like the app, trust the highest seq: views published by different processes may arrive out of order.
    latestView: () => views.reduce<TSpaceView | undefined>((best, v) => (!best || v.seq > best.seq ? v : best), undefined),
    send: (type, payload, id = newCommandId()) => client.sendRaw({ id, type, payload }),
    sendRaw: async (raw) => {
      const ack = (await socket.timeout(10_000).emitWithAck("command", raw as never)) as TAck;
      // Acks are frames too (the sender's view rides in them): recorded and kept like any view.
      if (isRecording) frames.push(JSON.stringify(["ack", ack]));
      if (ack.ok && ack.view) views.push(ack.view);
      return ack;
    },
    waitFor: (check, timeoutMs = 5_000) => waitUntil(check, timeoutMs),
    close: () => socket.disconnect(),
  };
  return client;
}

/** Resolves with the first truthy value of `check`, polling; fails with a clear message. */
export async function waitUntil<T>(check: () => T | undefined | false, timeoutMs = 5_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The connect_error a refused handshake produces. */
export async function connectionRefusal(url: string, auth: unknown, headers?: Record<string, string>, namespace = ""): Promise<TConnectErrorData> {
  const socket = connect(`${url}${namespace}`, { auth: auth as Record<string, unknown>, transports: ["websocket"], reconnection: false, forceNew: true, extraHeaders: headers });
  try {
    return await new Promise<TConnectErrorData>((resolve, reject) => {
      socket.once("connect", () => reject(new Error("connection was accepted")));
      socket.once("connect_error", (error) => resolve((error as { data?: TConnectErrorData }).data ?? { code: "INTERNAL", message: error.message }));
    });
  } finally {
    socket.disconnect();
  }
}
