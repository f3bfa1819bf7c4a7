// The demo organization's people. Each rep has a selling profile so the product has distinct
// stories to tell: who is weak at opening, discovery or closing, who sells small, who is new.
export interface SellingProfile {
  /** Dials per working day. */
  volume: number;
  dialsToConversations: number;
  conversationsToMeetings: number;
  meetingsToOpportunities: number;
  opportunitiesToProposals: number;
  proposalsToWon: number;
  /** Average deal size in dollars. */
  dealSize: number;
}

export interface DemoRep {
  email: string;
  name: string;
  story: string;
  profile: SellingProfile;
  /** Working days of history; a brand-new rep has only a few. */
  historyDays?: number;
  /** Quarterly quota in dollars when it is not the usual $250k. */
  quotaDollars?: number;
  /**
   * On a development plan (owned by the team's manager) on one lever since `startedDaysAgo`; from
   * then on the lever runs at `improvedTo` — so the coaching analytics have a measured change of
   * coached reps to set against their uncoached peers.
   */
  coached?: { lever: CoachedLever; startedDaysAgo: number; improvedTo: number };
}

/** The profile fields a development plan can move, by the engine's lever key. */
export const COACHED_LEVERS = {
  volume: "volume",
  dials_to_conversations: "dialsToConversations",
  conversations_to_meetings: "conversationsToMeetings",
  meetings_to_opportunities: "meetingsToOpportunities",
  opportunities_to_proposals: "opportunitiesToProposals",
  proposals_to_won: "proposalsToWon",
  deal_size: "dealSize",
} as const satisfies Record<string, keyof SellingProfile>;
export type CoachedLever = keyof typeof COACHED_LEVERS;

export interface DemoTeam {
  name: string;
  manager: { email: string; name: string; coachingStyle: "exemplary" | "skips_one_on_ones" | "commitments_slip" };
  reps: DemoRep[];
}

const SOLID: SellingProfile = {
  volume: 50,
  dialsToConversations: 0.1,
  conversationsToMeetings: 0.36,
  meetingsToOpportunities: 0.56,
  opportunitiesToProposals: 0.6,
  proposalsToWon: 0.26,
  dealSize: 24_000,
};

// Ratios compound: a rep a little better at every stage sells far more, so an A player is only
// a few points better than solid on each ratio.
const A_PLAYER: SellingProfile = {
  volume: 52,
  dialsToConversations: 0.115,
  conversationsToMeetings: 0.39,
  meetingsToOpportunities: 0.59,
  opportunitiesToProposals: 0.63,
  proposalsToWon: 0.29,
  dealSize: 25_000,
};

const tweak = (base: SellingProfile, change: Partial<SellingProfile>): SellingProfile => ({ ...base, ...change });

export const DEMO_TEAMS: DemoTeam[] = [
  {
    name: "East Enterprise",
    manager: { email: "manager1@acme.test", name: "Dana Whitfield", coachingStyle: "exemplary" },
    reps: [
      { email: "rep1@acme.test", name: "Jordan Ellis", story: "A player: above benchmark on every ratio", profile: A_PLAYER },
      { email: "rep2@acme.test", name: "Priya Raman", story: "Weak at discovery: meetings rarely become opportunities", profile: tweak(SOLID, { meetingsToOpportunities: 0.22 }) },
      { email: "rep3@acme.test", name: "Marcus Lee", story: "Weak closer: proposals rarely become wins", profile: tweak(SOLID, { proposalsToWon: 0.08 }) },
      { email: "rep4@acme.test", name: "Sofia Alvarez", story: "Weak at opening, improving on a plan", profile: tweak(SOLID, { dialsToConversations: 0.045 }), coached: { lever: "dials_to_conversations", startedDaysAgo: 70, improvedTo: 0.08 } },
      { email: "rep5@acme.test", name: "Ethan Brooks", story: "Low volume: converts well, dialling more since his plan", profile: tweak(SOLID, { volume: 22 }), coached: { lever: "volume", startedDaysAgo: 63, improvedTo: 36 } },
      { email: "rep6@acme.test", name: "Hannah Kim", story: "Small deals: wins often, deals growing on a plan", profile: tweak(SOLID, { dealSize: 8_500, proposalsToWon: 0.3 }), coached: { lever: "deal_size", startedDaysAgo: 56, improvedTo: 13_000 } },
      { email: "rep7@acme.test", name: "Lucas Martin", story: "Solid all round", profile: SOLID },
      { email: "rep8@acme.test", name: "Ava Thompson", story: "Brand new: four days of activity", profile: SOLID, historyDays: 4 },
    ],
  },
  {
    name: "West Mid-Market",
    manager: { email: "manager2@acme.test", name: "Ray Okafor", coachingStyle: "skips_one_on_ones" },
    reps: [
      { email: "rep9@acme.test", name: "Chloe Nguyen", story: "A player", profile: tweak(A_PLAYER, { volume: 55 }) },
      { email: "rep10@acme.test", name: "Noah Patel", story: "Solid all round", profile: SOLID },
      { email: "rep11@acme.test", name: "Mia Johnson", story: "Weak at meeting setting", profile: tweak(SOLID, { conversationsToMeetings: 0.18 }) },
      { email: "rep12@acme.test", name: "Liam Garcia", story: "On pace only thanks to volume", profile: tweak(SOLID, { volume: 80, proposalsToWon: 0.17 }), quotaDollars: 230_000 },
      { email: "rep13@acme.test", name: "Zoe Carter", story: "Weak at solution fit: opportunities stall before a proposal", profile: tweak(SOLID, { opportunitiesToProposals: 0.3 }) },
      { email: "rep14@acme.test", name: "Owen Davies", story: "A player", profile: A_PLAYER },
      { email: "rep15@acme.test", name: "Isla Moreau", story: "Solid, slightly small deals", profile: tweak(SOLID, { dealSize: 19_000 }) },
    ],
  },
  {
    name: "Central SMB",
    manager: { email: "manager3@acme.test", name: "Grace Holloway", coachingStyle: "commitments_slip" },
    reps: [
      { email: "rep16@acme.test", name: "Benjamin Scott", story: "A player", profile: A_PLAYER },
      { email: "rep17@acme.test", name: "Amelia Wright", story: "A player", profile: tweak(A_PLAYER, { dealSize: 24_000 }) },
      { email: "rep18@acme.test", name: "Henry Adams", story: "Weak closer, a plan barely moving", profile: tweak(SOLID, { proposalsToWon: 0.11 }), coached: { lever: "proposals_to_won", startedDaysAgo: 70, improvedTo: 0.125 } },
      { email: "rep19@acme.test", name: "Ella Robinson", story: "Weak at discovery, a plan barely moving", profile: tweak(SOLID, { meetingsToOpportunities: 0.3 }), coached: { lever: "meetings_to_opportunities", startedDaysAgo: 63, improvedTo: 0.33 } },
      { email: "rep20@acme.test", name: "Jack Turner", story: "Solid all round", profile: SOLID },
      { email: "rep21@acme.test", name: "Lily Evans", story: "Low volume, a plan barely moving", profile: tweak(SOLID, { volume: 28 }), coached: { lever: "volume", startedDaysAgo: 63, improvedTo: 30 } },
      { email: "rep22@acme.test", name: "Samuel Hughes", story: "Solid all round", profile: SOLID },
      { email: "rep23@acme.test", name: "Grace Liu", story: "Weak at opening, on a plan that has not moved it", profile: tweak(SOLID, { dialsToConversations: 0.06 }), coached: { lever: "dials_to_conversations", startedDaysAgo: 56, improvedTo: 0.06 } },
      { email: "rep24@acme.test", name: "Daniel Moore", story: "Solid, slightly low volume", profile: tweak(SOLID, { volume: 40 }) },
    ],
  },
];

export const DEMO_ADMIN = { email: "admin@acme.test", name: "Avery Chen" };
export const DEMO_VP = { email: "vp@acme.test", name: "Morgan Blake" };
export const DEMO_PASSWORD = "coachboard-demo";
export const DEMO_ORGANIZATION = { slug: "acme", name: "Acme Software", currency: "USD", timeZone: "America/New_York" };
