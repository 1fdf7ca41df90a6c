import next from "next";
import type { NextMount } from "./app-server";
import { applyPagePolicy } from "./http/content-security-policy";

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
  return {
    handle: (req, res) => {
      applyPagePolicy(req, res, { publicUrl: options.publicUrl, isDev: options.dev });
      return handle(req, res);
    },
    handleUpgrade: (req, socket, head) => void upgrade(req, socket, head),
    close: () => app.close(),
  };
}
