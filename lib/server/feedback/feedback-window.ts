import "server-only";
import { COACHING_FEEDBACK_WINDOW_DAYS } from "@/lib/validation/feedback";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant feedback on a one-on-one closes: COACHING_FEEDBACK_WINDOW_DAYS after it was completed. */
export function feedbackClosesAt(completedAt: Date): Date {
  return new Date(completedAt.getTime() + COACHING_FEEDBACK_WINDOW_DAYS * DAY_MS);
}
