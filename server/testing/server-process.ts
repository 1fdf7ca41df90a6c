import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { fileURLToPath } from "node:url";

export type ServerProcess = {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Graceful stop (SIGTERM), or a crash (SIGKILL) when `kill` is "SIGKILL". */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

const ENTRY = fileURLToPath(new URL("./serve-without-next.ts", import.meta.url));

/** Starts the server shell as a separate Node process and waits until it serves. */
export async function startServerProcess(env: Record<string, string | undefined>): Promise<ServerProcess> {
  // BENCH_SERVER_NODE_ARGS lets a benchmark profile the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  // The same heap settings as `npm start` (README, "Run it"): a server that makes a view
  // per participant per change allocates a lot.
  const heapFlags = ["--max-semi-space-size=64", "--initial-old-space-size=512"];
  const child = spawn(process.execPath, [...heapFlags, ...nodeArgs, "--import", "tsx", ENTRY], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", SPACES_PER_ADDRESS_PER_HOUR: "1000000", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    // On a busy shared machine opening PGlite and migrating alone can take half a minute: not a claim about speed.
    const timer = setTimeout(() => reject(new Error(`server process did not start: ${output}`)), 90_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server process exited with ${code}: ${output}`));
    });
  });
  // A parent that ends (or fails) takes its server with it, so no orphan keeps the port and database.
  const killChild = () => child.kill("SIGKILL");
  process.once("exit", killChild);
  child.once("exit", () => process.off("exit", killChild));
  // BENCH_SERVER_LOG=<file> keeps the server's log lines (LOG_LEVEL=info) for a look at per-command times.
  if (process.env.BENCH_SERVER_LOG) child.stdout!.pipe(createWriteStream(process.env.BENCH_SERVER_LOG));
  else child.stdout!.resume();
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    child,
    stop: (signal = "SIGTERM") =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}
