// The default leader competency framework: what a front-line sales manager has to be good at,
// used by a VP to coach managers. Three are measured by the product; the rest are judgement-only.

export interface DefaultLeaderCompetency {
  key: string;
  name: string;
  description: string;
  /** The coaching-scorecard metric that measures it; null = judgement-only. */
  metricKey: string | null;
  /** Plain words: how the product measures it, or "Judgement only: …". */
  measuredBy: string;
  /** Level 1 to 5. */
  rubric: readonly [string, string, string, string, string];
  /** Coaching questions for the VP's one-on-one with the manager. */
  questions: readonly string[];
}

export const DEFAULT_LEADER_COMPETENCIES: readonly DefaultLeaderCompetency[] = [
  {
    key: "hiring",
    name: "Hiring",
    description:
      "Defines the profile that wins in the role, runs a structured process with a work sample, and keeps a bench of candidates so a vacancy never costs a quarter.",
    metricKey: null,
    measuredBy: "Judgement only: rated from recent hires' ramp and the manager's hiring process.",
    rubric: [
      "Hires on gut feel and on resemblance to themselves. Starts looking only when someone resigns; seats stay empty for months.",
      "Has a job description and a few standard questions. Interviewers compare impressions, not evidence.",
      "Uses a written success profile, structured interviews and a role-play. Checks references against the profile.",
      "Keeps a warm bench of candidates all year. Most hires ramp on time; misses are reviewed for what the process missed.",
      "The hiring process is written down and used by other managers. New hires reach quota faster than the organization's average.",
    ],
    questions: [
      "What do your two best reps do that you would test for in an interview?",
      "If a rep resigned tomorrow, who would you call first?",
      "Which recent hire surprised you, good or bad, and what did your process miss?",
      "How does your interview role-play test the competency your team is weakest in?",
    ],
  },
  {
    key: "training_onboarding",
    name: "Training and onboarding",
    description:
      "Gets new reps productive fast with a structured ramp plan, and runs training as a process, not an event: one competency at a time, with routines practised until they show in the ratios.",
    metricKey: null,
    measuredBy: "Judgement only: rated from new hires' ramp time and whether training shows up in the ratios.",
    rubric: [
      "New reps shadow someone for a week and get a login. Training means the annual kickoff and ad hoc product updates.",
      "Has an onboarding checklist, mostly product and systems. Training topics follow whatever came up that week.",
      "Runs a 30-60-90 day ramp plan with activity and ratio milestones. Team training follows one priority competency per quarter.",
      "Trains with role-plays and recorded calls; reps practise routines between sessions. Ramp milestones are reviewed in one-on-ones.",
      "Onboarding and training are written down and reused by other teams. Ramp time and trained ratios improve quarter on quarter.",
    ],
    questions: [
      "What must a new rep be able to do by day 30, and how will you know they can?",
      "What is the team's one training priority this quarter, and which ratio should it move?",
      "How do reps practise between sessions, and who watches them do it?",
      "What did the last training session change in what reps actually do on calls?",
    ],
  },
  {
    key: "coaching",
    name: "Coaching",
    description:
      "Holds one-on-ones on a fixed cadence with the same data points every time, coaches one focus competency per rep by asking rather than telling, and watches real calls to give specific feedback.",
    metricKey: "coaching_cadence",
    measuredBy:
      "Measured: the share of one-on-ones held on cadence with each direct report, and the share of one-on-ones that worked a focus competency.",
    rubric: [
      "One-on-ones get cancelled or turn into pipeline reviews. Coaching means taking over the rep's deals.",
      "Holds most one-on-ones, but agendas vary and numbers are discussed loosely. Gives answers instead of asking questions.",
      "Holds one-on-ones on cadence with the same KPIs each time. Works one focus competency per rep and asks before telling.",
      "Watches calls or meetings monthly and gives specific, behavioural feedback. Reps leave with a routine to practise, not a to-do.",
      "Reps ask for coaching and diagnose themselves from their ratios. Other managers sit in to learn how it's done.",
    ],
    questions: [
      "Which one-on-ones slipped last month, and what took their place?",
      "What is each rep's focus competency, and how did you choose it?",
      "In your last one-on-one, how much of the time were you talking?",
      "When did you last watch a rep on a live call, and what did you tell them afterwards?",
      "Where could you have asked a question instead of giving the answer?",
    ],
  },
  {
    key: "accountability",
    name: "Driving accountability",
    description:
      "Ends every one-on-one with specific, dated commitments, reviews them first thing at the next one, and deals with misses directly and early rather than at quarter end.",
    metricKey: "commitment_completion",
    measuredBy: "Measured: the team's commitment completion rate, commitments done out of those due.",
    rubric: [
      "Commitments are vague or not recorded. Misses are noticed at quarter end, if at all.",
      "Records some commitments but rarely reviews them. Misses are excused, or the manager does the work.",
      "Every one-on-one ends with specific, dated commitments, reviewed first at the next one. Misses are discussed.",
      "A miss leads to a root-cause conversation and a changed plan. Completion is high and commitments stretch, not pad.",
      "Reps set stretching commitments and report misses before being asked. Accountability runs peer to peer, not only top down.",
    ],
    questions: [
      "Which commitments were missed last week, and what did you do about each one?",
      "Are your reps' commitments specific enough that anyone could tell whether they were done?",
      "Whose commitments are always done, and are they too easy?",
      "What conversation with a rep have you been putting off?",
    ],
  },
  {
    key: "developing_people",
    name: "Developing people",
    description:
      "Builds development plans on a measured baseline and a benchmark target, attaches sales plays to them, and turns C players into B players and B into A. Judges a plan by the ratio, not the effort.",
    metricKey: "plans_improvement",
    measuredBy:
      "Measured: the share of development plans achieved, and the change in each coached rep's focus ratio since the plan started.",
    rubric: [
      "No development plans. Underperformers are tolerated or exited; nobody in between gets deliberate attention.",
      "Plans exist for struggling reps, written as goals with no baseline or routines. Progress is judged by effort.",
      "Each plan has a focus ratio, baseline, benchmark target, sales plays and a date. Progress is reviewed in one-on-ones.",
      "Most plans move the focus ratio. Changes the routine when the data says it isn't working. Top reps get stretch plans too.",
      "C players become B and B become A as a pattern. Reps are promoted out of the team; development is the team's reputation.",
    ],
    questions: [
      "For each plan on your team, has the focus ratio moved since it started, and on how many events?",
      "Which plan isn't working, and what will you change in its routine?",
      "What is the development plan for your best rep?",
      "Who on your team could lead a team in two years, and what are you doing about it?",
    ],
  },
  {
    key: "forecasting",
    name: "Forecasting",
    description:
      "Calls the number accurately: inspects deals on evidence (dated next steps, buyer actions, decision process) rather than rep optimism, and flags risk to leadership early.",
    metricKey: null,
    measuredBy: "Judgement only: rated from the manager's forecast calls against actual results.",
    rubric: [
      "The forecast is the sum of what reps say. Misses surprise the manager as much as leadership.",
      "Applies a gut-feel haircut to rep calls. Deal reviews ask 'will it close?' rather than what the buyer has done.",
      "Inspects commit deals on evidence: next step, decision-maker, paper process. Calls land within a reasonable range.",
      "Separates commit, best case and pipeline by written criteria. Flags risk weeks ahead with a plan to cover the gap.",
      "Consistently within a few percent. Uses the stage ratios to forecast next quarter's pipeline gap, not only this quarter's.",
    ],
    questions: [
      "Which deal in your commit has the least buyer evidence behind it?",
      "On your top three deals, what has the buyer done, not said?",
      "At your team's ratios, how much pipeline do you need today to make next quarter?",
      "What did you learn from your last forecast miss?",
    ],
  },
  {
    key: "time_management",
    name: "Time management",
    description:
      "Spends most of the week coaching and developing the team rather than fighting fires and selling for them. Protects one-on-one time and delegates what others can do.",
    metricKey: null,
    measuredBy: "Judgement only: rated from the manager's calendar and where their week actually goes.",
    rubric: [
      "The day is driven by deal fires, internal requests and the manager's own selling. One-on-ones are the first thing to move.",
      "Blocks time for one-on-ones but loses much of the week to admin and reports. Steps into deals the rep could run.",
      "The calendar has protected time for one-on-ones, coaching and planning. Joins deals only when it develops the rep.",
      "Delegates admin and trains reps to handle what used to come to the manager. Coaching is the biggest block of the week.",
      "The team runs without the manager in the room. Time goes to coaching, hiring and strategy; the week is planned, not reactive.",
    ],
    questions: [
      "Roughly where did your hours go last week, and where should they have gone?",
      "What did you do last week that a rep should have done?",
      "What would you stop doing to find two more hours of coaching?",
      "Which recurring meeting could you drop or hand to someone else?",
    ],
  },
  {
    key: "team_strategy",
    name: "Team strategy",
    description:
      "Sets where the team plays and how it wins: target segments, ideal customer, positioning against competitors, new opportunities to test. Turns market change into a plan the team can act on.",
    metricKey: null,
    measuredBy: "Judgement only: rated from the team's written plan and whether reps can state it.",
    rubric: [
      "No strategy beyond 'hit the number'. Reps chase whatever comes in.",
      "Has a view of target accounts, but it isn't written down or shared. Competitive moves are answered deal by deal.",
      "A written team plan: target segments, ideal customer, key competitors and how we win. Reps can describe it.",
      "Revisits the plan when the market shifts and reframes threats as a plan of action. Tests new segments deliberately.",
      "Leadership uses the manager's read of the market to shape company strategy. Reps prioritise accounts by it unprompted.",
    ],
    questions: [
      "If I asked any of your reps which accounts they should not be working, what would they say?",
      "What changed in your market this quarter, and what did the team change because of it?",
      "Where is the team winning and losing against competitors, and why?",
      "What new opportunity would you test if you had one rep's time for a quarter?",
    ],
  },
  {
    key: "systems_processes",
    name: "Systems and processes",
    description:
      "Turns personal selling instinct into written, repeatable routines and clean CRM data, and manages from the data rather than the deal of the day, so the team performs without depending on the manager.",
    metricKey: null,
    measuredBy: "Judgement only: rated from the team's plays, its data quality and how much depends on the manager.",
    rubric: [
      "The process lives in the manager's head. CRM data is patchy; every deal is run differently.",
      "Stages and fields are defined but loosely followed. Good routines stay with the reps who invented them.",
      "Stages have clear entry criteria and the CRM is current. Winning routines are written up as sales plays.",
      "Manages from the data every week: ratios and stage movement, not anecdotes. Keeps a new play only if the ratio moves.",
      "Other teams adopt the team's processes and plays. The team hits its numbers with the manager away for two weeks.",
    ],
    questions: [
      "What does your best rep do that isn't written down anywhere?",
      "How far would you trust a report built from today's CRM data?",
      "What would break if you were away for two weeks?",
      "Which play did the team adopt this quarter, and did the ratio move?",
    ],
  },
  {
    key: "communication",
    name: "Communication",
    description:
      "Communicates up, down and sideways: gives leadership bad news early with a plan, gives reps clear priorities and honest feedback, and works with other departments to remove what costs the team deals.",
    metricKey: null,
    measuredBy: "Judgement only: rated from the manager's updates and escalations, and feedback from peers and reps.",
    rubric: [
      "Shares good news and holds bad news until it can't be hidden. Reps hear about changes late or secondhand.",
      "Reports numbers upward without context. Feedback to reps is vague, or given only when something goes wrong.",
      "Gives leadership regular, accurate updates, risks included. Reps get clear priorities and specific feedback.",
      "Brings bad news early with options. Fixes recurring blockers with other departments; reps trust what they are told.",
      "Leadership and peers seek out the manager's read. Hard messages land well and the team stays aligned through change.",
    ],
    questions: [
      "What should your VP hear from you this week before hearing it from someone else?",
      "When did you last give a rep hard feedback, and how did it land?",
      "Which blocker in another department keeps costing your team deals?",
      "How would your reps describe the team's priorities this quarter?",
    ],
  },
  {
    key: "compensation",
    name: "Compensation plans",
    description:
      "Understands, explains and shapes comp plans, incentives and recognition so they reward the behaviour the team needs, and spots early when a plan drives the wrong behaviour.",
    metricKey: null,
    measuredBy: "Judgement only: rated from the behaviour the plan produces and the manager's input to its design.",
    rubric: [
      "Can't explain the comp plan in detail and hasn't considered the behaviour it drives.",
      "Explains the plan but treats it as fixed. Uses ad hoc contests that reward short-term closing only.",
      "Every rep understands how they are paid. Incentives and recognition reinforce the team's priority competency.",
      "Spots when the plan drives the wrong behaviour, such as sandbagging or discounting, and brings evidence for a change.",
      "Shapes the company's comp design with data. Plan and recognition match the strategy, and reps trust the plan is fair.",
    ],
    questions: [
      "What behaviour is the current plan paying for that you don't want?",
      "Could each rep explain how a deal this month changes their pay?",
      "Which incentive would move your team's priority ratio?",
      "Where do you see reps timing deals around the plan?",
    ],
  },
  {
    key: "sales_planning",
    name: "Sales planning",
    description:
      "Plans the team's year: goals built bottom-up from ratios and activity rather than divided from the top, balanced territories and accounts, and capacity and headcount planned ahead of need.",
    metricKey: null,
    measuredBy: "Judgement only: rated from the annual and quarterly plan and how well it held up.",
    rubric: [
      "Takes the quota from above and splits it evenly. Territories are inherited; no view of capacity.",
      "Checks quota against last year's results. Territory and account assignment is a one-off exercise.",
      "Builds the plan bottom-up from ratios: revenue to deals, proposals, meetings and dials per rep. Knows the capacity gap.",
      "Balances territories by potential, not history. Hires ahead of need and revisits the plan quarterly against actuals.",
      "The plan is reliable enough for leadership to build on. Goals are ratio-based and realistic, and most reps reach them.",
    ],
    questions: [
      "Working back from quota, how many dials a day does each rep need at today's ratios?",
      "Which territory has the most untapped potential, and who is working it?",
      "If you lost a rep in the third quarter, how would the plan change?",
      "Which ratio would have to improve, and by how much, to close this year's gap?",
    ],
  },
  {
    key: "culture",
    name: "Culture",
    description:
      "Sets the team's tone: high standards applied to everyone, open numbers, learning from losses, and a fair balance between what is best for the company and what is best for the customer.",
    metricKey: null,
    measuredBy: "Judgement only: rated from retention, engagement and how the team behaves under pressure.",
    rubric: [
      "The loudest rep sets the culture. Numbers are hidden or used to shame, and good reps leave.",
      "Morale rides on the month's results. The customer's interest gets traded away at quarter end.",
      "Clear standards apply to everyone. Wins and losses are reviewed openly; customer outcomes count in deal decisions.",
      "Reps help each other and share plays unprompted. Good reps stay, and pressure doesn't change how the team behaves.",
      "People ask to join the team. Standards, trust and customer focus hold without the manager enforcing them.",
    ],
    questions: [
      "What behaviour do you tolerate that you wouldn't want a new hire to copy?",
      "When did the team last review a lost deal openly, and what came of it?",
      "When did you last trade the customer's interest for this quarter's number?",
      "Who on your team would leave first, and why?",
    ],
  },
];
