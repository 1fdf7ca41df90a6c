"use client";

import { useState } from "react";
import type { TCalendarAddresses } from "../../../../core/protocol/commands";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { CopyButton } from "../../../components/copy-button";
import { ProblemNotice } from "../../../components/problem-notice";
import type { TSend } from "../use-space-connection";
import { describeDate } from "./agreement-words";

/**
 * The agreed week in a partner's own calendar (CAL1–CAL3): a file to download now, or a
 * personal subscription that follows every later version. The subscription's address is
 * shown once, when made; after that only whether there is one, with a way to turn it off.
 */
export function AgreementInCalendar({ view, send, zone }: { view: TSpaceView; send: TSend; zone: string }) {
  const [addresses, setAddresses] = useState<TCalendarAddresses | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  if (view.me.role === "counsellor") return null;
  const feed = view.myCalendarFeed;

  async function subscribe() {
    setIsBusy(true);
    const ack = await send<TCalendarAddresses>("calendar:subscribe", {});
    setIsBusy(false);
    if (ack.ok && ack.result) {
      setAddresses(ack.result);
      setProblem(null);
    } else setProblem(ack.ok ? "Please try again." : ack.error.message);
  }

  async function turnOff() {
    setIsBusy(true);
    const ack = await send("calendar:unsubscribe", {});
    setIsBusy(false);
    if (ack.ok) setAddresses(null);
    setProblem(ack.ok ? null : ack.error.message);
  }

  return (
    <div className="card no-print agreement-calendar" data-testid="agreement-calendar">
      <h3>In your calendar</h3>
      <p className="small">Your own time, your time together and your check-ins as weekly events, and the review date with a reminder.</p>
      <div className="row">
        <a className="button small" href={`/api/spaces/${view.spaceId}/calendar.ics`} download="our-agreed-week.ics">
          Download for your calendar
        </a>
      </div>
      <h4>Or let your calendar follow the agreement</h4>
      {addresses ? (
        <div className="stack">
          <p className="small">
            Your calendar app now fetches the current agreement by itself, also after you change it. This address is yours alone: anyone with
            it sees your agreed week, so keep it private.
          </p>
          <div className="row">
            <a className="button small" href={addresses.webcal}>
              Open in your calendar app
            </a>
          </div>
          <label className="small" htmlFor="calendar-address">
            Or paste this address into your calendar (“add calendar from URL”):
          </label>
          <div className="link-box">
            <input id="calendar-address" type="text" readOnly value={addresses.https} onFocus={(e) => e.currentTarget.select()} />
            <CopyButton text={addresses.https} label="Copy your calendar address" />
          </div>
        </div>
      ) : feed ? (
        <p className="small" data-testid="calendar-feed-on">
          Your calendar has followed this agreement since {describeDate(feed.since, zone)}. A new address turns the old one off.
        </p>
      ) : (
        <p className="muted small">A private address for your calendar app; you can turn it off at any time.</p>
      )}
      <div className="row">
        <button type="button" className="button small quiet" onClick={() => void subscribe()} disabled={isBusy}>
          {feed ? "Make a new calendar address" : "Make a calendar address"}
        </button>
        {feed && (
          <button type="button" className="button small quiet" onClick={() => void turnOff()} disabled={isBusy}>
            Turn it off
          </button>
        )}
      </div>
      <ProblemNotice problem={problem} />
    </div>
  );
}
