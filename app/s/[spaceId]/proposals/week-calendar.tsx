import type { CSSProperties } from "react";
import type { TBlock, TPartnerKey } from "../../../../core/scheduler/proposal";
import { type TPeople, ownerTag } from "./proposal-words";
import { blocksByDay, describeBlockTime, describeDuration, gridPlacement, timeOfHalfHour, visibleHours, type TPlacedBlock } from "./week-plan";

type Props = {
  blocks: readonly TBlock[];
  people: TPeople;
  myKey: TPartnerKey | null;
  /** Given only where a partner may pick a block to move it. */
  onSelect?: (index: number) => void;
  selectedIndex?: number | null;
  label: string;
};

/**
 * One week of a plan: a day-by-day list on a phone, a 7-column board on a wide screen
 * (CSS shows one of the two). Whose time a block is, is always said in words as well
 * as in colour.
 */
export function WeekCalendar({ blocks, people, myKey, onSelect, selectedIndex = null, label }: Props) {
  const days = blocksByDay(blocks);
  const range = visibleHours(blocks);
  // One band per hour shown; its label sits at the top of the band.
  const hours = Array.from({ length: range.toHour - range.fromHour }, (_, i) => range.fromHour + i);
  const owners = (["A", "B", "together"] as const).filter((o) => blocks.some((b) => b.owner === o));
  return (
    <div className="week-plan" data-testid="week-plan">
      <ul className="plan-legend" aria-label="Whose time">
        {owners.map((owner) => (
          <li key={owner}>
            <span className={`plan-swatch owner-${owner}`} aria-hidden="true" /> {ownerTag(owner, people, myKey)}
          </li>
        ))}
      </ul>

      <ol className="plan-days" aria-label={label}>
        {days.map((day) => (
          <li key={day.day} className="plan-day">
            <h4 className="plan-day-name">{day.name}</h4>
            {day.blocks.length === 0 ? (
              <p className="plan-empty">Nothing planned</p>
            ) : (
              <ul className="plan-day-blocks">
                {day.blocks.map((placed) => (
                  <li key={placed.index}>
                    <BlockBody placed={placed} people={people} myKey={myKey} onSelect={onSelect} isSelected={selectedIndex === placed.index} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>

      <div className="plan-board" role="group" aria-label={label} style={{ "--hours": hours.length } as CSSProperties}>
        <div className="board-hours" aria-hidden="true">
          {hours.map((h) => (
            <span key={h} className="board-hour">
              {timeOfHalfHour(h * 2)}
            </span>
          ))}
        </div>
        {days.map((day) => (
          <section key={day.day} className="board-day" aria-label={day.name}>
            <h4 className="board-day-name">{day.name.slice(0, 3)}</h4>
            <div className="board-day-body">
              {day.blocks.length === 0 && <span className="visually-hidden">Nothing planned</span>}
              {day.blocks.map((placed) => {
                const place = gridPlacement(placed, range);
                const style = {
                  "--row-start": place.rowStart - 1,
                  "--row-span": place.rowSpan,
                  "--lane": placed.lane,
                  "--lanes": placed.lanes,
                } as CSSProperties;
                return (
                  <div key={placed.index} className="board-slot" style={style}>
                    <BlockBody placed={placed} people={people} myKey={myKey} onSelect={onSelect} isSelected={selectedIndex === placed.index} compact />
                  </div>
                );
              })}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}

function BlockBody({
  placed,
  people,
  myKey,
  onSelect,
  isSelected,
  compact = false,
}: {
  placed: TPlacedBlock;
  people: TPeople;
  myKey: TPartnerKey | null;
  onSelect?: (index: number) => void;
  isSelected: boolean;
  compact?: boolean;
}) {
  const { block } = placed;
  const time = `${timeOfHalfHour(placed.startHalfHour)}–${timeOfHalfHour(placed.endHalfHour)}`;
  const whose = ownerTag(block.owner, people, myKey);
  const content = (
    <>
      <span className="block-when">
        <span className="block-time">{time}</span>
        {!compact && <span className="block-length"> · {describeDuration(block.endSlot - block.startSlot)}</span>}
      </span>
      <span className="block-label">{block.label}</span>
      <span className="block-owner">{whose}</span>
    </>
  );
  const className = `plan-block owner-${block.owner}${isSelected ? " is-selected" : ""}${compact ? " compact" : ""}`;
  if (!onSelect) {
    return (
      <div className={className} title={compact ? `${block.label}, ${whose}, ${describeBlockTime(block)}` : undefined}>
        {content}
      </div>
    );
  }
  return (
    <button
      type="button"
      className={className}
      aria-pressed={isSelected}
      aria-label={`${block.label}, ${whose}, ${describeBlockTime(block)}. Choose to move or resize.`}
      onClick={() => onSelect(placed.index)}
      data-testid="plan-block"
    >
      {content}
    </button>
  );
}
