// Default one-on-one agenda templates. The rep's development (commitments, numbers, focus)
// comes before the rep's own topics and deals; every meeting ends with new commitments.
// A section key may appear more than once (each entry becomes its own agenda item).

export type AgendaSectionKey = "COMMITMENT_REVIEW" | "NUMBERS" | "FOCUS" | "TOPICS" | "NEW_COMMITMENTS";

export interface AgendaTemplateSection {
  section: AgendaSectionKey;
  title: string;
  prompt: string;
}

/** Manager with rep. */
export const DEFAULT_REP_AGENDA: readonly AgendaTemplateSection[] = [
  {
    section: "COMMITMENT_REVIEW",
    title: "Last meeting's commitments",
    prompt:
      "Go through each open commitment: done, missed or carried forward. For a miss, ask what got in the way and what will change. Don't do the work for them.",
  },
  {
    section: "NUMBERS",
    title: "The numbers",
    prompt:
      "The same data points every time: activity and each ratio against benchmark, and what moved since last time. Let the rep read them first and say what stands out.",
  },
  {
    section: "FOCUS",
    title: "Focus competency",
    prompt:
      "Work the one focus competency: is its ratio moving, are the plan's plays being run? Ask the coaching questions before giving answers, and agree a routine to practise.",
  },
  {
    section: "TOPICS",
    title: "Rep's topics",
    prompt:
      "What the rep added before the meeting. Deals belong here, after development: pick the one where coaching the focus competency helps most.",
  },
  {
    section: "NEW_COMMITMENTS",
    title: "New commitments",
    prompt:
      "Agree two or three specific, dated commitments the rep owns, at least one tied to the focus competency. Read them back before you finish.",
  },
];

/** VP with manager. */
export const DEFAULT_LEADER_AGENDA: readonly AgendaTemplateSection[] = [
  {
    section: "COMMITMENT_REVIEW",
    title: "Last meeting's commitments",
    prompt:
      "Review the manager's open commitments: done, missed or carried forward. For a miss, ask what got in the way, the same way you'd want them to ask a rep.",
  },
  {
    section: "NUMBERS",
    title: "Team numbers against benchmark",
    prompt:
      "The team's activity and ratios against benchmark, and each rep's coaching priority. Ask the manager which gap jumps off the page and why, before you say what you see.",
  },
  {
    section: "NUMBERS",
    title: "Coaching scorecard",
    prompt:
      "One-on-ones held on cadence, share that worked a focus competency, commitment completion, plans that moved their ratio, and the reps' feedback (an average, once 3 or more have answered). Set each beside the median manager, and look at sample sizes before trends.",
  },
  {
    section: "FOCUS",
    title: "Leader focus competency",
    prompt:
      "Work the manager's one focus competency with its coaching questions. Agree one thing to practise with the team before the next meeting.",
  },
  {
    section: "TOPICS",
    title: "Manager's topics",
    prompt:
      "What the manager added before the meeting: people issues, hiring, escalations, forecast risks. Keep deal reviews to the ones where the manager is stuck.",
  },
  {
    section: "NEW_COMMITMENTS",
    title: "New commitments",
    prompt:
      "Agree two or three specific, dated commitments the manager owns, at least one on their focus competency or their coaching of a named rep.",
  },
];
