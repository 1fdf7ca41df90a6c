"use client";

import { useState } from "react";
import type { TDeviceCode } from "../../core/protocol/device-code";
import { postJson } from "../components/post-json";
import { ProblemNotice } from "../components/problem-notice";
import { QrCode } from "../components/qr-code";

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });

/**
 * Another device for this workspace without a new link: a short code, once, for ten minutes
 * (WSP7). The devices already signed in stay signed in.
 */
export function AddDeviceCode() {
  const [code, setCode] = useState<TDeviceCode | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  async function make() {
    const sent = await postJson<TDeviceCode>("/api/workspaces/device-codes", {});
    if (sent.ok) {
      setCode(sent.answer);
      setProblem(null);
    } else setProblem(sent.message);
  }
  return (
    <div className="add-device-code">
      <h3>Add a device</h3>
      {code ? (
        <>
          <p className="small">
            On your other device, open <strong>{new URL(code.url).origin}/add-device</strong> and type this code, or scan it. It works once,
            until {timeFormat.format(new Date(code.expiresAt))}.
          </p>
          <p className="device-code" data-testid="device-code">
            {code.code}
          </p>
          <QrCode text={code.url} label="QR code that adds your other device to this workspace" />
        </>
      ) : (
        <>
          <p className="muted small">Keeps this device and every other one signed in.</p>
          <button className="button quiet" type="button" onClick={() => void make()}>
            Show a code for another device
          </button>
        </>
      )}
      <ProblemNotice problem={problem} />
    </div>
  );
}
