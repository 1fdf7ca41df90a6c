import { createServer, type IncomingMessage, type Server as HttpServer } from "node:http";
import type { Duplex } from "node:stream";
import type { TSpaceState } from "../core/negotiation/state";
import { AppendBatcher } from "../db/append-batcher";
import type { Database } from "../db/client";
import type { CommandDeps } from "./commands/execute-command";
import { SpaceQueue, SpaceStore } from "./commands/space-store";
import type { Config } from "./config/config";
import { createRequestHandler, type NextRequestHandler } from "./http/request-handler";
import type { Logger } from "./logging/logger";
import { DEFAULT_RATE_LIMIT, type RateLimit } from "./realtime/command-handler";
import { DEFAULT_MAX_CONNECTIONS_PER_PARTICIPANT } from "./realtime/connection-limit";
import { ParticipantRateLimit } from "./realtime/participant-rate-limit";
import { attachRedisAdapter } from "./realtime/redis-adapter";
import { attachRealtime, publishViews } from "./realtime/socket-server";
import { startSeqBeat } from "./realtime/seq-beat";
import type { RealtimeServer } from "./realtime/types";
import { ProposalPool } from "./proposals/proposal-pool";
import { createProposalReactor } from "./proposals/proposal-reactor";
import { systemClock, type Clock } from "./time/clock";
import { startTimerLoop, type TimerLoop } from "./timers/timer-loop";
import { SummaryPublisher, workspaceRoom } from "./workspaces/summaries";
import { guideRoom } from "./realtime/rooms";
import { WorkspaceStore } from "./workspaces/workspace-store";
import { attachWorkspaces } from "./workspaces/workspace-realtime";
import type { WorkspaceCommandDeps } from "./workspaces/run-workspace-command";
import type { WorkspaceNamespace } from "./workspaces/workspace-types";
import { workspaceViewOf } from "../core/workspace/view";

export type NextMount = {
  handle: NextRequestHandler;
  handleUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
};

export type AppServerOptions = {
  config: Pick<Config, "port" | "host" | "publicUrl" | "publicOrigin" | "redisUrl"> & Partial<Pick<Config, "proposalBudgetMs" | "spacesPerAddressPerHour" | "commandDeadlineMs" | "trustProxy">>;
  database: Database;
  log: Logger;
  next?: NextMount | null;
  clock?: Clock;
  rateLimit?: RateLimit;
  /** Open connections one participant may have, on every process together. */
  maxConnectionsPerParticipant?: number;
  /** How often each process makes sure its connections hold their space's newest seq. */
  seqBeatMs?: number;
  /** How often due timers are looked for; tests may ask for them directly instead. */
  timerIntervalMs?: number;
  /** Start the proposal worker (and its warm-up) at once, not with the first set (as `npm start` does). */
  startProposalWorkerNow?: boolean;
};

/** Every command gets an answer within this time unless the configuration says otherwise. */
export const DEFAULT_COMMAND_DEADLINE_MS = 5_000;

export type AppServer = {
  http: HttpServer;
  io: RealtimeServer;
  port: number;
  url: string;
  clock: Clock;
  timers: TimerLoop;
  close: () => Promise<void>;
};

/** One process, one port: our HTTP routes, Next's pages and socket.io side by side. */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const { config, database, log } = options;
  const clock = options.clock ?? systemClock();
  const now = clock.now;
  let io: RealtimeServer | null = null;
  let isClosing = false;
  let workspaceNsp: WorkspaceNamespace | null = null;
  const summaries = new SummaryPublisher(() => workspaceNsp);
  const pool = new ProposalPool(config.proposalBudgetMs !== undefined ? { budgetMs: config.proposalBudgetMs } : {});
  if (options.startProposalWorkerNow) pool.start();
  const reactToState = createProposalReactor({ pool, log, commands: () => commandDeps });
  const commandDeps: CommandDeps = {
    db: database.db,
    runPrepared: database.runPrepared,
    batcher: new AppendBatcher(database.runPrepared),
    store: new SpaceStore(database.db),
    queue: new SpaceQueue(),
    now,
    publish: (state: TSpaceState, exceptConnection?: string) => {
      // While closing, the connections and the Redis adapter are going away: a command that
      // finishes now is stored, and everyone reads it on reconnect; sending it would only fail.
      if (isClosing) return;
      if (io) publishViews(io, state, now(), exceptConnection);
      summaries.publish(state);
      reactToState(state);
    },
  };
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const participantRate = new ParticipantRateLimit(rateLimit.burst, rateLimit.perSecond);
  const timers = startTimerLoop({ ...commandDeps, log, intervalMs: options.timerIntervalMs });

  const http = createServer(
    createRequestHandler(
      {
        db: database.db,
        database,
        publicUrl: config.publicUrl,
        publicOrigin: config.publicOrigin,
        now,
        log,
        clock,
        timers,
        store: commandDeps.store,
        spacesPerAddressPerHour: config.spacesPerAddressPerHour ?? null,
        trustProxy: config.trustProxy ?? false,
        signOutWorkspace: (workspaceId) => {
          workspaceNsp?.in(workspaceRoom(workspaceId)).disconnectSockets(true);
          io?.in(guideRoom(workspaceId)).disconnectSockets(true);
        },
      },
      options.next?.handle ?? null,
    ),
  );
  io = attachRealtime(http, {
    ...commandDeps,
    isClosing: () => isClosing,
    onStateLoaded: reactToState,
    log,
    publicUrl: config.publicUrl,
    publicOrigin: config.publicOrigin,
    rateLimit,
    participantRate,
    commandDeadlineMs: config.commandDeadlineMs ?? DEFAULT_COMMAND_DEADLINE_MS,
    maxConnectionsPerParticipant: options.maxConnectionsPerParticipant ?? DEFAULT_MAX_CONNECTIONS_PER_PARTICIPANT,
    onPresence: (spaceId, presence) => {
      const state = commandDeps.store.peek(spaceId);
      if (state) summaries.publishPresence(state, { spaceId, online: presence.online });
    },
  });
  const realtime = io;
  const workspaceDeps: WorkspaceCommandDeps = {
    db: database.db,
    workspaces: new WorkspaceStore(database.db),
    queue: commandDeps.queue,
    now,
    publishWorkspace: (state) => workspaceNsp?.to(workspaceRoom(state.workspaceId)).emit("workspace", { ...workspaceViewOf(state), sentAt: now().toISOString() }),
  };
  workspaceNsp = attachWorkspaces(realtime, {
    space: commandDeps,
    workspace: workspaceDeps,
    summaries,
    log,
    publicUrl: config.publicUrl,
    publicOrigin: config.publicOrigin,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
  });
  const seqBeat = startSeqBeat({
    io: realtime,
    runPrepared: database.runPrepared,
    store: commandDeps.store,
    queue: commandDeps.queue,
    publishHere: (state) => publishViews(realtime.local, state, now()),
    log,
    intervalMs: options.seqBeatMs,
  });
  const adapter = config.redisUrl ? await attachRedisAdapter(realtime, config.redisUrl, log) : null;
  if (adapter) participantRate.useRedis(adapter.client);
  if (options.next) {
    const next = options.next;
    http.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!(req.url ?? "").startsWith("/socket.io/")) next.handleUpgrade(req, socket, head);
    });
  }

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const address = http.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  log.info({ event: "listening", port, url: config.publicUrl }, "listening");

  return {
    http,
    io: realtime,
    port,
    url: `http://127.0.0.1:${port}`,
    clock,
    timers,
    close: async () => {
      isClosing = true;
      await timers.stop();
      await seqBeat.stop();
      // socket.io's close also closes the HTTP server and every open connection.
      await new Promise<void>((resolve) => realtime.close(() => resolve()));
      await adapter?.close();
      await pool.close();
    },
  };
}
