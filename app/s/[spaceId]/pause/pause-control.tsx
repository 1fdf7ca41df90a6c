import type { TSpaceView } from "../../../../core/negotiation/view";
import { clockTime } from "../../../../core/time/viewer-time";

/**
 * Always within reach, in every phase and for everyone: a quiet Pause button at the
 * bottom of the screen. While paused it says until when, and leads to the details.
 */
export function PauseControl({ view, timeZone, onPause }: { view: TSpaceView; timeZone: string; onPause: () => void }) {
  const pause = view.pause.current;
  return (
    <div className="pause-control">
      {pause ? (
        <a className="pause-pill paused" href="#pause">
          <span className="pause-icon" aria-hidden="true" />
          Paused · back at {clockTime(pause.returnAt, timeZone)}
        </a>
      ) : (
        <button type="button" className="pause-pill" onClick={onPause} aria-haspopup="dialog">
          <span className="pause-icon" aria-hidden="true" />
          Pause
        </button>
      )}
    </div>
  );
}
