import { forwardRef } from "react";
import { useIsPaused } from "../pause/paused-context";
import type { TFieldProblems } from "./field-problems";
import { ProblemSummary } from "./problem-summary";

/**
 * The last part: what submitting does, said as it is now. Before the partner has submitted a
 * statement can be unlocked again; once they have, this submit shares both at once (REV3).
 */
export const ShareCard = forwardRef<
  HTMLDivElement,
  {
    partnerName: string;
    hasPartnerSubmitted: boolean;
    problems: TFieldProblems;
    submitProblem: string | null;
    isSubmitting: boolean;
    onGoTo: (path: string) => void;
  }
>(function ShareCard(props, summaryRef) {
  const isPaused = useIsPaused();
  const { partnerName } = props;
  return (
    <>
      <p className="muted" id="share-words" data-testid="share-words">
        {props.hasPartnerSubmitted
          ? `${partnerName} has already submitted. Your submit shares both statements at once, with both of you, so there is no unlocking after it.`
          : `Submitting locks your statement. You can unlock it to make changes until ${partnerName} has submitted too.`}
      </p>
      <button
        type="submit"
        className="button wide"
        disabled={props.isSubmitting || isPaused}
        aria-describedby={isPaused ? "submit-paused share-words" : "share-words"}
      >
        {props.isSubmitting ? "Submitting…" : "Submit my statement"}
      </button>
      <ProblemSummary ref={summaryRef} problems={props.problems} message={props.submitProblem} onGoTo={props.onGoTo} />
      {isPaused && (
        <p className="notice calm small" id="submit-paused">
          The conversation is paused. You can submit when it resumes; your draft still saves.
        </p>
      )}
    </>
  );
});
