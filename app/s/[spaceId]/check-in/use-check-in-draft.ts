"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TCheckInDraft } from "../../../../core/negotiation/check-in-schemas";
import type { TSaveState } from "../statement/use-statement-draft";
import type { TSend } from "../use-space-connection";

const SAVE_AFTER_MS = 600;
const RETRY_AFTER_MS = 3_000;

/**
 * The check-in being answered, saved on the server as it is chosen and typed (debounced), so
 * it survives a reload or another device and no one else sees it (CHK4). The form starts from
 * the server's draft once; what is typed here is never overwritten by an older copy.
 */
export function useCheckInDraft(initial: TCheckInDraft | null, send: TSend) {
  const [draft, setDraft] = useState<TCheckInDraft>(() => initial ?? {});
  const [saveState, setSaveState] = useState<TSaveState>(initial ? "saved" : "idle");
  const draftRef = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const isUnsaved = useRef(false);
  const isMounted = useRef(true);

  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!isUnsaved.current) return;
    isUnsaved.current = false;
    setSaveState("saving");
    // Only the newest draft matters: a newer save replaces one still waiting in the outbox (INP3).
    const ack = await send("check-in:saveDraft", { draft: draftRef.current }, { isNewestOnly: true });
    if (!isMounted.current) return;
    if (ack.ok) return setSaveState(isUnsaved.current ? "unsaved" : "saved");
    if (ack.error.code === "ALREADY_SUBMITTED" || ack.error.code === "WRONG_PHASE") return;
    isUnsaved.current = true;
    setSaveState("retrying");
    if (ack.error.code !== "INVALID_PAYLOAD") timer.current = setTimeout(() => void save(), RETRY_AFTER_MS);
  }, [send]);

  const edit = useCallback(
    (change: (current: TCheckInDraft) => TCheckInDraft) => {
      const next = change(draftRef.current);
      draftRef.current = next;
      setDraft(next);
      isUnsaved.current = true;
      setSaveState("unsaved");
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_AFTER_MS);
    },
    [save],
  );

  const stopSaving = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    isUnsaved.current = false;
  }, []);

  useEffect(() => {
    isMounted.current = true;
    const saveNow = () => {
      if (document.visibilityState === "hidden") void save();
    };
    document.addEventListener("visibilitychange", saveNow);
    return () => {
      isMounted.current = false;
      document.removeEventListener("visibilitychange", saveNow);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [save]);

  return { draft, edit, saveState, stopSaving };
}
