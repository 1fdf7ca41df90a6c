"use client";

import { useCallback, useEffect, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { TAck, TConnectErrorData } from "../../core/protocol/acks";
import { WORKSPACE_NAMESPACE } from "../../core/protocol/handshake";
import type { WorkspaceClientToServerEvents, WorkspaceServerToClientEvents } from "../../core/protocol/workspace-events";
import type { TSpaceSummary } from "../../core/workspace/space-summary";
import type { TWorkspaceView } from "../../core/workspace/view";
import type { ConnectionState, TSend } from "../s/[spaceId]/use-space-connection";
import { ACK_TIMEOUT_MS, useOutboxOnSocket, usePending } from "../s/[spaceId]/use-outbox-on-socket";

type WorkspaceSocket = Socket<WorkspaceServerToClientEvents, WorkspaceClientToServerEvents>;
export type TSummaries = Record<string, TSpaceSummary>;

/**
 * The live link to the counsellor's workspace. Summaries of many couples may arrive many
 * times a second; they are gathered and applied once per animation frame, so fifty busy
 * couples cost one render per frame, not one per message.
 */
export function useWorkspaceConnection() {
  const [socket, setSocket] = useState<WorkspaceSocket | null>(null);
  const [view, setView] = useState<TWorkspaceView | null>(null);
  const [summaries, setSummaries] = useState<TSummaries>({});
  const [presence, setPresence] = useState<Record<string, string[]>>({});
  // Who is online is known again only once this connection's summaries arrive: until then
  // the lists held are from before, and may name someone who has left.
  const [isPresenceCurrent, setIsPresenceCurrent] = useState(false);
  const [connection, setConnection] = useState<ConnectionState>({ kind: "connecting" });

  useEffect(() => {
    const socket: WorkspaceSocket = io(WORKSPACE_NAMESPACE, { auth: {}, withCredentials: true });
    setSocket(socket);
    let pending: TSpaceSummary[] = [];
    let pendingPresence: Record<string, string[]> = {};
    let frame = 0;
    const flush = () => {
      frame = 0;
      const summariesNow = pending;
      const presenceNow = pendingPresence;
      pending = [];
      pendingPresence = {};
      if (summariesNow.length > 0) setSummaries((current) => summariesNow.reduce(keepNewer, current));
      if (Object.keys(presenceNow).length > 0) setPresence((current) => ({ ...current, ...presenceNow }));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(flush);
    };
    socket.on("connect", () => {
      setIsPresenceCurrent(false);
      setConnection({ kind: "online" });
    });
    socket.on("disconnect", (reason) => {
      setIsPresenceCurrent(false);
      setConnection({ kind: "reconnecting" });
      // Signed out by the server (a new link): try once more with whatever this device holds now.
      if (reason === "io server disconnect") socket.connect();
    });
    socket.on("connect_error", (error) => {
      const data = (error as Error & { data?: TConnectErrorData }).data;
      if (data && data.code !== "INTERNAL") {
        socket.disconnect();
        setConnection({ kind: "refused", code: data.code, message: data.message });
      } else setConnection({ kind: "reconnecting" });
    });
    socket.on("workspace", (incoming) => setView((current) => (!current || incoming.seq >= current.seq ? incoming : current)));
    socket.on("summaries", (all) => {
      setSummaries((current) => all.summaries.reduce(keepNewer, current));
      setPresence((current) => ({ ...current, ...Object.fromEntries(all.presence.map((p) => [p.spaceId, p.online])) }));
      setIsPresenceCurrent(true);
    });
    socket.on("summary", (summary) => {
      pending.push(summary);
      schedule();
    });
    socket.on("space-presence", (p) => {
      pendingPresence[p.spaceId] = p.online;
      schedule();
    });
    const wake = () => {
      if (document.visibilityState === "visible" && !socket.connected && socket.active) socket.connect();
    };
    document.addEventListener("visibilitychange", wake);
    window.addEventListener("online", wake);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      document.removeEventListener("visibilitychange", wake);
      window.removeEventListener("online", wake);
      socket.disconnect();
      setSocket(null);
    };
  }, []);

  // What the counsellor sent (a note, a new couple) is kept on this device until the server answers (INP3).
  const outbox = useOutboxOnSocket(socket, view ? `breathing-room:outbox:workspace:${view.workspaceId}` : null, transmitToWorkspace);
  const pending = usePending(outbox);

  const send: TSend = useCallback(
    async <TResult = unknown>(type: string, payload: unknown): Promise<TAck<TResult>> => {
      // Nothing can be sent before the workspace is open: the page offers nothing to do until then.
      if (!outbox) return { ok: false, error: { code: "BUSY", message: "Still connecting. Please try again in a moment." } };
      return (await outbox.send(type, payload)) as TAck<TResult>;
    },
    [outbox],
  );

  return { view, summaries, presence, isPresenceCurrent, connection, send, outbox, pending };
}

function transmitToWorkspace(socket: WorkspaceSocket, command: { id: string; type: string; payload: unknown }): Promise<TAck> {
  return socket.timeout(ACK_TIMEOUT_MS).emitWithAck("command", command) as Promise<TAck>;
}

function keepNewer(all: TSummaries, summary: TSpaceSummary): TSummaries {
  const current = all[summary.spaceId];
  return current && current.seq > summary.seq ? all : { ...all, [summary.spaceId]: summary };
}
