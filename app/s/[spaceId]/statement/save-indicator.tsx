import type { TSaveState } from "./use-statement-draft";

const WORDS: Record<TSaveState, string> = {
  idle: "Only you can see this while you write.",
  unsaved: "Saving…",
  saving: "Saving…",
  saved: "Saved · only you can see this",
  retrying: "Not saved yet; we’ll keep trying. Your words are still here.",
};

/**
 * A quiet word about autosave; it never interrupts. Only a save that keeps failing is
 * announced to screen readers: "Saving… Saved" after every pause in typing would be noise.
 */
export function SaveIndicator({ state }: { state: TSaveState }) {
  return (
    <>
      <p className={`save-indicator ${state}`} data-testid="save-indicator">
        <span className="save-dot" aria-hidden="true" />
        {WORDS[state]}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {state === "retrying" ? WORDS.retrying : ""}
      </p>
    </>
  );
}
