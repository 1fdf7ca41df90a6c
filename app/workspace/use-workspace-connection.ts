"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { TAck, TConnectErrorData } from "../../core/protocol/acks";
import { WORKSPACE_NAMESPACE } from "../../core/protocol/handshake";
import type { WorkspaceClientToServerEvents, WorkspaceServerToClientEvents } from "../../core/protocol/workspace-events";
import type { TSpaceSummary } from "../../core/workspace/space-summary";
import type { TWorkspaceView } from "../../core/workspace/view";
import type { ConnectionState, TSend } from "../s/[spaceId]/use-space-connection";

type WorkspaceSocket = Socket<WorkspaceServerToClientEvents, WorkspaceClientToServerEvents>;
export type TSummaries = Record<string, TSpaceSummary>;

/**
 * The live link to the counsellor's workspace. Summaries of many couples may arrive many
 * times a second; they are gathered and applied once per animation frame, so fifty busy
 * couples cost one render per frame, not one per message.
 */
export function useWorkspaceConnection() {
  const socketRef = useRef<WorkspaceSocket | null>(null);
  const [view, setView] = useState<TWorkspaceView | null>(null);
  const [summaries, setSummaries] = useState<TSummaries>({});
  const [presence, setPresence] = useState<Record<string, string[]>>({});
  const [connection, setConnection] = useState<ConnectionState>({ kind: "connecting" });

  useEffect(() => {
    const socket: WorkspaceSocket = io(WORKSPACE_NAMESPACE, { auth: {}, withCredentials: true });
    socketRef.current = socket;
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
    socket.on("connect", () => setConnection({ kind: "online" }));
    socket.on("disconnect", (reason) => {
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
    };
  }, []);

  const send: TSend = useCallback(async <TResult,>(type: string, payload: unknown): Promise<TAck<TResult>> => {
    const socket = socketRef.current;
    const id = crypto.randomUUID();
    for (let attempt = 1; socket && attempt <= 3; attempt++) {
      try {
        return (await socket.timeout(8_000).emitWithAck("command", { id, type, payload })) as TAck<TResult>;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      }
    }
    return { ok: false, error: { code: "BUSY", message: "We couldn’t reach the server. Please check your connection and try again." } };
  }, []);

  return { view, summaries, presence, connection, send };
}

function keepNewer(all: TSummaries, summary: TSpaceSummary): TSummaries {
  const current = all[summary.spaceId];
  return current && current.seq > summary.seq ? all : { ...all, [summary.spaceId]: summary };
}
