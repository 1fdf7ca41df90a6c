"use client";

import { useEffect, useState } from "react";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { planContextOf } from "../proposals/plan-context";
import { PlanDetails } from "../proposals/plan-details";
import { percent } from "../proposals/proposal-words";
import { WeekCalendar } from "../proposals/week-calendar";
import { agreementWords } from "../facilitation/viewer-words";
import type { TSend } from "../use-space-connection";
import { AgreementInCalendar } from "./agreement-in-calendar";
import { AgreementVersions } from "./agreement-versions";
import { CheckInHistory } from "../check-in/check-in-history";
import { agreementTitle, choiceText, describeDate, describeMoment, givesAndGets, placeOf } from "./agreement-words";

/**
 * The agreement both partners chose: the week, when it was made, when to look at it
 * again, how you stay in touch, and what each gives and gets. Printable: the print
 * stylesheet keeps only this section, without buttons.
 */
export function AgreementView({ view, send, showPageLink = true }: { view: TSpaceView; send: TSend; showPageLink?: boolean }) {
  const agreement = view.agreements.at(-1);
  // The viewer's zone is known only in the browser; until then the couple's zone is a fair guess.
  const [zone, setZone] = useState(view.timeZone);
  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  if (!agreement) return null;
  const context = planContextOf(view);
  const { people, myKey } = context;
  const { proposal } = agreement;
  const weeks = proposal.weeks && proposal.weeks.length > 1 ? proposal.weeks : null;
  const sides = givesAndGets(proposal, people);
  const words = agreementWords(view);

  return (
    <section className="agreement" aria-labelledby="agreement-heading" data-testid="agreement">
      <div className="card agreement-head">
        <p className="eyebrow">{words.eyebrow}</p>
        <h2 id="agreement-heading">{agreementTitle(agreement.version)}</h2>
        <p className="lead">
          {choiceText(proposal, people)}
        </p>
        <dl className="agreement-facts">
          <div>
            <dt>Made</dt>
            <dd data-testid="agreement-made">{describeMoment(agreement.madeAt, zone)}</dd>
          </div>
          <div>
            <dt>{words.review}</dt>
            <dd data-testid="agreement-review">{describeDate(agreement.reviewAt, zone)}</dd>
          </div>
        </dl>
        <p className="muted small">
          Times in the week are {placeOf(view.timeZone)} time{zone !== view.timeZone ? `; the dates above are in your own time (${placeOf(zone)})` : ""}.
        </p>
        {showPageLink && !view.checkIn.current && (
          // PAU7: there is no Pause button any more; say why rather than let it vanish unexplained.
          <p className="muted small no-print" data-testid="no-pause-note">
            With your agreement made there is nothing to pause. When you come back to look at it again together, you can take breaks as
            before.
          </p>
        )}
        <div className="row no-print">
          <button type="button" className="button small" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          {showPageLink && (
            <a className="button quiet small" href={`/s/${view.spaceId}/agreement`}>
              Open on its own page
            </a>
          )}
        </div>
      </div>

      <AgreementVersions agreements={view.agreements} context={context} zone={zone} />
      <CheckInHistory view={view} />

      <div className="card">
        <h3>The week</h3>
        {weeks ? (
          weeks.map((blocks, i) => (
            <div key={i} className="agreement-week">
              <h4>Week {i + 1}{i === weeks.length - 1 ? " and after" : ""}</h4>
              <WeekCalendar blocks={blocks} people={people} myKey={myKey} label={`Agreed week ${i + 1}`} />
            </div>
          ))
        ) : (
          <WeekCalendar blocks={proposal.blocks} people={people} myKey={myKey} label="The agreed week" />
        )}
      </div>

      <div className="card">
        <h3>{words.givesAndGets}</h3>
        <div className="gives-gets">
          {sides.map((side) => (
            <div key={side.key} className={`side owner-${side.key}`} data-testid={`gives-gets-${side.name}`}>
              <h4>
                {side.key === myKey ? `You (${side.name})` : side.name} · {percent(proposal.partners[side.key].satisfaction)} of wishes met
              </h4>
              <p className="side-label">Gets</p>
              <ul>{side.gets.length > 0 ? side.gets.map((line) => <li key={line}>{line}</li>) : <li>Nothing scheduled this time</li>}</ul>
              <p className="side-label">Gives</p>
              <ul>{side.gives.length > 0 ? side.gives.map((line) => <li key={line}>{line}</li>) : <li>Nothing asked of them</li>}</ul>
            </div>
          ))}
        </div>
      </div>

      <div className="card">
        <PlanDetails proposal={proposal} people={people} myKey={myKey} idPrefix="agreement" />
      </div>

      <AgreementInCalendar view={view} send={send} zone={zone} />
    </section>
  );
}
