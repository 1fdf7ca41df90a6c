import { writeFileSync } from "node:fs";
import { describeProtocol } from "../core/protocol/describe-protocol";

writeFileSync(new URL("../docs/protocol.md", import.meta.url), describeProtocol());
console.log("docs/protocol.md written");
