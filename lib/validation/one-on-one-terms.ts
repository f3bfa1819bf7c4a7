// The one-on-one's words and fixed lists, apart from the schemas in one-on-ones.ts: client
// components import these, and importing anything from a module that imports zod puts all of zod
// (~31 KB gzip) into the page's first-load JavaScript (issue #21; components/client-bundle.test.ts).

export const AGENDA_SECTIONS = ["COMMITMENT_REVIEW", "NUMBERS", "FOCUS", "TOPICS", "NEW_COMMITMENTS"] as const;

export const SECTION_NAMES: Record<(typeof AGENDA_SECTIONS)[number], string> = {
  COMMITMENT_REVIEW: "commitment review",
  NUMBERS: "numbers",
  FOCUS: "focus competency",
  TOPICS: "topics",
  NEW_COMMITMENTS: "new commitments",
};

/** The horizons a commitment tied to a lever can be scored over (decision 0035), in days. */
export const COMMITMENT_HORIZONS = [7, 14, 21, 28, 42, 56] as const;
