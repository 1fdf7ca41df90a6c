import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The balancer's configuration for production, with two placeholders (deploy/haproxy.cfg). */
export const HAPROXY_TEMPLATE = fileURLToPath(new URL("../../deploy/haproxy.cfg", import.meta.url));

/** The name of the sticky cookie the balancer sets (see the template's `cookie` line). */
export const STICKY_COOKIE = "br_server";

export type Backend = { name: string; host: string; port: number };

export const HAPROXY_INSTALL_COMMAND = "apt-get install -y haproxy";

/** HAProxy's binary: HAPROXY_PATH, Debian's /usr/sbin/haproxy, or the first on PATH; null when none. */
export function findHaproxy(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.HAPROXY_PATH, "/usr/sbin/haproxy", ...(env.PATH ?? "").split(":").map((dir) => dir && path.join(dir, "haproxy"))];
  return candidates.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate as string)) ?? null;
}

/** The template with its placeholders filled: where the balancer listens and one line per server process. */
export function renderHaproxyConfig(template: string, options: { bind: { host: string; port: number }; backends: Backend[] }): string {
  // A placeholder stands alone on its line (the header's comment names them too).
  const bindLine = /^([ \t]*)\{\{BIND\}\}[ \t]*$/m;
  const serversLine = /^([ \t]*)\{\{SERVERS\}\}[ \t]*$/m;
  if (!bindLine.test(template) || !serversLine.test(template)) throw new Error("the HAProxy template lacks a {{BIND}} or {{SERVERS}} line");
  if (options.backends.length === 0) throw new Error("the balancer needs at least one server");
  const bindHost = hostInAddress(options.bind.host);
  return template
    .replace(bindLine, (_, indent: string) => `${indent}bind ${bindHost}:${options.bind.port}`)
    .replace(serversLine, (_, indent: string) =>
      options.backends.map((backend) => `${indent}server ${backend.name} ${backend.host}:${backend.port} cookie ${backend.name}`).join("\n"),
    );
}

export type Balancer = { url: string; pid: number; child: ChildProcess; configPath: string; stop: () => Promise<void> };

/**
 * Runs HAProxy in the foreground with the given configuration (checked first, so a bad one
 * fails with HAProxy's own message) and resolves once it accepts connections.
 */
export async function startHaproxy(config: string, options: { port: number; host?: string; binary?: string; stdio?: "inherit" | "ignore" }): Promise<Balancer> {
  const binary = options.binary ?? findHaproxy();
  if (!binary) throw new Error(`HAProxy is not installed. Install Debian's package: ${HAPROXY_INSTALL_COMMAND}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "br-haproxy-"));
  const configPath = path.join(dir, "haproxy.cfg");
  writeFileSync(configPath, config);
  const check = spawnSync(binary, ["-c", "-q", "-f", configPath], { encoding: "utf8" });
  if (check.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`HAProxy refused the configuration:\n${check.stdout}${check.stderr}`);
  }
  // -db: stay in the foreground, so this process owns it and can stop it by its id.
  const child = spawn(binary, ["-db", "-f", configPath], { stdio: ["ignore", options.stdio ?? "ignore", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  void exited.then(() => process.off("exit", killOnExit));
  const host = options.host ?? "127.0.0.1";
  try {
    await waitUntilServing(host, options.port, child);
  } catch (error) {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `http://${hostInAddress(host)}:${options.port}`,
    pid: child.pid!,
    child,
    configPath,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        // SIGUSR1 would wait for open connections (websockets: for hours); SIGTERM stops now.
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A host as it stands before ":port": an IPv6 address in brackets. */
function hostInAddress(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

/** The path HAProxy answers itself (the template's `monitor-uri`). */
export const BALANCER_ALIVE_PATH = "/balancer-alive";

/**
 * Waits until HAProxy itself answers on the port. A bare connect is not enough: when the
 * port was taken meanwhile, HAProxy exits on its bind error while the other listener accepts.
 */
async function waitUntilServing(host: string, port: number, child: ChildProcess): Promise<void> {
  const url = `http://${hostInAddress(host)}:${port}${BALANCER_ALIVE_PATH}`;
  for (let tries = 0; tries < 200; tries++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new HaproxyExited(host, port, child.exitCode);
    const answered = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.status === 200,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`HAProxy did not answer on ${host}:${port}`);
}

/** HAProxy stopped while starting: mostly because its port was taken (its own message is on stderr). */
export class HaproxyExited extends Error {
  constructor(host: string, port: number, code: number | null) {
    super(`HAProxy exited with ${code} while starting on ${host}:${port} (is the port taken?)`);
  }
}

/** Reads the template from deploy/. */
export function readHaproxyTemplate(): string {
  return readFileSync(HAPROXY_TEMPLATE, "utf8");
}
