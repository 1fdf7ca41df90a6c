#!/usr/bin/env node
// Finds a Chromium for the browser tests: CHROMIUM_PATH, then Debian's /usr/bin/chromium.
// As root with apt, installs Debian's `chromium` when none is found; otherwise stops with
// the exact command to run. (Playwright's own browser download needs the open internet.)
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const INSTALL_COMMAND = "sudo apt-get update && sudo apt-get install -y chromium";

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

function canInstallWithApt() {
  return process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let found = findChromium();
  if (!found && canInstallWithApt()) {
    console.log("No Chromium found; installing Debian's chromium package…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    found = findChromium();
  }
  if (!found) {
    console.error(`No Chromium found for the browser tests. Install it with:\n  ${INSTALL_COMMAND}\nor set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log(`Chromium: ${found}`);
}
