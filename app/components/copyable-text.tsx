"use client";

import { CopyButton } from "./copy-button";

/** A link or code to keep: readable, selected on focus, and one tap to copy. */
export function CopyableText({ label, text }: { label: string; text: string }) {
  return (
    <div className="link-box">
      <input aria-label={label} type="text" readOnly value={text} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      <CopyButton text={text} label={`Copy ${label.charAt(0).toLowerCase()}${label.slice(1)}`} />
    </div>
  );
}
