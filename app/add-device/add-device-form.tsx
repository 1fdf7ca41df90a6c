"use client";

import { useEffect, useState, type FormEvent } from "react";
import type { TDeviceSignedIn } from "../../core/protocol/device-code";
import { postJson } from "../components/post-json";
import { ProblemNotice } from "../components/problem-notice";

export function AddDeviceForm() {
  const [code, setCode] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  // A scanned QR code brings the code after `#`, which never reaches a server or its logs.
  useEffect(() => {
    const fromLink = window.location.hash.slice(1);
    if (fromLink) setCode(fromLink);
  }, []);
  async function redeem(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsSending(true);
    const sent = await postJson<TDeviceSignedIn>("/api/device-codes/redeem", { code });
    setIsSending(false);
    if (sent.ok) return window.location.assign(sent.answer.path);
    setProblem(sent.message ?? Object.values(sent.fields)[0] ?? null);
  }
  return (
    <form className="card" onSubmit={redeem} aria-labelledby="add-device-heading">
      <h2 id="add-device-heading">Your code</h2>
      <div className="field">
        <label htmlFor="device-code">The 8 characters on your other device, like K7QM-4XRT</label>
        <input
          id="device-code"
          name="code"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-invalid={problem ? true : undefined}
        />
      </div>
      <ProblemNotice problem={problem} />
      <button className="button wide" type="submit" disabled={isSending}>
        Sign this device in
      </button>
    </form>
  );
}
