"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TAck } from "../../../../core/protocol/acks";
import type { TStatementDraft } from "../../../../core/negotiation/statement";
import type { TMyStatementView } from "../../../../core/negotiation/view";
import { useOutbox } from "../outbox-context";
import type { TSend } from "../use-space-connection";
import { draftToForm, formToDraft, isSameDraft, type TStatementForm } from "./statement-form-model";

/** A save kept from before a reload: its draft, and the answer it will get once sent again. */
export type TKeptSave = { id: string; draft: TStatementDraft; answer: Promise<TAck> };

export type TSaveState = "idle" | "unsaved" | "saving" | "saved" | "retrying";

const SAVE_AFTER_MS = 600;
const RETRY_AFTER_MS = 3_000;
const SAVE_DRAFT = "statement:saveDraft";

const newId = () => crypto.randomUUID();

/**
 * The statement being written, saved to the server as it is typed (debounced), so it
 * survives a reload, a lost connection or a change of device.
 *
 * The form starts from the server's draft once, or from a save still kept on this device
 * (typed offline before a reload, INP3). Later server copies are taken in only when they
 * are newer, differ from the form, and nothing typed here is still unsaved: an older
 * server copy must never overwrite what someone is in the middle of typing.
 *
 * Saves go through the outbox as "newest only": offline, it holds the latest words, not
 * every pause in typing.
 */
export function useStatementDraft(myStatement: TMyStatementView, send: TSend, kept: TKeptSave | null) {
  const [form, setForm] = useState<TStatementForm>(() => draftToForm(kept?.draft ?? myStatement.draft, newId));
  const [saveState, setSaveState] = useState<TSaveState>(kept ? "saving" : myStatement.draft ? "saved" : "idle");
  const formRef = useRef(form);
  const hasUnsavedEdits = useRef(false);
  // Saves are numbered; only the answer to the newest one says how things stand.
  const newestSave = useRef(kept ? 1 : 0);
  const answeredSave = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const isMounted = useRef(true);
  const seenSavedAt = useRef(myStatement.draftSavedAt);
  const saveRef = useRef<() => Promise<void>>(async () => undefined);

  useEffect(() => {
    formRef.current = form;
  }, [form]);

  const answered = useCallback((save: number, ack: TAck) => {
    answeredSave.current = Math.max(answeredSave.current, save);
    if (!isMounted.current || save !== newestSave.current) return;
    if (!ack.ok) {
      // Submitted meanwhile: the statement itself now holds these words.
      if (ack.error.code === "ALREADY_SUBMITTED" || ack.error.code === "WRONG_PHASE") return;
      hasUnsavedEdits.current = true;
      setSaveState("retrying");
      // A refused draft would be refused again as it is; the next edit tries anew.
      const isWorthRetrying = ack.error.code !== "INVALID_PAYLOAD" && ack.error.code !== "PAYLOAD_TOO_LARGE";
      if (isWorthRetrying) timer.current = setTimeout(() => void saveRef.current(), RETRY_AFTER_MS);
      return;
    }
    if (!hasUnsavedEdits.current) setSaveState("saved");
  }, []);

  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!hasUnsavedEdits.current) return;
    hasUnsavedEdits.current = false;
    const thisSave = ++newestSave.current;
    setSaveState("saving");
    const ack = await send(SAVE_DRAFT, { draft: formToDraft(formRef.current) }, { isNewestOnly: true });
    answered(thisSave, ack);
  }, [send, answered]);
  saveRef.current = save;

  // A save kept from before a reload is on its way; its answer tells how it went.
  useEffect(() => {
    if (!kept) return;
    void kept.answer.then((ack) => answered(1, ack));
  }, [kept, answered]);

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
    if (hasUnsavedEdits.current || answeredSave.current < newestSave.current) return;
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

/**
 * A save still kept on this device from before a reload (INP3), read once. Its draft comes
 * from storage outside this page, so it passes ZStatementDraft; the schema loads only when
 * there is such a save, and `isReading` holds the form back until it has been read.
 */
export function useKeptSave(): { isReading: boolean; kept: TKeptSave | null } {
  const outbox = useOutbox();
  // Asked for its answer at once: it may come back while the schema is still loading.
  const [save] = useState(() => {
    const kept = outbox?.newestOf(SAVE_DRAFT);
    return kept && outbox ? { ...kept, answer: outbox.answerOf(kept.id) } : null;
  });
  const [read, setRead] = useState<{ isReading: boolean; kept: TKeptSave | null }>(() => ({ isReading: save !== null, kept: null }));
  useEffect(() => {
    if (!save) return;
    let isCurrent = true;
    void import("./statement-check")
      .then(({ draftOfKeptSave }) => draftOfKeptSave(save.payload))
      .catch(() => null)
      .then((draft) => {
        if (isCurrent) setRead({ isReading: false, kept: draft ? { id: save.id, draft, answer: save.answer } : null });
      });
    return () => {
      isCurrent = false;
    };
  }, [save]);
  return read;
}
