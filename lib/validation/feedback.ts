// A rep's feedback on a completed one-on-one: one rating and one optional answer, shared by the
// form, the server action and the scoped operation.
import { z } from "zod";
import { idSchema, textField } from "@/lib/validation/common";
import { MAX_FEEDBACK_COMMENT } from "@/lib/validation/feedback-copy";

/**
 * A one-on-one can be rated for this many days after it was completed. The answer is about that
 * conversation while it is fresh, and a period's aggregate settles 30 days after the period ends:
 * a late answer cannot move an average the manager already saw and so hint at who just answered.
 */
export const COACHING_FEEDBACK_WINDOW_DAYS = 30;

const RATING_MESSAGE = "choose how useful it was, from 1 to 5";

export const submitCoachingFeedbackSchema = z.object({
  oneOnOneId: idSchema,
  rating: z.coerce.number({ error: RATING_MESSAGE }).int(RATING_MESSAGE).min(1, RATING_MESSAGE).max(5, RATING_MESSAGE),
  // An empty answer is no answer: stored as null, never as "".
  comment: textField({ max: MAX_FEEDBACK_COMMENT, min: 0, multiline: true })
    .optional()
    .transform((value) => (value ? value : null)),
});

/** The coach rates their own completed meeting, privately: the scorecard sets its average beside the reps'. */
export const submitCoachSelfRatingSchema = z.object({
  oneOnOneId: idSchema,
  rating: z.coerce.number({ error: RATING_MESSAGE }).int(RATING_MESSAGE).min(1, RATING_MESSAGE).max(5, RATING_MESSAGE),
});

export type SubmitCoachingFeedbackInput = z.output<typeof submitCoachingFeedbackSchema>;
