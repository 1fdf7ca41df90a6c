"use client";

import { useState } from "react";
import type { TDeviceCode } from "../../core/protocol/device-code";
import { postJson } from "./post-json";
import { ProblemNotice } from "./problem-notice";
import { QrCode } from "./qr-code";

const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

/**
 * Another device without a new link: a short code, once, for ten minutes (DEV1, WSP7). The
 * devices already signed in stay signed in. `place` is what it opens: "this space",
 * "this workspace".
 */
export function AddDeviceCode({ endpoint, body, place }: { endpoint: string; body: object; place: string }) {
  const [code, setCode] = useState<TDeviceCode | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  async function make() {
    const sent = await postJson<TDeviceCode>(endpoint, body);
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
          <QrCode text={code.url} label={`QR code that adds your other device to ${place}`} />
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
