#!/usr/bin/env node
// `npm test`: types, unit and integration tests (vitest), then the browser tests (Playwright).
import { spawnSync } from "node:child_process";

const steps = [
  ["Type check", "npx", ["tsc", "--noEmit"]],
  ["Unit and integration tests", "npx", ["vitest", "run", "--project", "unit", "--project", "integration"]],
  ["Chromium for the browser tests", "node", ["scripts/ensure-chromium.mjs"]],
  ["Browser tests", "npx", ["playwright", "test"]],
];

for (const [title, command, args] of steps) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log("\n✓ All tests passed.");
