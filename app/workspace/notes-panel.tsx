"use client";

import { useState, type FormEvent } from "react";
import { MAX_NOTE_CHARS } from "../../core/workspace/schemas";
import type { TNote } from "../../core/workspace/state";
import type { TOutgoing } from "../s/[spaceId]/outbox";
import { useOutbox } from "../s/[spaceId]/outbox-context";
import { usePending } from "../s/[spaceId]/use-outbox-on-socket";
import type { TSend } from "../s/[spaceId]/use-space-connection";

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** Private notes about one couple: the counsellor's alone, kept on the server, never in the couple's space. */
export function NotesPanel(props: { spaceId: string; coupleName: string; notes: TNote[]; send: TSend }) {
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const id = `note-${props.spaceId}`;

  // Newest first, as the saved notes below them.
  const waiting = usePending(useOutbox()).flatMap((command) => noteWaiting(command, props.spaceId)).reverse();

  async function add(event: FormEvent) {
    event.preventDefault();
    // From here on this device keeps the note until the server has it (INP3), and the list shows it.
    const written = text;
    setText("");
    setProblem(null);
    const ack = await props.send("note:write", { spaceId: props.spaceId, text: written });
    if (!ack.ok) {
      setText((current) => current || written);
      setProblem(ack.error.message);
    }
  }

  return (
    <div className="notes" data-testid="notes">
      <p className="muted small">Private to you: {props.coupleName} never see these, in the app, a print-out or a calendar.</p>
      <ol className="note-list">
        {waiting.map((note) => (
          <li key={note.id} className="note unsaved" data-testid="note-waiting">
            <p className="note-text">{note.text}</p>
            <p className="muted small">Not saved yet: kept on this device until the server has it.</p>
          </li>
        ))}
        {[...props.notes].reverse().map((note) =>
          editing === note.id ? (
            <NoteEditor key={note.id} note={note} send={props.send} onDone={() => setEditing(null)} />
          ) : (
            <li key={note.id} className="note">
              <p className="note-text">{note.text}</p>
              <p className="muted small">
                <time dateTime={note.writtenAt}>{when.format(new Date(note.writtenAt))}</time>
                {note.editedAt && <> · edited <time dateTime={note.editedAt}>{when.format(new Date(note.editedAt))}</time></>}
                {" · "}
                <button className="link-button" type="button" onClick={() => setEditing(note.id)}>
                  Edit
                </button>
                {" · "}
                <button className="link-button" type="button" onClick={() => void props.send("note:delete", { noteId: note.id })}>
                  Delete
                </button>
              </p>
            </li>
          ),
        )}
      </ol>
      <form onSubmit={add} className="field">
        <label htmlFor={id}>New note about {props.coupleName}</label>
        <textarea id={id} rows={3} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={`${id}-count`} />
        <span className="muted small" id={`${id}-count`}>
          {text.length} / {MAX_NOTE_CHARS}
        </span>
        {problem && <p className="problem" role="alert">{problem}</p>}
        <button className="button" type="submit" disabled={text.trim().length === 0}>
          Save note
        </button>
      </form>
    </div>
  );
}

function NoteEditor({ note, send, onDone }: { note: TNote; send: TSend; onDone: () => void }) {
  const [text, setText] = useState(note.text);
  const [problem, setProblem] = useState<string | null>(null);
  async function save(event: FormEvent) {
    event.preventDefault();
    const ack = await send("note:edit", { noteId: note.id, text });
    if (ack.ok) onDone();
    else setProblem(ack.error.message);
  }
  return (
    <li className="note">
      <form onSubmit={save} className="field">
        <label htmlFor={`edit-${note.id}`}>Edit note</label>
        <textarea id={`edit-${note.id}`} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        {problem && <p className="problem" role="alert">{problem}</p>}
        <div className="row">
          <button className="button" type="submit">Save</button>
          <button className="button quiet" type="button" onClick={onDone}>Cancel</button>
        </div>
      </form>
    </li>
  );
}

/** A note about this couple that the outbox still holds for the server: none, or one. */
function noteWaiting(command: TOutgoing, spaceId: string): { id: string; text: string }[] {
  if (command.type !== "note:write" || typeof command.payload !== "object" || command.payload === null) return [];
  const payload = command.payload as { spaceId?: unknown; text?: unknown };
  return payload.spaceId === spaceId && typeof payload.text === "string" ? [{ id: command.id, text: payload.text }] : [];
}
