import next from "next";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { NextMount } from "./app-server";
import { applyPagePolicy } from "./http/content-security-policy";
import { servePrecompressedAsset } from "./http/static-assets";

/** Next's request and upgrade handlers, prepared, for the one HTTP server. */
export async function mountNext(options: {
  dev: boolean;
  dir: string;
  hostname: string;
  port: number;
  publicUrl: string;
}): Promise<NextMount & { close: () => Promise<void> }> {
  const app = next({ dev: options.dev, dir: options.dir, hostname: options.hostname, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const upgrade = app.getUpgradeHandler();
  // The production build's assets go out as the brotli or gzip copies made at build time
  // (server/build/precompress.ts), with the headers Next gives every response.
  const staticDir = path.join(options.dir, ".next", "static");
  const headersForEveryPath = options.dev ? [] : await configuredHeadersForEveryPath(options.dir);
  return {
    handle: (req, res) => {
      applyPagePolicy(req, res, { publicUrl: options.publicUrl, isDev: options.dev });
      if (!options.dev && servePrecompressedAsset(req, res, staticDir, headersForEveryPath)) return Promise.resolve();
      return handle(req, res);
    },
    handleUpgrade: (req, socket, head) => void upgrade(req, socket, head),
    close: () => app.close(),
  };
}

type TConfiguredHeaders = { source: string; headers: { key: string; value: string }[] }[];

/** The headers next.config.js sets on every path ("/:path*"): one list, whoever answers. */
async function configuredHeadersForEveryPath(dir: string): Promise<[string, string][]> {
  const config = (await import(pathToFileURL(path.join(dir, "next.config.js")).href)) as { default: { headers?: () => Promise<TConfiguredHeaders> } };
  const rules = (await config.default.headers?.()) ?? [];
  return rules.filter((rule) => rule.source === "/:path*").flatMap((rule) => rule.headers.map((h): [string, string] => [h.key, h.value]));
}
