"use client";

import { CopyButton } from "./copy-button";
import { QrCode } from "./qr-code";

type Person = { participantId: string; name: string; link: string };

/** One personal link: readable, copyable, and optionally scannable. */
export function PersonalLink(props: { person: Person; heading: string; note?: string; withQrCode?: boolean }) {
  const inputId = `link-${props.person.participantId}`;
  return (
    <div className="stack" style={{ margin: "18px 0" }}>
      <h3 style={{ margin: 0 }}>
        <label htmlFor={inputId}>{props.heading}</label>
      </h3>
      {props.note && <p className="muted small" style={{ margin: 0 }}>{props.note}</p>}
      <div className="link-box">
        <input id={inputId} type="text" readOnly value={props.person.link} onFocus={(e) => e.currentTarget.select()} />
        <CopyButton text={props.person.link} label={`Copy ${props.person.name}’s link`} />
      </div>
      {props.withQrCode && (
        <>
          <QrCode text={props.person.link} label={`QR code of ${props.person.name}’s link`} />
          <p className="muted small" style={{ textAlign: "center", margin: 0 }}>
            {props.person.name} can scan this with their phone’s camera.
          </p>
        </>
      )}
    </div>
  );
}
