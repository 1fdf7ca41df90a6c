import { z } from "zod";

// Runs in the browser before any page code. zod compiles fast parsers with `new Function`
// when it may; the pages' Content-Security-Policy allows no eval, and even zod's probe for
// it would be reported as a violation. The interpreted parsers are plenty fast for a page.
z.config({ jitless: true });
