import { createServer, type IncomingMessage, type Server as HttpServer } from "node:http";
import type { Duplex } from "node:stream";
import type { Database } from "../db/client";
import { SpaceQueue, SpaceStore } from "./commands/space-store";
import type { Config } from "./config/config";
import { createRequestHandler, type NextRequestHandler } from "./http/request-handler";
import type { Logger } from "./logging/logger";
import { DEFAULT_RATE_LIMIT, type RateLimit } from "./realtime/command-handler";
import { attachRedisAdapter } from "./realtime/redis-adapter";
import { attachRealtime } from "./realtime/socket-server";
import type { RealtimeServer } from "./realtime/types";

export type NextMount = {
  handle: NextRequestHandler;
  handleUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
};

export type AppServerOptions = {
  config: Pick<Config, "port" | "host" | "publicUrl" | "publicOrigin" | "redisUrl">;
  database: Database;
  log: Logger;
  next?: NextMount | null;
  now?: () => Date;
  rateLimit?: RateLimit;
};

export type AppServer = {
  http: HttpServer;
  io: RealtimeServer;
  port: number;
  url: string;
  close: () => Promise<void>;
};

/** One process, one port: our HTTP routes, Next's pages and socket.io side by side. */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const { config, database, log } = options;
  const now = options.now ?? (() => new Date());
  const store = new SpaceStore(database.db);
  const queue = new SpaceQueue();
  const http = createServer(
    createRequestHandler(
      { db: database.db, database, publicUrl: config.publicUrl, publicOrigin: config.publicOrigin, now, log },
      options.next?.handle ?? null,
    ),
  );
  let isClosing = false;
  const io = attachRealtime(http, {
    isClosing: () => isClosing,
    db: database.db,
    store,
    queue,
    now,
    log,
    publicUrl: config.publicUrl,
    publicOrigin: config.publicOrigin,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
  });
  const closeAdapter = config.redisUrl ? await attachRedisAdapter(io, config.redisUrl, log) : async () => {};
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
    io,
    port,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      isClosing = true;
      // socket.io's close also closes the HTTP server and every open connection.
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await closeAdapter();
    },
  };
}
