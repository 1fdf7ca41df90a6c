import { defineConfig } from "vitest/config";

// A non-UTC zone (with daylight saving) makes code that forgets the couple's time zone fail loudly.
process.env.TZ = "America/Sao_Paulo";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["core/**/*.test.ts", "server/**/*.unit.test.ts", "app/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["server/**/*.int.test.ts", "db/**/*.int.test.ts"],
          // Several server processes can share a database only through PostgreSQL, and
          // rooms only through Redis.
          exclude: [
            "**/node_modules/**",
            ...(process.env.DATABASE_URL ? [] : ["**/*.pg.int.test.ts"]),
            ...(process.env.REDIS_URL ? [] : ["**/*.redis.int.test.ts"]),
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Slow: each starts and stops services of its own (npm run test:faults).
        test: {
          name: "faults",
          include: ["server/faults/**/*.fault.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
