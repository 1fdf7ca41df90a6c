// Worker threads start without the TypeScript loader the server runs under (tsx, or
// vitest's), so the worker registers tsx itself before loading its TypeScript body.
import { register } from "tsx/esm/api";

register();
await import("./proposal-worker-main.ts");
