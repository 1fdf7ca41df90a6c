import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import { withinDeadline } from "../commands/deadline";
import type { Logger } from "../logging/logger";
import type { RedisCommands } from "./participant-rate-limit";
import type { RealtimeServer } from "./types";

/**
 * With REDIS_URL set, several server processes share rooms: a view published by one
 * reaches a participant connected to another, and presence is asked of all of them.
 */
export async function attachRedisAdapter(
  io: RealtimeServer,
  redisUrl: string,
  log: Logger,
): Promise<{ close: () => Promise<void>; client: RedisCommands }> {
  // While Redis is away a publish fails at once instead of queueing: a queue would grow for as
  // long as the outage lasts and then replay stale views. What a connection missed meanwhile
  // reaches it through the seq beat (seq-beat.ts).
  const publisher = createClient({ url: redisUrl, disableOfflineQueue: true });
  const subscriber = publisher.duplicate();
  // A lost Redis connection is logged and retried by the client; it must not end the process.
  for (const client of [publisher, subscriber]) client.on("error", (error) => log.warn({ err: error }, "redis error"));
  await Promise.all([publisher.connect(), subscriber.connect()]);
  // The adapter does not wait for its publishes; one cut off by a lost connection would be
  // an unhandled rejection. It is logged instead: the seq beat (seq-beat.ts) brings every
  // connection the views it may have missed.
  const publish = publisher.publish.bind(publisher);
  (publisher as unknown as { publish: typeof publish }).publish = ((...args: Parameters<typeof publish>) =>
    publish(...args).catch((error: unknown) => {
      log.warn({ err: error }, "redis publish lost");
      return 0;
    })) as typeof publish;
  io.adapter(createAdapter(publisher, subscriber, { requestsTimeout: 2_000 }));
  return {
    client: publisher as unknown as RedisCommands,
    // A server stopping while Redis is away must not wait for it to come back.
    close: async () => {
      await Promise.all([publisher, subscriber].map((client) => closeClient(client)));
    },
  };
}

async function closeClient(client: { isReady: boolean; isOpen: boolean; close: () => Promise<void>; destroy: () => void }): Promise<void> {
  try {
    if (client.isReady) {
      const closing = client.close();
      // destroy() below rejects a close still waiting for Redis: that is expected, not an error.
      closing.catch(() => undefined);
      await withinDeadline(closing, 2_000);
    }
  } catch {
    // Closed already, or the connection broke while closing: destroyed below.
  }
  if (client.isOpen) client.destroy();
}
