import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { precompressStaticAssets } from "./precompress";

/** What the production build is made from; a change in any of these means a new build. */
const BUILD_INPUTS = ["app", "core", "instrumentation-client.ts", "next.config.js", "package-lock.json", "tsconfig.json"];
const STAMP_FILE = ".next/breathing-room-build.sha256";

/**
 * `npm start` serves production. It builds first when there is no build, or when the
 * build was made from other sources than the ones on disk now.
 */
export function ensureProductionBuild(rootDir: string, log: (message: string) => void): void {
  const wanted = sourceFingerprint(rootDir);
  const stampPath = path.join(rootDir, STAMP_FILE);
  const hasBuild = existsSync(path.join(rootDir, ".next", "BUILD_ID"));
  if (!hasBuild || !existsSync(stampPath) || readFileSync(stampPath, "utf8") !== wanted) {
    build(rootDir, hasBuild, log);
    // Fingerprint again: the build may touch its own inputs (Next amends tsconfig.json).
    writeFileSync(stampPath, sourceFingerprint(rootDir));
  }
  // Also after a `next build` of its own: copies already made are kept.
  const compressed = precompressStaticAssets(path.join(rootDir, ".next", "static"));
  if (compressed.written > 0) log(`Compressed the build's static files: ${kb(compressed.bytes)} → ${kb(compressed.brotliBytes)} with brotli.`);
}

function build(rootDir: string, hasBuild: boolean, log: (message: string) => void): void {
  log(hasBuild ? "Sources changed since the last build; building again…" : "No production build yet; building (about a minute)…");
  const result = spawnSync(process.execPath, [path.join(rootDir, "node_modules/next/dist/bin/next"), "build"], {
    cwd: rootDir,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

function sourceFingerprint(rootDir: string): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of listFiles(path.join(rootDir, input))) {
      hash.update(path.relative(rootDir, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest("hex");
}

function listFiles(target: string): string[] {
  if (!existsSync(target)) return [];
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(target, entry.name);
      if (entry.isDirectory()) return listFiles(full);
      return /\.test\.tsx?$/.test(entry.name) ? [] : [full];
    });
}
