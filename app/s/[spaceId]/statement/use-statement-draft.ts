"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TMyStatementView } from "../../../../core/negotiation/view";
import type { TSend } from "../use-space-connection";
import { draftToForm, formToDraft, isSameDraft, type TStatementForm } from "./statement-form-model";

export type TSaveState = "idle" | "unsaved" | "saving" | "saved" | "retrying";

const SAVE_AFTER_MS = 600;
const RETRY_AFTER_MS = 3_000;

const newId = () => crypto.randomUUID();

/**
 * The statement being written, saved to the server as it is typed (debounced), so it
 * survives a reload, a lost connection or a change of device.
 *
 * The form starts from the server's draft once. Later server copies are taken in only
 * when they are newer, differ from the form, and nothing typed here is still unsaved:
 * an older server copy must never overwrite what someone is in the middle of typing.
 */
export function useStatementDraft(myStatement: TMyStatementView, send: TSend) {
  const [form, setForm] = useState<TStatementForm>(() => draftToForm(myStatement.draft, newId));
  const [saveState, setSaveState] = useState<TSaveState>(myStatement.draft ? "saved" : "idle");
  const formRef = useRef(form);
  const hasUnsavedEdits = useRef(false);
  const isSaving = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const isMounted = useRef(true);
  const seenSavedAt = useRef(myStatement.draftSavedAt);

  useEffect(() => {
    formRef.current = form;
  }, [form]);

  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (isSaving.current || !hasUnsavedEdits.current) return;
    isSaving.current = true;
    hasUnsavedEdits.current = false;
    setSaveState("saving");
    const ack = await send("statement:saveDraft", { draft: formToDraft(formRef.current) });
    isSaving.current = false;
    if (!isMounted.current) return;
    if (!ack.ok) {
      // Submitted meanwhile: the statement itself now holds these words.
      if (ack.error.code === "ALREADY_SUBMITTED" || ack.error.code === "WRONG_PHASE") return;
      hasUnsavedEdits.current = true;
      setSaveState("retrying");
      // A refused draft would be refused again as it is; the next edit tries anew.
      const isWorthRetrying = ack.error.code !== "INVALID_PAYLOAD" && ack.error.code !== "PAYLOAD_TOO_LARGE";
      if (isWorthRetrying) timer.current = setTimeout(() => void save(), RETRY_AFTER_MS);
      return;
    }
    if (hasUnsavedEdits.current) timer.current = setTimeout(() => void save(), SAVE_AFTER_MS);
    else setSaveState("saved");
  }, [send]);

  /** Every change the person makes goes through here. */
  const edit = useCallback(
    (change: (current: TStatementForm) => TStatementForm) => {
      setForm((current) => {
        const next = change(current);
        formRef.current = next;
        return next;
      });
      hasUnsavedEdits.current = true;
      setSaveState("unsaved");
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_AFTER_MS);
    },
    [save],
  );

  /** Stop autosaving: the statement is being submitted and will hold these words. */
  const stopSaving = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    hasUnsavedEdits.current = false;
  }, []);

  // A newer copy from the server (another device of mine) is taken in when nothing here is unsaved.
  useEffect(() => {
    const savedAt = myStatement.draftSavedAt;
    if (!savedAt || (seenSavedAt.current && savedAt <= seenSavedAt.current)) return;
    seenSavedAt.current = savedAt;
    if (hasUnsavedEdits.current || isSaving.current) return;
    if (isSameDraft(formToDraft(formRef.current), myStatement.draft)) return;
    const next = draftToForm(myStatement.draft, newId);
    formRef.current = next;
    setForm(next);
  }, [myStatement.draftSavedAt, myStatement.draft]);

  // A phone putting the tab away saves at once instead of waiting for the debounce.
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

  return { form, edit, saveState, stopSaving };
}
