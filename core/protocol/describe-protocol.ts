import { z } from "zod";
import { CONNECT_ERROR_CODES, ERROR_CODES } from "./acks";
import { ZClientCommandBody } from "./commands";
import { WORKSPACE_NAMESPACE, ZHandshakeAuth, ZWorkspaceHandshakeAuth } from "./handshake";
import { ZWorkspaceCommandBody } from "../workspace/commands";
import { WORKSPACE_EVENTS } from "./workspace-events";
import { SOCKET_EVENTS } from "./socket-events";

/**
 * docs/protocol.md, written from the schemas themselves so it cannot drift:
 * `npm run docs:protocol` regenerates it and a unit test fails when it is stale.
 */
export function describeProtocol(): string {
  const schema = (zodType: z.ZodType) =>
    JSON.stringify(z.toJSONSchema(zodType, { unrepresentable: "any", io: "input" }), (key, value) => (key === "$schema" ? undefined : value), 2);
  const commands = ZClientCommandBody.options.map((option) => {
    const type = option.shape.type.value;
    return [`### \`${type}\``, "", "Payload:", "", "```json", schema(option.shape.payload), "```", ""].join("\n");
  });
  const workspaceCommands = ZWorkspaceCommandBody.options.map((option) => {
    const type = option.shape.type.value;
    return [`### \`${type}\``, "", "Payload:", "", "```json", schema(option.shape.payload), "```", ""].join("\n");
  });
  return [
    "# Breathing Room socket protocol",
    "",
    "Generated from `core/protocol` by `npm run docs:protocol`; a unit test keeps it current.",
    "",
    "## Connecting",
    "",
    "socket.io on the app's own port and origin. The handshake's `auth` is one of:",
    "",
    "```json",
    schema(ZHandshakeAuth),
    "```",
    "",
    "With `{ spaceId }` the space's httpOnly cookie (set by a personal link `/j/<token>` or by",
    "creating the space) supplies the token. A refused handshake is a `connect_error` whose",
    `\`data.code\` is one of: ${CONNECT_ERROR_CODES.map((c) => `\`${c}\``).join(", ")}.`,
    "",
    "## Events",
    "",
    `- \`${SOCKET_EVENTS.view}\` (server → client): the participant's own view (\`core/negotiation/view.ts\`, \`TSpaceView\`) after every change (the sender of a command gets it in the ack instead) and on every (re)connect. Views carry \`seq\`; a client keeps the highest.`,
    `- \`${SOCKET_EVENTS.presence}\` (server → client): \`{ online: participantId[] }\` whenever someone connects or leaves.`,
    `- \`${SOCKET_EVENTS.command}\` (client → server): \`{ id, type, payload }\` with an ack callback. \`id\` (8–64 of A–Z a–z 0–9 _ -) is the idempotency key.`,
    "",
    "The ack is `{ ok: true, seq, duplicate?, result?, view? }` or `{ ok: false, error: { code, message, fields? } }`.",
    "An ok ack carries the sender's own view after the command (`view`, kept like any view, by `seq`); the sending",
    "connection gets no separate `view` frame for its own change, the sender's other connections and everyone else do.",
    "Commands over 64 KiB are refused with `PAYLOAD_TOO_LARGE`; frames over 1 MiB close the connection.",
    `Error codes: ${ERROR_CODES.map((c) => `\`${c}\``).join(", ")}.`,
    "",
    "## Commands",
    "",
    ...commands,
    "## The workspace namespace",
    "",
    `A counsellor's workspace is served on its own namespace, \`${WORKSPACE_NAMESPACE}\`, never mixed with a space's frames. Its handshake \`auth\` is:`,
    "",
    "```json",
    schema(ZWorkspaceHandshakeAuth),
    "```",
    "",
    "With `{}` the device's `br_workspace` cookie (set by the workspace link `/w/<token>` or by creating the workspace) supplies the token.",
    "Only workspace tokens are accepted here; a space's link is refused with `AUTH_UNKNOWN`. A space guided from a workspace is",
    "opened on the default namespace with `{ spaceId }` (and the workspace cookie) or `{ spaceId, workspaceToken }`; a space the",
    "workspace does not guide is refused with `NOT_GUIDED`.",
    "",
    "Events (server → client):",
    "",
    `- \`${WORKSPACE_EVENTS.workspace}\`: the workspace's own view (\`core/workspace/view.ts\`): its couples and the counsellor's notes.`,
    `- \`${WORKSPACE_EVENTS.summaries}\`: on every (re)connect, \`{ summaries, presence }\` for every guided space.`,
    `- \`${WORKSPACE_EVENTS.summary}\`: one space's summary (\`core/workspace/space-summary.ts\`: statuses and dates, never content), only when it changed.`,
    `- \`${WORKSPACE_EVENTS.presence}\`: \`{ spaceId, online }\` when someone in a guided space comes or goes.`,
    "",
    "Commands (client → server, `command` with an ack, as above):",
    "",
    ...workspaceCommands,
  ].join("\n");
}
