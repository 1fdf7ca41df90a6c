import { defineConfig } from "drizzle-kit";

// Migrations are generated here and committed; the server applies them at start.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
