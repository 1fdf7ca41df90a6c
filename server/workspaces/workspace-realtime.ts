import type { ExtendedError } from "socket.io";
import type { TAck, TConnectErrorCode } from "../../core/protocol/acks";
import { WORKSPACE_COOKIE, WORKSPACE_NAMESPACE, ZWorkspaceHandshakeAuth } from "../../core/protocol/handshake";
import { isLargerThan, MAX_COMMAND_BYTES } from "../../core/protocol/parse-command";
import { summaryFor } from "../../core/workspace/space-summary";
import { workspaceViewOf } from "../../core/workspace/view";
import type { TWorkspaceState } from "../../core/workspace/state";
import { resolveWorkspaceToken } from "../auth/access";
import { readCookie } from "../auth/cookies";
import type { CommandDeps } from "../commands/execute-command";
import type { Logger } from "../logging/logger";
import { RateLimiter } from "../realtime/rate-limit";
import { refusal } from "../realtime/handshake-auth";
import { currentPresence } from "../realtime/presence";
import type { RateLimit } from "../realtime/command-handler";
import type { RealtimeServer } from "../realtime/types";
import { parseWorkspaceCommand } from "./parse-workspace-command";
import { workspaceRoom, type SummaryPublisher } from "./summaries";
import type { WorkspaceCommandDeps } from "./run-workspace-command";
import { runWorkspaceCommand } from "./run-workspace-command";
import { createCoupleSpace } from "./create-couple-space";
import { addSpaceByLink } from "./add-space-by-link";
import type { WorkspaceNamespace, WorkspaceSocket } from "./workspace-types";

export type WorkspaceRealtimeDeps = {
  space: CommandDeps;
  workspace: WorkspaceCommandDeps;
  summaries: SummaryPublisher;
  log: Logger;
  publicUrl: string;
  publicOrigin: string;
  rateLimit: RateLimit;
};

/**
 * `/workspace`: a counsellor's live list of the couples they guide. Its frames are the
 * workspace's own view (with the notes, for this namespace only) and the spaces'
 * published summaries; a space's view never comes here, and nothing from here goes to a space.
 */
export function attachWorkspaces(io: RealtimeServer, deps: WorkspaceRealtimeDeps): WorkspaceNamespace {
  const nsp = io.of(WORKSPACE_NAMESPACE) as unknown as WorkspaceNamespace;
  nsp.use((socket, next) => void authenticate(socket, deps, next));
  nsp.on("connection", (socket) => void onConnection(io, socket, deps));
  return nsp;
}

async function authenticate(socket: WorkspaceSocket, deps: WorkspaceRealtimeDeps, next: (error?: ExtendedError) => void) {
  const refuse = (code: TConnectErrorCode) => {
    deps.log.info({ event: "workspace connection refused", socket: socket.id, code }, "connection refused");
    next(refusal(code, "workspace"));
  };
  try {
    const origin = socket.handshake.headers.origin;
    if (origin !== undefined && origin !== deps.publicOrigin) return refuse("ORIGIN_REFUSED");
    const auth = ZWorkspaceHandshakeAuth.safeParse(socket.handshake.auth ?? {});
    if (!auth.success) return refuse("AUTH_MALFORMED");
    const token = "token" in auth.data ? auth.data.token : readCookie(socket.handshake.headers.cookie, WORKSPACE_COOKIE);
    if (!token) return refuse("AUTH_MISSING");
    // Only workspace links are looked up here: a partner's link never opens a workspace (WSP4).
    const access = await resolveWorkspaceToken(deps.workspace.db, token);
    if (!access.ok) return refuse(access.reason === "revoked" ? "AUTH_REVOKED" : access.reason === "unknown" ? "AUTH_UNKNOWN" : "AUTH_MALFORMED");
    socket.data = { workspaceId: access.workspaceId };
    next();
  } catch (error) {
    deps.log.error({ err: error, socket: socket.id }, "workspace handshake failed");
    next(refusal("INTERNAL", "workspace"));
  }
}

async function onConnection(io: RealtimeServer, socket: WorkspaceSocket, deps: WorkspaceRealtimeDeps): Promise<void> {
  const { workspaceId } = socket.data;
  deps.log.info({ event: "workspace connected", workspace: workspaceId, socket: socket.id }, "connected");
  handleWorkspaceCommands(socket, deps);
  try {
    await socket.join(workspaceRoom(workspaceId));
    // Every (re)connect gets the whole picture, so no client depends on missed frames.
    const state = await deps.workspace.workspaces.refresh(workspaceId);
    socket.emit("workspace", { ...workspaceViewOf(state), sentAt: deps.space.now().toISOString() });
    socket.emit("summaries", await everySummary(io, deps, state));
  } catch (error) {
    deps.log.error({ err: error, socket: socket.id }, "workspace setup failed");
    socket.disconnect(true);
  }
}

async function everySummary(io: RealtimeServer, deps: WorkspaceRealtimeDeps, state: TWorkspaceState) {
  const spaces = await Promise.all(
    state.spaces.map(async ({ spaceId }) => {
      const space = await deps.space.store.refresh(spaceId);
      return { summary: summaryFor(space, state.workspaceId), presence: { spaceId, online: (await currentPresence(io, spaceId)).online } };
    }),
  );
  return {
    summaries: spaces.map((s) => s.summary),
    presence: spaces.filter((s) => s.summary.isGuided).map((s) => s.presence),
  };
}

function handleWorkspaceCommands(socket: WorkspaceSocket, deps: WorkspaceRealtimeDeps): void {
  const limiter = new RateLimiter(deps.rateLimit.burst, deps.rateLimit.perSecond, Date.now);
  socket.on("command", (raw: unknown, ack: unknown) => {
    if (typeof ack !== "function") return;
    const answer = (given: TAck, type = "?") => {
      const code = given.ok ? undefined : given.error.code;
      // Never the payload: a note's words stay out of every log line.
      deps.log.info({ event: "workspace command", workspace: socket.data.workspaceId, type, ok: given.ok, code }, "command");
      (ack as (a: TAck) => void)(given);
    };
    if (!limiter.tryTake()) return answer({ ok: false, error: { code: "RATE_LIMITED", message: "That was a lot at once. Please wait a moment and try again." } });
    void run(raw).then(
      ([given, type]) => answer(given, type),
      (error: unknown) => {
        deps.log.error({ err: error, socket: socket.id }, "workspace command failed");
        answer({ ok: false, error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } });
      },
    );
  });

  const run = async (raw: unknown): Promise<[TAck, string]> => {
    if (isLargerThan(raw, MAX_COMMAND_BYTES)) {
      return [{ ok: false, error: { code: "PAYLOAD_TOO_LARGE", message: "That was too much to send at once (64 KiB at most)." } }, "?"];
    }
    const parsed = parseWorkspaceCommand(raw);
    if (!parsed.ok) return [{ ok: false, error: parsed.error }, "?"];
    const { command, id } = parsed;
    const workspaceId = socket.data.workspaceId;
    switch (command.type) {
      case "couple:create": {
        const created = await createCoupleSpace({ ...deps.workspace, publicUrl: deps.publicUrl }, { workspaceId, couple: command.payload });
        deps.summaries.publish(await deps.space.store.refresh(created.spaceId));
        const partners = created.links.filter((l) => l.role !== "counsellor");
        // The partners' links go to this connection only, to hand over; they are never broadcast.
        return [{ ok: true, seq: 0, result: { spaceId: created.spaceId, links: partners } }, command.type];
      }
      case "space:add-by-link":
        return [await addSpaceByLink(deps, workspaceId, command.payload.link), command.type];
      default:
        return [
          await runWorkspaceCommand(deps.workspace, {
            workspaceId,
            commandId: id,
            command,
            actor: { kind: "participant", participantId: workspaceId, role: "counsellor" },
          }),
          command.type,
        ];
    }
  };
}
