// `npm run cluster -- --processes 3`: several production server processes on one machine,
// sharing one PostgreSQL (DATABASE_URL) and one Redis (REDIS_URL), behind HAProxy on PORT
// with the configuration made from deploy/haproxy.cfg. Ctrl-C (or SIGTERM) stops all of them.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureProductionBuild } from "../server/build/ensure-build";
import { findHaproxy, HAPROXY_INSTALL_COMMAND, readHaproxyTemplate, renderHaproxyConfig, startHaproxy, type Balancer } from "../server/cluster/haproxy";
import { ConfigError, loadConfig, type Config } from "../server/config/config";

// Only light modules are loaded before the checks, so a refusal is quick.
const ROOT_DIR = fileURLToPath(new URL("..", import.meta.url));

const USAGE = "Usage: DATABASE_URL=postgres://… REDIS_URL=redis://… npm run cluster -- --processes N [--first-port P]";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function parseArgs(args: string[]): { processes: number; firstPort: number | null } {
  let processes = 3;
  let firstPort: number | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.split("=", 2) as [string, string | undefined];
    const value = () => inline ?? args[++i] ?? fail(`${name} needs a value.\n${USAGE}`);
    if (name === "--processes") processes = Number(value());
    else if (name === "--first-port") firstPort = Number(value());
    else if (name === "--help" || name === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else fail(`Unknown option ${JSON.stringify(arg)}.\n${USAGE}`);
  }
  if (!Number.isInteger(processes) || processes < 1 || processes > 32) fail(`--processes must be a whole number from 1 to 32.\n${USAGE}`);
  if (firstPort !== null && (!Number.isInteger(firstPort) || firstPort < 1 || firstPort > 65535)) fail(`--first-port must be a port number.\n${USAGE}`);
  return { processes, firstPort };
}

const options = parseArgs(process.argv.slice(2));
if (!process.env.DATABASE_URL) {
  fail(
    "npm run cluster needs DATABASE_URL (postgres://…): every server process must share one PostgreSQL. " +
      `The embedded PGlite belongs to one process and cannot be shared.\n${USAGE}`,
  );
}
if (!process.env.REDIS_URL) {
  fail(`npm run cluster needs REDIS_URL (redis://…): the server processes send each other's views and presence through Redis.\n${USAGE}`);
}
// The same checks as `npm start`, on the balancer's PORT/HOST/PUBLIC_URL.
const config: Config = (() => {
  try {
    return loadConfig({ ...process.env, NODE_ENV: "production" });
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
})();
if (config.testClock) fail("Configuration error: TEST_CLOCK is for tests only and is refused by npm run cluster.");
const haproxy = findHaproxy();
if (!haproxy) fail(`npm run cluster needs HAProxy in front of the processes. Install Debian's package: ${HAPROXY_INSTALL_COMMAND}`);

const firstPort = options.firstPort ?? config.port + 1;
const ports = Array.from({ length: options.processes }, (_, i) => firstPort + i);
if (ports.includes(config.port) || ports.at(-1)! > 65535) fail(`The server processes' ports ${ports[0]}–${ports.at(-1)} must not include PORT ${config.port}; choose --first-port.`);

const say = (message: string) => process.stdout.write(`[cluster] ${message}\n`);
// Built once here: N processes that each found no build would each start building.
ensureProductionBuild(ROOT_DIR, say);

type Running = { name: string; port: number; child: ChildProcess };
const servers = new Map<string, Running>();
let balancer: Balancer | null = null;
let isStopping = false;

/** One production server process, as `npm start` runs it, on a port of its own and only on loopback. */
function startServer(name: string, port: number): Running {
  const child = spawn(process.execPath, ["--max-semi-space-size=64", "--initial-old-space-size=512", "--import", "tsx", path.join(ROOT_DIR, "server/start.ts")], {
    cwd: ROOT_DIR,
    // Only the balancer reaches them (loopback), so the address it forwards can be trusted.
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", PUBLIC_URL: config.publicUrl, TRUST_PROXY: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const running = { name, port, child };
  servers.set(name, running);
  child.once("exit", (code, signal) => {
    if (isStopping) return;
    // A process that died is started again; meanwhile the balancer's checks send its clients elsewhere.
    say(`${name} (port ${port}) exited (${signal ?? code}); starting it again in 1 s`);
    setTimeout(() => {
      if (!isStopping) startServer(name, port);
    }, 1_000);
  });
  return running;
}

async function untilReady(server: Running): Promise<void> {
  for (;;) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) throw new Error(`${server.name} exited before it was ready`);
    const ready = await fetch(`http://127.0.0.1:${server.port}/readyz`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function stopAll(signal: string, exitCode = 0): Promise<void> {
  if (isStopping) return;
  isStopping = true;
  say(`${signal}: stopping the balancer and ${servers.size} server processes`);
  await balancer?.stop();
  await Promise.all(
    [...servers.values()].map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          // Each server closes its sockets and database on SIGTERM; one that hangs is killed.
          const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
          child.once("exit", () => {
            clearTimeout(kill);
            resolve();
          });
          child.kill("SIGTERM");
        }),
    ),
  );
  say("stopped");
  process.exit(exitCode);
}
process.on("SIGINT", () => void stopAll("SIGINT"));
process.on("SIGTERM", () => void stopAll("SIGTERM"));

try {
  const names = ports.map((_, i) => `app${i + 1}`);
  // Side by side: one applies the database's migrations while the others wait for its lock.
  await Promise.all(names.map((name, i) => untilReady(startServer(name, ports[i]!))));
  const backends = [...servers.values()].map(({ name, port }) => ({ name, host: "127.0.0.1", port }));
  const haproxyConfig = renderHaproxyConfig(readHaproxyTemplate(), { bind: { host: config.host, port: config.port }, backends });
  balancer = await startHaproxy(haproxyConfig, { port: config.port, host: config.host === "0.0.0.0" ? "127.0.0.1" : config.host, binary: haproxy, stdio: "inherit" });
  balancer.child.once("exit", (code) => {
    if (isStopping) return;
    say(`HAProxy exited (${code}); stopping`);
    void stopAll("HAProxy exit", 1);
  });
  say(`${servers.size} server processes on ports ${ports[0]}–${ports.at(-1)} behind HAProxy (pid ${balancer.pid}, config ${balancer.configPath})`);
  process.stdout.write(`Breathing Room is ready at ${config.publicUrl}\n`);
} catch (error) {
  say(`could not start: ${error instanceof Error ? error.message : String(error)}`);
  await stopAll("start failure", 1);
}
