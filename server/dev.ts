import { configOrExit, run } from "./run";

// `npm run dev`: Next in development mode with hot reload, same server otherwise.
const config = configOrExit({ ...process.env, NODE_ENV: "development" });
await run(config, { dev: true });
