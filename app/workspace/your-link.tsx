"use client";

import { useState } from "react";
import { CopyableText } from "../components/copyable-text";
import { AddDeviceCode } from "../components/add-device-code";

/**
 * The workspace's link for another device. Only its hash is kept, so showing it means making
 * a new one, which signs out every other device (as a partner's new link does).
 */
export function YourLink() {
  const [link, setLink] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  async function renew() {
    const response = await fetch("/api/workspaces/renew", { method: "POST" });
    const body = await response.json().catch(() => null);
    if (response.ok) setLink(body.link);
    else setProblem(body?.error?.message ?? "That didn’t work. Please try again.");
  }
  return (
    <details className="privacy-panel your-link">
      <summary>Your link and your devices</summary>
      <AddDeviceCode endpoint="/api/workspaces/device-codes" body={{}} place="this workspace" />
      <h3>A new link</h3>
      <p className="muted small">
        This device remembers your workspace. If your link may have been seen by someone else, make a new link: every other device
        is signed out until it opens the new one.
      </p>
      {link ? (
        <CopyableText label="Your new workspace link" text={link} />
      ) : (
        <button className="button quiet" type="button" onClick={() => void renew()}>
          Make a new link
        </button>
      )}
      {problem && <p className="problem" role="alert">{problem}</p>}
    </details>
  );
}
