import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import type { RealtimeServer } from "./types";

/**
 * With REDIS_URL set, several server processes share rooms: a view published by one
 * reaches a participant connected to another, and presence is asked of all of them.
 */
export async function attachRedisAdapter(io: RealtimeServer, redisUrl: string): Promise<() => Promise<void>> {
  const publisher = createClient({ url: redisUrl });
  const subscriber = publisher.duplicate();
  await Promise.all([publisher.connect(), subscriber.connect()]);
  io.adapter(createAdapter(publisher, subscriber, { requestsTimeout: 2_000 }));
  return async () => {
    await Promise.allSettled([publisher.quit(), subscriber.quit()]);
  };
}
