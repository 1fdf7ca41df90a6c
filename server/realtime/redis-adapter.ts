import { createClient } from "redis";
import { withinDeadline } from "../commands/deadline";
import type { Logger } from "../logging/logger";
import type { RedisCommands } from "./participant-rate-limit";
import type { RealtimeServer } from "./types";

type RedisClient = ReturnType<typeof createClient>;

/** Broadcasts kept while Redis is away, at most; past it the oldest go (the seq beat covers views). */
const MAX_HELD_BROADCASTS = 10_000;

/**
 * With REDIS_URL set, several server processes share rooms: a view published by one
 * reaches a participant connected to another, presence is asked of all of them, and a
 * connection signed out on one process closes on every other.
 *
 * Broadcasts cross through a Redis stream (@socket.io/redis-streams-adapter): each process
 * reads on from where it was, so what was added while its connection was away still
 * arrives. What a process broadcasts while Redis itself is away is held (up to
 * MAX_HELD_BROADCASTS) and added to the stream when Redis returns: a sign-out made during an
 * outage still closes the old connections on the other processes. Requests that wait for
 * answers (presence, connection counts) fail at once meanwhile instead of queueing. What a
 * connection missed meanwhile reaches it through the seq beat (seq-beat.ts) too.
 */
export async function attachRedisAdapter(
  io: RealtimeServer,
  redisUrl: string,
  log: Logger,
): Promise<{ close: () => Promise<void>; client: RedisCommands }> {
  const clients: RedisClient[] = [];
  const publisher: RedisClient = createClient({ url: redisUrl, disableOfflineQueue: true });
  clients.push(publisher);
  // A lost Redis connection is logged and retried by the client; it must not end the process.
  publisher.on("error", (error) => log.warn({ err: error }, "redis error"));
  await publisher.connect();
  // Loaded only by a process that runs beside others: a single process needs none of it.
  const { createAdapter } = await import("@socket.io/redis-streams-adapter");
  io.adapter(createAdapter(forTheAdapter(publisher, clients, log), { maxLen: 10_000 }));
  return {
    client: publisher as unknown as RedisCommands,
    // A server stopping while Redis is away must not wait for it to come back.
    close: async () => {
      await Promise.all(clients.map((client) => closeClient(client)));
    },
  };
}

/**
 * The publisher as the adapter sees it. Its stream readers and subscriber (duplicates) wait
 * for Redis to return rather than fail in a loop; its added stream entries are held while
 * Redis is away; a publish (the adapter does not wait for those) that fails is logged.
 */
function forTheAdapter(publisher: RedisClient, clients: RedisClient[], log: Logger): RedisClient {
  const held: Array<{ send: () => void; drop: (error: Error) => void }> = [];
  publisher.on("ready", () => {
    for (const { send } of held.splice(0)) send();
  });
  const addToStream = (target: RedisClient, args: Parameters<RedisClient["xAdd"]>) =>
    new Promise((resolve, reject) => {
      const hold = () => {
        held.push({ send, drop: reject });
        if (held.length > MAX_HELD_BROADCASTS) held.shift()!.drop(new Error("too many broadcasts held while Redis is away"));
      };
      const send = () => void target.xAdd(...args).then(resolve, (error: unknown) => (target.isReady ? reject(error) : hold()));
      if (target.isReady) send();
      else hold();
    });
  return new Proxy(publisher, {
    get(target, property, receiver) {
      if (property === "duplicate") {
        return () => {
          const duplicate = target.duplicate({ disableOfflineQueue: false });
          duplicate.on("error", () => undefined);
          // The adapter ends a reader this way once it is closed; it may be destroyed already.
          duplicate.disconnect = () => Promise.resolve(duplicate.isOpen ? duplicate.destroy() : undefined);
          clients.push(duplicate);
          return duplicate;
        };
      }
      if (property === "xAdd") return (...args: Parameters<RedisClient["xAdd"]>) => addToStream(target, args);
      if (property === "publish" || property === "sPublish") {
        const publish = Reflect.get(target, property, receiver) as (...args: unknown[]) => Promise<number>;
        return (...args: unknown[]) =>
          publish.apply(target, args).catch((error: unknown) => {
            log.warn({ err: error }, "redis publish lost");
            return 0;
          });
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
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
