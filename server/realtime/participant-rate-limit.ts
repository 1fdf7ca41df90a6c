import { RateLimiter } from "./rate-limit";

/** What this needs of a Redis client. */
export type RedisCommands = { isReady: boolean; sendCommand: (args: string[]) => Promise<unknown> };

/** Redis keeps one token bucket per participant for every process; its clock is the one clock. */
const TAKE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 't', 'u')
local tokens = tonumber(bucket[1]) or capacity
local updated = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - updated) / 1000 * rate)
local taken = 0
if tokens >= 1 then
  tokens = tokens - 1
  taken = 1
end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'u', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
return taken`;

/**
 * Commands per participant, not per connection: twenty tabs of one person share one
 * budget. With Redis the budget is shared by every server process; while Redis is away (or
 * without it) each process keeps its own buckets, so a command is never held up by it.
 */
export class ParticipantRateLimit {
  private readonly local = new Map<string, { limiter: RateLimiter; usedAt: number }>();
  private redis: RedisCommands | null = null;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
  ) {}

  /** Shares the buckets through Redis from now on. */
  useRedis(client: RedisCommands): void {
    this.redis = client;
  }

  take(participantId: string): boolean | Promise<boolean> {
    const redis = this.redis;
    if (redis?.isReady) {
      return (redis.sendCommand(["EVAL", TAKE_SCRIPT, "1", `br:rate:${participantId}`, String(this.capacity), String(this.perSecond)]) as Promise<unknown>).then(
        (taken) => taken === 1,
        () => this.takeLocally(participantId),
      );
    }
    return this.takeLocally(participantId);
  }

  private takeLocally(participantId: string): boolean {
    const now = Date.now();
    let entry = this.local.get(participantId);
    if (!entry) {
      if (this.local.size > 10_000) this.forgetIdle(now);
      entry = { limiter: new RateLimiter(this.capacity, this.perSecond, Date.now), usedAt: now };
      this.local.set(participantId, entry);
    }
    entry.usedAt = now;
    return entry.limiter.tryTake();
  }

  /** A bucket untouched long enough to be full again is the same as no bucket. */
  private forgetIdle(now: number): void {
    const fullAfterMs = (this.capacity / this.perSecond) * 1000;
    for (const [id, entry] of this.local) if (now - entry.usedAt > fullAfterMs) this.local.delete(id);
  }
}
