"use client";

import { useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { DAY_NAMES, SLOTS_PER_DAY, clockOfHalfHour, slotOf } from "../../../../core/week/slots";
import { GRID_PRESETS, countBusyHours, isBusy, moveSlot, paintRectangle, toggleSlot } from "./busy-grid";
import { SHORT_DAY_NAMES } from "./wording";

type Drag = { anchor: number; last: number; base: string; busy: boolean };

const HALF_HOURS = Array.from({ length: SLOTS_PER_DAY }, (_, h) => h);

/**
 * When I am busy, painted in 30-minute slots. Mouse and finger share one path (pointer
 * events): press on a cell and drag to paint the rectangle in between; the first cell
 * decides busy or free. The cells disable touch scrolling so a finger paints instead
 * of scrolling; the hour labels beside them still scroll the page. Keyboard: arrows
 * move, Space or Enter toggles.
 */
export function AvailabilityGrid({ busy, onChange }: { busy: string; onChange: (busy: string) => void }) {
  const drag = useRef<Drag | null>(null);
  const cellsRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(slotOf(0, 18));

  function slotAt(x: number, y: number): number | null {
    const cell = document.elementFromPoint(x, y)?.closest<HTMLElement>("[data-slot]");
    if (!cell || !cellsRef.current?.contains(cell)) return null;
    return Number(cell.dataset.slot);
  }

  function startPainting(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    const slot = slotAt(event.clientX, event.clientY);
    if (slot === null) return;
    event.preventDefault();
    try {
      // Keeps the drag ours even when the finger or mouse leaves the grid.
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // Synthetic pointers (assistive tools) have nothing to capture; painting still works.
    }
    drag.current = { anchor: slot, last: slot, base: busy, busy: !isBusy(busy, slot) };
    setFocused(slot);
    onChange(paintRectangle(busy, slot, slot, !isBusy(busy, slot)));
  }

  function keepPainting(event: PointerEvent<HTMLDivElement>) {
    const current = drag.current;
    if (!current) return;
    const slot = slotAt(event.clientX, event.clientY);
    if (slot === null || slot === current.last) return;
    current.last = slot;
    onChange(paintRectangle(current.base, current.anchor, slot, current.busy));
  }

  function stopPainting() {
    drag.current = null;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === " " || event.key === "Enter") {
      event.preventDefault();
      onChange(toggleSlot(busy, focused));
      return;
    }
    const next = moveSlot(focused, event.key);
    if (next === focused) return;
    event.preventDefault();
    setFocused(next);
    cellsRef.current?.querySelector<HTMLElement>(`[data-slot="${next}"]`)?.focus();
  }

  return (
    <div className="availability">
      <div className="chips" role="group" aria-label="Quick ways to fill in your week">
        {GRID_PRESETS.map((preset) => (
          <button key={preset.id} type="button" className="chip soft" onClick={() => onChange(preset.apply(busy))}>
            {preset.label}
          </button>
        ))}
      </div>
      <p className="hint" id="availability-help">
        Press and drag to mark when you’re busy; start on a marked slot to clear. With a keyboard: arrow keys move, Space marks.
      </p>
      <div className="legend" aria-hidden="true">
        <span><i className="swatch busy" /> Busy</span>
        <span><i className="swatch" /> Free</span>
        <span className="muted">About {countBusyHours(busy)} hours busy a week</span>
      </div>
      <div className="week-grid" data-testid="availability-grid">
        <div className="week-hours" aria-hidden="true">
          <span className="week-corner" />
          {HALF_HOURS.map((half) => (
            <span key={half} className="hour-label">
              {half % 4 === 0 ? clockOfHalfHour(half) : ""}
            </span>
          ))}
        </div>
        <div
          ref={cellsRef}
          className="week-cells"
          role="grid"
          aria-multiselectable="true"
          aria-label="When you’re busy, Monday to Sunday, in half hours"
          aria-describedby="availability-help"
          onPointerDown={startPainting}
          onPointerMove={keepPainting}
          onPointerUp={stopPainting}
          onPointerCancel={stopPainting}
          onKeyDown={onKeyDown}
        >
          <div role="row" className="week-row head">
            {SHORT_DAY_NAMES.map((name) => (
              <span key={name} role="columnheader" className="day-label">
                {name}
              </span>
            ))}
          </div>
          {HALF_HOURS.map((half) => (
            <div role="row" className={`week-row ${half % 2 === 0 ? "on-hour" : ""}`} key={half}>
              {SHORT_DAY_NAMES.map((_, day) => {
                const slot = slotOf(day, half);
                const isSlotBusy = isBusy(busy, slot);
                return (
                  <div
                    key={day}
                    role="gridcell"
                    data-slot={slot}
                    className={`cell ${isSlotBusy ? "busy" : ""}`}
                    tabIndex={slot === focused ? 0 : -1}
                    aria-selected={isSlotBusy}
                    aria-label={`${DAY_NAMES[day]} ${clockOfHalfHour(half)}, ${isSlotBusy ? "busy" : "free"}`}
                    onFocus={() => setFocused(slot)}
                    onClick={(e) => {
                      // Clicks without a pointer (screen readers) toggle too.
                      if (e.detail === 0) onChange(toggleSlot(busy, slot));
                    }}
                  />
                );
              })}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
