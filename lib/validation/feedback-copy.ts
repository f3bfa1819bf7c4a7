// The feedback forms' words and limits, apart from the schemas in feedback.ts: client components
// import these, and importing anything from a module that imports zod puts all of zod (~110 KB)
// into the page's first-load JavaScript (issue #21).
export const COACHING_FEEDBACK_QUESTION = "How useful was this one-on-one?";
export const COACHING_FEEDBACK_PROMPT = "What should your manager keep doing or change?";
export const MAX_FEEDBACK_COMMENT = 1_000;

export const FEEDBACK_RATING_LABELS: Record<number, string> = { 1: "Not useful", 2: "A little useful", 3: "Useful", 4: "Very useful", 5: "Extremely useful" };

export const COACH_SELF_RATING_QUESTION = "How useful was this one-on-one for the rep?";
