import type { Database, Db } from "../../db/client";
import type { Logger } from "../logging/logger";

export type HttpDeps = {
  db: Db;
  database: Database;
  publicUrl: string;
  publicOrigin: string;
  now: () => Date;
  log: Logger;
};
