// What the demo's one-on-ones agree on: commitments specific to the competency being coached, so
// each rep's history reads like real coaching rather than the same two lines for everyone.

/** Commitments by the focus lever, in the order a coach would try them. */
export const COMMITMENTS_BY_LEVER: Record<string, readonly string[]> = {
  volume: [
    "Block 8:30–10:00 for dials on Monday, Wednesday and Friday; calendar declined for anything else",
    "Reach 40 dials a day for five working days and log them the same day",
    "Build tomorrow's call list before leaving each evening (30 names, phone numbers checked)",
    "Do two power hours a week with the team's call-list format and compare the counts",
    "Move internal meetings out of the morning block for the next two weeks",
    "Log dials the same day for two weeks so the numbers on the dashboard are real",
    "Start each day with 20 dials before opening email",
    "Set a visible daily dial target on the board and report it at stand-up",
  ],
  dials_to_conversations: [
    "Call between 8 and 9 am and after 4 pm for a week; note the connect rate of each slot",
    "Rewrite the first ten seconds of the opener and test it on 50 dials",
    "Leave a voicemail plus same-day email on every no-answer, referencing the voicemail",
    "Use direct dials from the contact tool for the 30 top accounts instead of switchboards",
    "Listen to three recorded openers with the coach and pick one phrase to drop",
    "Research one trigger event for each of the top 20 prospects before calling",
    "Try a referral opener (\"Anna in finance suggested I call\") on 30 dials",
    "Call mobile numbers first where the buyer has shared one",
  ],
  conversations_to_meetings: [
    "Ask for the meeting with two concrete times in every conversation that shows interest",
    "Prepare a one-line reason to meet for each of the ten target accounts",
    "Practise the 'not now' objection in a role-play before Thursday",
    "Send the calendar invite during the call, not after it",
    "Log the reason for every declined meeting this week to find the pattern",
    "Offer a 20-minute slot instead of an hour in every meeting request",
    "Share one customer story that fits the prospect before asking for the meeting",
    "Follow every \"send me something\" with a dated call-back in the calendar",
  ],
  meetings_to_opportunities: [
    "Run the five discovery questions in every first meeting this week",
    "Confirm budget owner and timeline before the end of each first meeting",
    "Write a two-line pain summary after each meeting and send it to the buyer",
    "Role-play discovery with the coach on the Henderson account before the call",
    "Qualify out two meetings that have no pain instead of carrying them",
    "Bring the discovery notes of two meetings to the next one-on-one",
    "Ask \"what happens if you do nothing?\" in every first meeting",
    "Agree a written next step with a date before leaving each meeting",
  ],
  opportunities_to_proposals: [
    "Get a second stakeholder on the call before writing any proposal",
    "Use the solution-fit checklist on every open opportunity and share the gaps",
    "Map the buying committee for the three largest opportunities",
    "Replace the generic demo with the buyer's own use case for the next two demos",
    "Ask each champion what would stop the deal, and write it in the CRM",
    "Run a solution workshop with the buyer before proposing on the two largest deals",
    "Write the success criteria with the buyer before any pricing",
    "Review the three stalled opportunities with the coach and close or advance each",
  ],
  proposals_to_won: [
    "Send a mutual action plan with each proposal and agree the next date on the call",
    "Review every proposal older than 14 days with the coach and pick a next step",
    "Ask for the decision date and the signer's name before sending the proposal",
    "Rehearse the pricing objection with the coach before Friday",
    "Follow up each proposal within 48 hours by phone, not email",
    "Walk the buyer through every proposal live instead of emailing it",
    "Find the signer and meet them before the proposal goes out on the next two deals",
    "Offer two options in each proposal, never one price",
  ],
  deal_size: [
    "Quote the three-year option first on every proposal this month",
    "Add the onboarding package to every proposal over $10K",
    "Ask about the other teams that could use it in each discovery call",
    "Hold the discount line at 10 % and bring anything more to the coach first",
    "Prepare a business case with the buyer's own numbers for the two largest deals",
    "Propose the team edition first in every new opportunity",
    "Bring the renewal price into the first proposal, not the last call",
    "Review the three smallest open deals with the coach for upsell",
  ],
};

/** Smaller, practical follow-ups for the commitments overdue on the dashboard; one per rep, in turn. */
export const HOUSEKEEPING_COMMITMENTS: readonly string[] = [
  "Send recap emails within 24 hours of each meeting",
  "Update close dates on the opportunities that slipped last month",
  "Clean up the stale leads older than 90 days",
  "Book the product training on the new pricing",
  "Share two lost-deal reasons with the team on Friday",
  "Log the week's activity every evening instead of on Fridays",
];

export function commitmentFor(lever: string | null | undefined, turn: number): string {
  const texts = COMMITMENTS_BY_LEVER[lever ?? "volume"] ?? COMMITMENTS_BY_LEVER.volume ?? [];
  return texts[((turn % texts.length) + texts.length) % texts.length] ?? "Practise the focus routine";
}
