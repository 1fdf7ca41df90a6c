import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type Database } from "../client";

export type TestDatabase = {
  database: Database;
  /** A connection string for another process to share this database (PostgreSQL only). */
  url: string | null;
  drop: () => Promise<void>;
};

/**
 * A fresh, migrated database for one test file: a new random PostgreSQL database when
 * DATABASE_URL is set (dropped afterwards), otherwise an in-memory PGlite.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const database = await openDatabase({ kind: "pglite", dataDir: null });
    return { database, url: null, drop: () => database.close() };
  }
  const name = `br_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = withDatabaseName(adminUrl, name);
  const database = await openDatabase({ kind: "postgres", url });
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
