import type { TCheckInChoice, TCheckInPart, TPartAnswer } from "../../../../core/negotiation/check-in-schemas";
import type { TFearAnswer } from "../../../../core/negotiation/check-in-schemas";

/** Words, never numbers (CHK3): a scale of five reads as how it felt. */
export const FELT_WORDS: Record<number, string> = { 1: "Hard", 2: "Uneasy", 3: "All right", 4: "Good", 5: "Very good" };

export const KEPT_WORDS: Record<TPartAnswer["kept"], string> = { kept: "Kept", partly: "Partly", not: "Not really" };

export const EASED_WORDS: Record<TFearAnswer["eased"], string> = { yes: "Yes, it eased", "a-little": "A little", no: "Not yet" };

/** A part of the agreement as its author sees it: their own time, the other's, together, in touch. */
export function partTitle(part: TCheckInPart, partnerName: string): string {
  switch (part) {
    case "myAlone":
      return "Your own time";
    case "partnerAlone":
      return `${partnerName}’s own time`;
    case "together":
      return "Time together";
    case "inTouch":
      return "Staying in touch while apart";
  }
}

/** A choice as a sentence about its chooser ("Ben chose to keep it, next review in 4 weeks"). */
export function choiceWords(choice: TCheckInChoice): string {
  switch (choice.kind) {
    case "keep":
      return `keep the agreement and look at it again in ${weeksWords(choice.weeks)}`;
    case "adjust":
      return "adjust the agreement, starting from your last statements";
    case "afresh":
      return "write afresh, from empty statements";
  }
}

/** What a check-in ended with, for anyone reading its history later, the counsellor too. */
export function decisionWords(choice: TCheckInChoice): string {
  switch (choice.kind) {
    case "keep":
      return `kept it, next review in ${weeksWords(choice.weeks)}`;
    case "adjust":
      return "chose to adjust it";
    case "afresh":
      return "chose to write afresh";
  }
}

export function weeksWords(weeks: number): string {
  return weeks === 1 ? "1 week" : `${weeks} weeks`;
}

export const STATUS_WORDS = {
  "not-started": "hasn’t started yet",
  writing: "is answering",
  submitted: "has sent their check-in",
} as const;
