import type { Database, Db } from "../../db/client";
import type { SpaceStore } from "../commands/space-store";
import type { Logger } from "../logging/logger";
import type { Clock } from "../time/clock";
import type { TimerLoop } from "../timers/timer-loop";

export type HttpDeps = {
  db: Db;
  database: Database;
  publicUrl: string;
  publicOrigin: string;
  now: () => Date;
  log: Logger;
  clock: Clock;
  timers: TimerLoop;
  /** Closes every open connection of a workspace (its list and the spaces opened through it). */
  signOutWorkspace: (workspaceId: string) => void;
  /** States of spaces, for the routes that summarise one (Your spaces, calendars). */
  store: SpaceStore;
  /** New spaces one client address may create per hour; null for no limit (tests). */
  spacesPerAddressPerHour: number | null;
  /** Behind a trusted balancer: the client's address is the last X-Forwarded-For entry (TRUST_PROXY). */
  trustProxy: boolean;
};
