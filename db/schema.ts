import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const spaces = pgTable("spaces", {
  id: uuid("id").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Keys: personal links, and the keys of devices added with a device code. Only the
 * SHA-256 of a token is kept, so a leaked database cannot be turned into working links.
 * A renewed link revokes every key of its person, links and devices alike.
 */
export const accessTokens = pgTable(
  "access_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    spaceId: uuid("space_id")
      .notNull()
      .references(() => spaces.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id").notNull(),
    /** "link": a personal link; "device": a device's own key, from a device code (DEV2). */
    kind: text("kind", { enum: ["link", "device"] }).notNull().default("link"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("access_tokens_participant_idx").on(t.participantId)],
);

/**
 * Device codes (DEV1, DEV2): short, single use, ten minutes. A code belongs to the key
 * that made it, not to a space, so it serves whatever that key opens (DEV4); it dies
 * with that key. Only its hash is kept.
 */
export const deviceCodes = pgTable(
  "device_codes",
  {
    codeHash: text("code_hash").primaryKey(),
    madeWithTokenHash: text("made_with_token_hash")
      .notNull()
      .references(() => accessTokens.tokenHash, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** Spent, or replaced by a newer code of the same person. */
    endedAt: timestamp("ended_at", { withTimezone: true }),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("device_codes_made_with_idx").on(t.madeWithTokenHash), index("device_codes_expires_idx").on(t.expiresAt)],
);

/** A partner's calendar subscription (CAL3): its own capability, kept as a hash, revocable. */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    tokenHash: text("token_hash").primaryKey(),
    spaceId: uuid("space_id")
      .notNull()
      .references(() => spaces.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("calendar_feeds_participant_idx").on(t.participantId)],
);

/** Tries counted per key and fixed window, so a limit holds across server processes (DEV3). */
export const attemptCounts = pgTable(
  "attempt_counts",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("attempt_counts_window_idx").on(t.windowStart)],
);

/**
 * The negotiation's append-only log. The primary key (space_id, seq) is what makes a
 * decision atomic: of two writers expecting the same seq, exactly one wins.
 */
export const events = pgTable(
  "events",
  {
    spaceId: uuid("space_id")
      .notNull()
      .references(() => spaces.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    type: text("type").notNull(),
    data: jsonb("data").notNull(),
    actor: text("actor").notNull(),
    commandId: text("command_id"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.seq] })],
);

/** Command ids already applied, so a retried command is acknowledged but not applied twice. */
export const processedCommands = pgTable(
  "processed_commands",
  {
    spaceId: uuid("space_id")
      .notNull()
      .references(() => spaces.id, { onDelete: "cascade" }),
    commandId: text("command_id").notNull(),
    seq: integer("seq").notNull(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.commandId] })],
);

/**
 * Due work (a pause's return time): durable, so it survives restarts, and claimed with
 * FOR UPDATE SKIP LOCKED, so with several servers each timer is taken by one at a time.
 * A timer only dispatches an idempotent command; running it twice changes nothing.
 */
export const timers = pgTable(
  "timers",
  {
    id: text("id").notNull(),
    spaceId: uuid("space_id")
      .notNull()
      .references(() => spaces.id, { onDelete: "cascade" }),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    command: jsonb("command").notNull(),
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    doneAt: timestamp("done_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.id] }), index("timers_due_idx").on(t.dueAt)],
);

/** A counsellor's workspace: its own aggregate, never joined to a space's rows (WSP1). */
export const workspaces = pgTable("workspaces", {
  id: uuid("id").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A workspace's personal links, apart from the spaces' links: a partner's token is never
 * looked up here, so it can never open a workspace (WSP4). Only hashes are kept.
 */
export const workspaceTokens = pgTable(
  "workspace_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("workspace_tokens_workspace_idx").on(t.workspaceId)],
);

/** The workspace's append-only log; (workspace_id, seq) orders it, a command id applies once. */
export const workspaceEvents = pgTable(
  "workspace_events",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    type: text("type").notNull(),
    data: jsonb("data").notNull(),
    actor: text("actor").notNull(),
    commandId: text("command_id").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.seq] }), uniqueIndex("workspace_events_command_idx").on(t.workspaceId, t.commandId)],
);

/**
 * A code that adds a device to a workspace (WSP7), the twin of `device_codes`: it belongs to
 * the workspace key that made it and dies with it. Only hashes are kept.
 */
export const workspaceDeviceCodes = pgTable("workspace_device_codes", {
  codeHash: text("code_hash").primaryKey(),
  madeWithTokenHash: text("made_with_token_hash")
    .notNull()
    .references(() => workspaceTokens.tokenHash, { onDelete: "cascade" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  endedAt: timestamp("ended_at", { withTimezone: true }),
  usedAt: timestamp("used_at", { withTimezone: true }),
});

/**
 * A workspace's recovery code: shown once at creation (and after each use), kept as a hash.
 * It makes a new link when every device is lost; using it spends it and signs out the old links.
 */
export const workspaceRecoveryCodes = pgTable("workspace_recovery_codes", {
  codeHash: text("code_hash").primaryKey(),
  workspaceId: uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  usedAt: timestamp("used_at", { withTimezone: true }),
});
