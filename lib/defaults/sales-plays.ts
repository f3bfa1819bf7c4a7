// Default playbook: routines a manager can attach to a rep's development plan. Two per rep
// competency; competencyKey is a key of DEFAULT_REP_COMPETENCIES.

export interface DefaultSalesPlay {
  title: string;
  /** A DEFAULT_REP_COMPETENCIES key. */
  competencyKey: string;
  whenToUse: string;
  /** 3–6 ordered steps. */
  steps: readonly string[];
  talkTrack: string;
}

export const DEFAULT_SALES_PLAYS: readonly DefaultSalesPlay[] = [
  // Prospecting
  {
    title: "Multi-threaded C-level sequence",
    competencyKey: "prospecting",
    whenToUse: "A target account where you only know users or mid-level contacts, or conversations stall below the budget owner.",
    steps: [
      "Pick three or four people in the buying group: the executive who owns the problem, a VP below them and one or two users.",
      "Research each one (annual report, earnings call, recent hires, LinkedIn posts) and note one trigger per person.",
      "Day 1: a personal LinkedIn note to the executive on their trigger; call the VP.",
      "Day 3: a 60-second video email to the executive about the business issue, not the product; email the users.",
      "Days 7 and 10: call the executive early or late in the day, referencing what you heard from their team.",
      "Day 14: a last email with one useful insight and a simple yes-or-no ask for 20 minutes.",
    ],
    talkTrack:
      "\"[Name], I saw that [trigger]. Companies at that point usually wrestle with [problem]. A few of your team have told me how it shows up day to day; I'd value 20 minutes of your view on where it ranks for you this year.\"",
  },
  {
    title: "Social surround before the first call",
    competencyKey: "prospecting",
    whenToUse: "Cold accounts whose executives are active on LinkedIn, before you call them.",
    steps: [
      "Follow the executive and two of their direct reports; note what they post and share.",
      "Over a week, add a substantive comment to two of their posts. No pitch.",
      "Send a connection note that shares one relevant insight: a benchmark, report or customer result.",
      "Look for mutual connections and ask one for an introduction or permission to use their name.",
      "Call once they have engaged, and open with the conversation already started online.",
    ],
    talkTrack:
      "\"We've traded a couple of comments on [topic]. Your point about [x] is exactly what we're seeing at [peer company]. Worth 15 minutes to compare notes?\"",
  },
  // Meeting setting
  {
    title: "Reason-to-meet opener",
    competencyKey: "meeting_setting",
    whenToUse: "Conversations end in 'send me some information' or 'call me next quarter' instead of a meeting.",
    steps: [
      "Open with why you called: one sentence on a problem peers in their industry have.",
      "Ask one question that lets them confirm or deny they have it.",
      "If they do, propose a specific meeting: purpose, length, who should join, two time options.",
      "Send the calendar invite while still on the call and check it has arrived.",
      "The day before, send a three-line agenda with the question you'll start with.",
    ],
    talkTrack:
      "\"Most [role]s I speak with are dealing with [problem]. Is that on your radar? … Then it's worth 30 minutes with you and [colleague] to look at how [peer] handled it. Tuesday at 10 or Thursday at 2?\"",
  },
  {
    title: "Brush-off turnaround",
    competencyKey: "meeting_setting",
    whenToUse: "The prospect deflects with 'send me something', 'we're all set' or 'no budget'.",
    steps: [
      "Don't rebut. Acknowledge the brush-off in a few words.",
      "Ask one question that tests it: what would make the material worth reading, what they use today, when budget is set.",
      "If the answer shows a problem, go back to the meeting ask with that problem as the reason.",
      "If it doesn't, agree a dated follow-up tied to a trigger such as the budget cycle or a contract renewal, and log it.",
    ],
    talkTrack:
      "\"Happy to send something. So it isn't generic, what would make it worth your time to read? … That's exactly what we'd cover in 20 minutes. Does Wednesday morning work?\"",
  },
  // Discovery
  {
    title: "Discovery question set",
    competencyKey: "discovery",
    whenToUse: "Before every first meeting, and whenever meetings end without a qualified opportunity.",
    steps: [
      "Situation: do it in research; in the meeting, confirm what you found rather than asking what you could have looked up.",
      "Problem: what is getting in the way of [goal]? How long has it been like that? What have you tried?",
      "Impact: what does it cost in time, revenue or risk? Who else feels it?",
      "Decision: how did you last buy something like this? Who signs, and who can block it?",
      "Priority: what happens if you do nothing this year? Where does this rank against your other projects?",
      "Close by summarising the problem and its cost in their words, and ask whether you have it right.",
    ],
    talkTrack:
      "\"Before I show you anything, can I ask a few questions so I only show what matters to you? … So if I have it right, [problem] is costing you about [cost] a quarter and [name] decides by [date]. What did I miss?\"",
  },
  {
    title: "Insight-led discovery",
    competencyKey: "discovery",
    whenToUse: "Buyers give short answers, or meetings feel like an interrogation.",
    steps: [
      "Prepare one insight the buyer probably doesn't know: a benchmark, trend or customer finding from their industry.",
      "Share it in the first five minutes and ask how it compares with their situation.",
      "Follow each answer at least two levels deep: 'tell me more', then 'what does that cost you?'.",
      "Write down the buyer's own words for the problem and use them in the proposal.",
    ],
    talkTrack:
      "\"Across the [industry] teams we work with, the top quartile [does x] while the average [does y]. Where do you think you sit, and what would it be worth to move up?\"",
  },
  // Solution fit (including the proposal)
  {
    title: "Needs-mapped demo",
    competencyKey: "solution_fit",
    whenToUse: "After discovery and before any demo; also when demos run long and opportunities stall before a proposal.",
    steps: [
      "List the buyer's top three needs from discovery, in their words.",
      "Map one capability to each need and cut everything else from the demo.",
      "Open by confirming the three needs are still the priorities.",
      "For each need: restate it, show the capability, ask 'how would that change things for you?'.",
      "End by asking which need mattered most and who else should see it.",
    ],
    talkTrack:
      "\"Last time you said [need 1], [need 2] and [need 3] matter most. Still right? I'll show only those three; stop me if something else has come up.\"",
  },
  {
    title: "Proposal built with the buyer",
    competencyKey: "solution_fit",
    whenToUse: "The opportunity is qualified and the buyer asks for a proposal or pricing.",
    steps: [
      "Agree on a call what the proposal has to answer and who will read it.",
      "Write one page: their problem and its cost, the outcome, the solution, the investment, the timeline.",
      "Build the business case from the buyer's numbers and check them with your champion before anything is sent.",
      "Walk the decision-maker through it live instead of emailing it.",
      "End the review with an agreed decision date and the next step to reach it.",
    ],
    talkTrack:
      "\"Before I write anything, let's agree what it has to answer for [CFO]. I'd rather walk you through it than send it; can we book 30 minutes with you and [decision-maker] for the day it's ready?\"",
  },
  // Closing
  {
    title: "Next-step commitment close",
    competencyKey: "closing",
    whenToUse: "The end of every meeting and call, and any deal that has sat in one stage for more than two weeks.",
    steps: [
      "Decide before the meeting which next step you will ask for, and by when.",
      "In the last five minutes, summarise what was agreed and propose the next step with a date.",
      "Have the buyer own part of it: invite a colleague, share data, book the room.",
      "Put it in both calendars before the call ends.",
      "Send a two-line recap the same day: what was agreed, who does what, by when.",
    ],
    talkTrack:
      "\"Based on today, the sensible next step is [step] with [person]. Can we put that in for [date]? And you'll bring [their action]; does that work?\"",
  },
  {
    title: "Mutual close plan",
    competencyKey: "closing",
    whenToUse: "The proposal is agreed in principle, or before you put a deal in commit.",
    steps: [
      "With the buyer, work back from their go-live date to today in a shared document.",
      "List every step on their side: business sign-off, security review, legal, procurement, signature.",
      "Give each step, theirs and ours, an owner and a date.",
      "Review the plan at every contact; a slipped date gets a call, not an email.",
      "If the buyer won't build the plan with you, take the deal out of commit.",
    ],
    talkTrack:
      "\"You want to be live by [date]. Working back, legal needs two weeks and procurement another, so we'd need agreement by [date]. Shall we map the steps together so nothing surprises either of us?\"",
  },
  // Negotiation
  {
    title: "Give-get trading",
    competencyKey: "negotiation",
    whenToUse: "The buyer or procurement asks for a discount or better terms.",
    steps: [
      "Before the call, list what you can give and what you want back: term, volume, payment timing, start date, a case study.",
      "Set your opening position and walk-away, and agree them with your manager.",
      "Never concede on the first ask; ask what is behind the request.",
      "Trade each concession for something of equal value, and say the trade out loud.",
      "Summarise the whole package before agreeing to any single item.",
    ],
    talkTrack:
      "\"If I can move on price, what can you do on term? A two-year agreement signed by the 30th is something I can take to my side.\"",
  },
  {
    title: "Good-better-best options",
    competencyKey: "negotiation",
    whenToUse: "Proposals keep getting cut to the first budget mentioned, or average deal size is below benchmark.",
    steps: [
      "Build three options sized to the full problem found in discovery, not to the budget.",
      "Tie each option to an outcome and its value in the buyer's numbers.",
      "Present the most complete option first, anchored on the full cost of the problem.",
      "Let the buyer choose by outcome; any cut in price comes with a cut in scope.",
    ],
    talkTrack:
      "\"The full problem costs you about [x] a year. Option A solves all of it, B solves [core part], C gets one team started. Which outcome matters most to you?\"",
  },
  // Activity discipline
  {
    title: "Daily power hours",
    competencyKey: "activity_discipline",
    whenToUse: "Activity is below the daily number, or prospecting happens only when the pipeline runs dry.",
    steps: [
      "Book two 60-minute prospecting blocks a day at the hours your buyers pick up, often 8–10 and 4–6 their time.",
      "Build tomorrow's list before you leave today: 25 researched contacts per block, with one line on why each.",
      "During the block: email closed, no research. Dial, log, next.",
      "Log every outcome in the CRM before the block ends.",
      "On Friday, compare the week with the target and book next week's blocks before you leave.",
    ],
    talkTrack:
      "Voicemail in one breath: \"[Name], it's [you] from [company]. [Peer company] cut [metric] by [x]. I'll try you Thursday at 9, or reply to the email I'm sending now.\"",
  },
  {
    title: "Work back from quota",
    competencyKey: "activity_discipline",
    whenToUse: "The rep doesn't know how much activity the number needs, or next quarter's pipeline is thin.",
    steps: [
      "Divide the quota left this quarter by your average deal size: that is the deals you need.",
      "Divide back through your own ratios, won per proposal down to conversations per dial, to get the dials you need.",
      "Divide the dials by the working days left: that is your daily number.",
      "Compare it with last week's actual and put the gap into next week's blocks.",
      "Bring the calculation to your one-on-one and agree the daily number as a commitment.",
    ],
    talkTrack:
      "\"I need [N] deals. At my ratios that is [X] dials, and I have [D] working days, so my number is [X/D] a day, starting tomorrow.\"",
  },
];
