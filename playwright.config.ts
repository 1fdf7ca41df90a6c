import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3917);
const root = path.dirname(new URL(import.meta.url).pathname);

// Browsers keep their profile and cache inside the project, never in $HOME.
process.env.XDG_CONFIG_HOME ??= path.join(root, ".config");
process.env.XDG_CACHE_HOME ??= path.join(root, ".cache");

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  // Every screenshot is taken at two sizes; on a shared two-core machine a whole flow needs room.
  timeout: 360_000,
  // A busy shared machine may take seconds to open a page; waiting longer never makes a wrong page pass.
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  // Every screen any test visited must have run without a CSP violation.
  globalTeardown: "./e2e/support/no-csp-violations.ts",
  use: {
    baseURL: `http://localhost:${port}`,
    ...devices["Desktop Chrome"],
    viewport: { width: 390, height: 844 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
    trace: "retain-on-failure",
  },
  webServer: {
    command: "npx tsx e2e/support/serve-for-e2e.ts",
    url: `http://localhost:${port}/readyz`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: { E2E_PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
  },
});
