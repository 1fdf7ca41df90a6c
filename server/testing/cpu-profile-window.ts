import { Session } from "node:inspector/promises";
import { mkdirSync, writeFileSync } from "node:fs";

/** Starts a CPU profile of this process; `stop` writes it to `<dir>/<name>-<pid>.cpuprofile`. */
export async function startCpuProfile(dir: string, name: string): Promise<{ stop: () => Promise<void> }> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return {
    stop: async () => {
      const { profile } = await session.post("Profiler.stop");
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/${name}-${process.pid}.cpuprofile`, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

/** Benchmarks profile one window of a server's run: SIGUSR2 starts a CPU profile, the next writes it. */
export function profileWindowsOnSignal(dir: string): void {
  let running: Promise<{ stop: () => Promise<void> }> | undefined;
  process.on("SIGUSR2", () => {
    if (!running) {
      running = startCpuProfile(dir, "window");
      return;
    }
    const current = running;
    running = undefined;
    void current.then((profile) => profile.stop());
  });
}
