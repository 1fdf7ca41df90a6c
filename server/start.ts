import { ensureProductionBuild } from "./build/ensure-build";
import { configOrExit, ROOT_DIR, run } from "./run";

// `npm start`: production, building first when there is no current build.
const config = configOrExit({ ...process.env, NODE_ENV: "production" });
if (config.testClock) {
  process.stderr.write("Configuration error: TEST_CLOCK is for tests only and is refused by npm start.\n");
  process.exit(1);
}
ensureProductionBuild(ROOT_DIR, (message) => process.stdout.write(`${message}\n`));
await run(config, { dev: false });
