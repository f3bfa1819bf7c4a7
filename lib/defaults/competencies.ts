// The default rep competency framework: one competency per lever of the default funnel, each
// with a 1–5 rubric (level 1 first) and the questions a manager asks in a one-on-one.

export interface DefaultCompetency {
  key: string;
  name: string;
  description: string;
  /** The lever it drives (see funnel.ts), or null if it drives none directly. */
  leverKey: string | null;
  /** Level 1 to 5. */
  rubric: readonly [string, string, string, string, string];
  /** Coaching questions for a one-on-one. */
  questions: readonly string[];
}

export const DEFAULT_REP_COMPETENCIES: readonly DefaultCompetency[] = [
  {
    key: "prospecting",
    name: "Prospecting",
    description:
      "Turns outreach into live conversations with the right people: researched lists, multi-threaded sequences across phone, email, LinkedIn and video, and an opener that earns the next minute. Enters accounts where the problem is owned, C-suite included.",
    leverKey: "dials_to_conversations",
    rubric: [
      "Works a list top to bottom with one script. One channel, one contact per account; gives up after one or two attempts.",
      "Uses phone and email, but each touch stands alone. Reaches mostly users and gatekeepers; the opener is about our product.",
      "Runs a multi-touch sequence across phone, email and LinkedIn to two or more contacts per account. The opener names a relevant problem.",
      "Researches trigger events and opens with an insight specific to the account. Reaches directors and VPs routinely; connect rate at benchmark.",
      "Engages C-level buyers with confidence through referrals, video and mutual connections. Connect rate in the top quartile; teaches sequences to peers.",
    ],
    questions: [
      "Who were your last ten conversations with, and how many of them own the budget for the problem we solve?",
      "What did you know about the account before you dialled, and how did you use it in the first 30 seconds?",
      "If the phone didn't exist, how would you get this executive's attention this week?",
      "Which channel is producing conversations for you, and which is just producing activity?",
      "What would you have to believe to call the CEO instead of the manager?",
    ],
  },
  {
    key: "meeting_setting",
    name: "Meeting setting",
    description:
      "Turns a live conversation into a booked meeting with a purpose: gives a relevant reason to meet, handles the brush-off with a question, and confirms date, attendees and agenda before the call ends.",
    leverKey: "conversations_to_meetings",
    rubric: [
      "Pitches the product on the call and accepts 'send me some information'. Meetings that do get booked have no agenda and often no-show.",
      "Asks for the meeting but folds at the first objection. Leaves with 'call me next month' instead of a date.",
      "Gives a relevant reason to meet, handles the common brush-offs once, and sends the calendar invite during the call.",
      "Answers brush-offs with a question, not a rebuttal. Confirms attendees and agenda in writing; no-shows are rare.",
      "Books meetings with the decision-maker present and a stated business problem on the agenda. At or above benchmark for a full quarter.",
    ],
    questions: [
      "What reason to meet did you give on your last three calls, and would it have been reason enough for you?",
      "What is the brush-off you hear most, and what do you say next?",
      "When someone agrees to meet, what do you confirm before you hang up?",
      "How many of last month's booked meetings actually happened, and what was different about the ones that didn't?",
    ],
  },
  {
    key: "discovery",
    name: "Discovery",
    description:
      "Runs meetings that uncover the buyer's business problem, what it costs, who owns it and how they buy, and brings an insight the buyer hadn't considered. Qualifies out early when there is no real opportunity.",
    leverKey: "meetings_to_opportunities",
    rubric: [
      "Opens with a demo. Questions are about features and budget; leaves without knowing the problem or who decides.",
      "Asks a scripted list of questions but doesn't follow the answers. Needs stay surface-level; the cost of the problem is unknown.",
      "Uncovers the business problem, its impact and the decision process. Follows each answer with a second and third question.",
      "Quantifies the cost of doing nothing with the buyer and brings an insight they hadn't considered. Qualifies out early and on purpose.",
      "Buyers say the meeting was worth their time on its own. Maps the whole buying group; conversion to opportunity in the top quartile.",
    ],
    questions: [
      "What did the buyer tell you that they hadn't told anyone else?",
      "What does this problem cost them each month if nothing changes, in their numbers rather than ours?",
      "Who else feels this problem, and who signs?",
      "What is one thing the buyer learned from you in that meeting?",
      "Which meeting last month should you have qualified out of sooner, and what was the signal?",
    ],
  },
  {
    key: "solution_fit",
    name: "Solution fit",
    description:
      "Connects what we sell to the needs found in discovery so the buyer sees how their problem gets solved. Includes proposal writing: a proposal built with the buyer around their outcomes and numbers, reviewed live, never sent cold.",
    leverKey: "opportunities_to_proposals",
    rubric: [
      "Runs the standard demo whatever discovery found. The proposal is a price list sent by email.",
      "Tailors the demo to some stated needs but still tours every feature. The proposal is our brochure with the buyer's logo on it.",
      "Shows only what maps to the buyer's needs, in their words. The proposal restates their problem, the solution and the price.",
      "Confirms fit with each stakeholder before proposing. The proposal carries a business case in the buyer's numbers and is reviewed live.",
      "The buyer co-authors the business case and champions it internally. No proposal goes out that the decision-maker hasn't agreed in principle.",
    ],
    questions: [
      "Which three needs from discovery does this solution address, and which does it not?",
      "If the buyer had to justify this purchase to their CFO tomorrow, what would they say?",
      "Who has seen the proposal's numbers before it goes out, and who will see them for the first time?",
      "What did you leave out of the demo, and why?",
      "What would make this buyer decide to do nothing?",
    ],
  },
  {
    key: "closing",
    name: "Closing",
    description:
      "Gets commitments at every stage, not only at signature: a dated next step after each meeting, a mutual close plan with the buyer, and a direct ask for the business. Surfaces objections early and keeps deals from stalling.",
    leverKey: "proposals_to_won",
    rubric: [
      "Sends the proposal and waits. Next steps are 'they'll get back to me'; deals age in the pipeline without moving.",
      "Follows up by chasing, not by agreed steps. Objections surface late, often as 'we went another way'.",
      "Ends every meeting with a dated next step in the buyer's calendar. Asks for the business directly and handles common objections.",
      "Runs a mutual close plan covering legal, security and procurement. Spots stalled deals and re-engages or closes them out.",
      "Commit deals close within a week of the planned date. Proposal win rate in the top quartile; paperwork starts before the verbal yes.",
    ],
    questions: [
      "What is the next step on this deal, who agreed to it, and is it in their calendar?",
      "What has to happen on the buyer's side between now and signature, and who owns each step?",
      "Which objection haven't you heard yet but expect to?",
      "When did you last ask for the business directly, and what did they say?",
      "Which deal at proposal stage would you close out today if you were being honest?",
    ],
  },
  {
    key: "negotiation",
    name: "Negotiation",
    description:
      "Protects and grows deal value: sizes the proposal to the full problem, trades rather than concedes, and goes into every negotiation knowing the walk-away, the give-gets and who really decides.",
    leverKey: "deal_size",
    rubric: [
      "Discounts before being asked. Scope shrinks to the first budget mentioned; every concession is free.",
      "Holds price on the first push, then discounts to make month end. Rarely proposes more than the buyer asked for.",
      "Trades every concession for something: term, volume, timing or a reference. Knows the walk-away before the call.",
      "Offers options sized to the full problem and anchors high with a business case. Average deal size at benchmark.",
      "Negotiates value with procurement and the economic buyer. Expands scope during the cycle; deal size in the top quartile.",
    ],
    questions: [
      "If they ask for a discount, what will you ask for in return?",
      "What does the full problem cost the buyer, and why is the proposal sized below it?",
      "Who on their side can actually say yes to this number?",
      "What is your walk-away, and what happens to the deal if you hold it?",
      "Where did your last discount come from: the buyer, the calendar or you?",
    ],
  },
  {
    key: "activity_discipline",
    name: "Activity discipline",
    description:
      "Has a plan for the week and sticks to it: protected prospecting blocks at the hours buyers answer, lists built ahead, and the daily activity number hit whether the pipeline feels full or not.",
    leverKey: "volume",
    rubric: [
      "Prospects only when the pipeline is empty. No time blocks; activity swings from nothing to a burst before month end.",
      "Knows the daily number and hits it some days. Blocks get booked but are given up to internal meetings and deal fires.",
      "Hits the daily number on most working days, with prospecting blocks protected. Activity still dips in heavy closing weeks.",
      "Hits the number every week, closing weeks included. Builds tomorrow's list the day before and logs activity the same day.",
      "Runs activity as a system: blocks at peak connect times, a weekly self-review against the ratios. Peers copy the routine.",
    ],
    questions: [
      "Which prospecting blocks happened as planned last week, and what took the ones that didn't?",
      "How many dials a day does your quota need at your current ratios?",
      "When in the day do buyers actually pick up, and is your calendar built around that?",
      "What would have to be true for you to hit your activity number in a week you are closing a deal?",
      "If this week's activity were your average, what would your pipeline look like in 60 days?",
    ],
  },
];
