import { ensureProductionBuild } from "../build/ensure-build";
import { configOrExit, ROOT_DIR, run } from "../run";

// The browser tests' server: the production build, as `npm start` serves it, but with the
// adjustable test clock that `npm start` refuses (TEST_CLOCK=1).
const config = configOrExit({ ...process.env, NODE_ENV: "production", TEST_CLOCK: "1" });
ensureProductionBuild(ROOT_DIR, (message) => process.stdout.write(`${message}\n`));
await run(config, { dev: false });
