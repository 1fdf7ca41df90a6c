"use client";

import { CopyButton } from "./copy-button";
import { LinkKeepers } from "./link-keepers";
import { QrCode } from "./qr-code";

type Person = { participantId: string; name: string; link: string };

/**
 * One personal link: readable, copyable, shareable, downloadable, and optionally scannable,
 * always with the plain words that it must be kept (KEY3).
 */
export function PersonalLink(props: { person: Person; heading: string; note?: string; withQrCode?: boolean; isOwn?: boolean }) {
  const isOwn = props.isOwn ?? false;
  const inputId = `link-${props.person.participantId}`;
  return (
    <div className="stack" style={{ margin: "18px 0" }}>
      <h3 style={{ margin: 0 }}>
        <label htmlFor={inputId}>{props.heading}</label>
      </h3>
      {props.note && <p className="muted small" style={{ margin: 0 }}>{props.note}</p>}
      <p className="small keep-link" style={{ margin: 0 }}>
        {isOwn
          ? "Keep this link: it is how you get back in."
          : `Tell ${props.person.name} to keep this link: it is how they get back in.`}
      </p>
      <div className="link-box">
        <input id={inputId} type="text" readOnly value={props.person.link} onFocus={(e) => e.currentTarget.select()} />
        <CopyButton text={props.person.link} label={`Copy ${isOwn ? "your" : `${props.person.name}’s`} link`} />
      </div>
      <LinkKeepers link={props.person.link} name={props.person.name} isOwn={isOwn} />
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
