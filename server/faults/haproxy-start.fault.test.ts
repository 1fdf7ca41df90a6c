import { createServer, type Server } from "node:http";
import { describe, expect, it } from "vitest";
import { BALANCER_ALIVE_PATH, HaproxyExited, readHaproxyTemplate, renderHaproxyConfig, startHaproxy } from "../cluster/haproxy";
import { freePort } from "./private-postgres";

// The balancer's start must tell its own listener from another program's: a port picked
// free can be taken before HAProxy binds it, and then a bare connect would still succeed.
async function listenOn(port: number): Promise<Server> {
  const server = createServer((_, response) => response.writeHead(404).end());
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}

function configFor(port: number, backendPort: number): string {
  return renderHaproxyConfig(readHaproxyTemplate(), { bind: { host: "127.0.0.1", port }, backends: [{ name: "app1", host: "127.0.0.1", port: backendPort }] });
}

describe("starting HAProxy", () => {
  it("answers its own alive path once it listens, and stops on stop()", async () => {
    const [port, backendPort] = await Promise.all([freePort(), freePort()]);
    const balancer = await startHaproxy(configFor(port, backendPort), { port });
    const response = await fetch(`${balancer.url}${BALANCER_ALIVE_PATH}`);
    expect(response.status).toBe(200);
    await balancer.stop();
    expect(balancer.child.exitCode !== null || balancer.child.signalCode !== null).toBe(true);
  });

  it("fails with HaproxyExited, not success, when another program already holds its port", async () => {
    const [port, backendPort] = await Promise.all([freePort(), freePort()]);
    const squatter = await listenOn(port);
    try {
      await expect(startHaproxy(configFor(port, backendPort), { port })).rejects.toBeInstanceOf(HaproxyExited);
    } finally {
      squatter.close();
    }
  });
});
