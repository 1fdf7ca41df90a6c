"use client";

import { useId, useState } from "react";
import type { TVersionedProposal } from "../../../../core/negotiation/proposals";
import type { TStatement } from "../../../../core/negotiation/statement";
import type { TPartnerKey } from "../../../../core/scheduler/proposal";
import { DAY_NAMES, SLOTS_PER_DAY } from "../../../../core/week/slots";
import type { TSend } from "../use-space-connection";
import { freeStretches, lengthChoices, minBlockSlots, type TBusyByPartner } from "./free-time";
import { type TPeople, ownerTag } from "./proposal-words";
import { describeBlockTime, describeDuration, spanOf, timeOfHalfHour } from "./week-plan";

type Props = {
  proposal: TVersionedProposal;
  blockIndex: number;
  onBlockIndex: (index: number) => void;
  people: TPeople;
  myKey: TPartnerKey;
  busy: TBusyByPartner | null;
  statements: Partial<Record<TPartnerKey, TStatement>>;
  send: TSend;
};

const START_TIMES = Array.from({ length: SLOTS_PER_DAY }, (_, h) => h);

/**
 * Move or resize one block with plain controls (day, start, length), then send it. The
 * server checks the hard rules and says why when it can't; that message stays beside the
 * controls. Free stretches of the chosen day are offered as a shortcut.
 */
export function BlockAdjuster(props: Props) {
  const { proposal, blockIndex, onBlockIndex, people, myKey } = props;
  const id = useId();
  const block = proposal.blocks[blockIndex];
  if (!block) return null;
  return (
    <section className="adjuster" aria-labelledby={`${id}-heading`} data-testid="block-adjuster">
      <h4 id={`${id}-heading`}>Move or resize a block</h4>
      <p className="muted small">
        Pick a block here or in the week above. Moving it makes version {proposal.version + 1} of this plan, and any choice of this plan is set
        aside until you both look again.
      </p>
      <div className="field">
        <label htmlFor={`${id}-block`}>Block</label>
        <select id={`${id}-block`} value={blockIndex} onChange={(e) => onBlockIndex(Number(e.target.value))}>
          {proposal.blocks.map((b, i) => (
            <option key={i} value={i}>
              {b.label} · {ownerTag(b.owner, people, myKey)} · {describeBlockTime(b)}
            </option>
          ))}
        </select>
      </div>
      {/* A fresh form per block and version: what was typed for another block never leaks into this one. */}
      <BlockMoveForm key={`${proposal.id}:${proposal.version}:${blockIndex}`} {...props} />
    </section>
  );
}

function BlockMoveForm({ proposal, blockIndex, people, myKey, busy, statements, send }: Props) {
  const id = useId();
  const block = proposal.blocks[blockIndex]!;
  const original = spanOf(block);
  const minSlots = minBlockSlots(block, statements);
  const [day, setDay] = useState(original.day);
  const [start, setStart] = useState(original.startHalfHour);
  const [length, setLength] = useState(block.endSlot - block.startSlot);
  const [isSending, setIsSending] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const lengths = lengthChoices(start, minSlots);
  const fitLength = (from: number, wanted: number) => Math.max(Math.min(minSlots, SLOTS_PER_DAY - from), Math.min(wanted, SLOTS_PER_DAY - from));
  const isUnchanged = day === original.day && start === original.startHalfHour && length === block.endSlot - block.startSlot;
  const stretches = busy ? freeStretches(busy, proposal.blocks, blockIndex, day, minSlots) : [];
  const whoseFree = block.owner === "together" ? "both of you" : block.owner === myKey ? "you" : people[block.owner].name;

  async function move() {
    setIsSending(true);
    setRefusal(null);
    const startSlot = day * SLOTS_PER_DAY + start;
    const ack = await send("proposal:adjust-block", {
      proposalId: proposal.id,
      version: proposal.version,
      blockIndex,
      startSlot,
      endSlot: startSlot + length,
    });
    setIsSending(false);
    if (!ack.ok) setRefusal(ack.error.message);
  }

  return (
    <form
      className="adjuster-form"
      onSubmit={(e) => {
        e.preventDefault();
        void move();
      }}
    >
      <div className="adjuster-fields">
        <div className="field">
          <label htmlFor={`${id}-day`}>Day</label>
          <select id={`${id}-day`} value={day} onChange={(e) => setDay(Number(e.target.value))}>
            {DAY_NAMES.map((name, d) => (
              <option key={name} value={d}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-start`}>Starts at</label>
          <select
            id={`${id}-start`}
            value={start}
            onChange={(e) => {
              const next = Number(e.target.value);
              setStart(next);
              setLength((l) => fitLength(next, l));
            }}
          >
            {START_TIMES.map((h) => (
              <option key={h} value={h}>
                {timeOfHalfHour(h)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-length`}>Length</label>
          <select id={`${id}-length`} value={length} onChange={(e) => setLength(Number(e.target.value))}>
            {lengths.map((n) => (
              <option key={n} value={n}>
                {describeDuration(n)} (until {timeOfHalfHour(start + n)})
              </option>
            ))}
          </select>
        </div>
      </div>

      {busy && (
        <div className="free-times">
          <p className="small" id={`${id}-free`}>
            {stretches.length === 0
              ? `No stretch on ${DAY_NAMES[day]} is free for ${whoseFree} for at least ${describeDuration(minSlots)}.`
              : `Free for ${whoseFree} on ${DAY_NAMES[day]}, around the other blocks:`}
          </p>
          {stretches.length > 0 && (
            <ul className="chips" aria-labelledby={`${id}-free`} data-testid="free-times">
              {stretches.map((s) => (
                <li key={s.startHalfHour}>
                  <button
                    type="button"
                    className="chip soft"
                    aria-label={`Use the free time ${timeOfHalfHour(s.startHalfHour)} to ${timeOfHalfHour(s.endHalfHour)}`}
                    onClick={() => {
                      // Keep the chosen start when it already lies in this stretch; otherwise begin where it begins.
                      const from = start >= s.startHalfHour && start + minSlots <= s.endHalfHour ? start : s.startHalfHour;
                      setStart(from);
                      setLength((l) => Math.min(fitLength(from, l), s.endHalfHour - from));
                    }}
                  >
                    {timeOfHalfHour(s.startHalfHour)}–{timeOfHalfHour(s.endHalfHour)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div className="row">
        <button type="submit" className="button small" disabled={isUnchanged || isSending}>
          {isSending ? "Moving…" : "Move this block"}
        </button>
        <span className="muted small">
          {DAY_NAMES[day]} {timeOfHalfHour(start)}–{timeOfHalfHour(start + length)}
        </span>
      </div>
      <div aria-live="polite" className="adjuster-message">
        {refusal && (
          <p className="notice" data-testid="adjust-refusal">
            {refusal}
          </p>
        )}
      </div>
    </form>
  );
}
