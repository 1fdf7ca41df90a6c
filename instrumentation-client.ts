// Runs in the browser before any page code. zod compiles fast parsers with `new Function`
// when it may; the pages' Content-Security-Policy allows no eval, and even zod's probe for
// it would be reported as a violation. zod keeps its settings in
// globalThis.__zod_globalConfig and adopts an object already there, so jitless is set here
// without importing zod: a page loads zod only when it parses something with it (the
// statement's check at submit), not with every first visit.
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };
export {};
