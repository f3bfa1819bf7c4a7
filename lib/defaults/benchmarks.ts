// Default organization benchmarks by lever key: orders of magnitude for B2B software sales
// (connect rate ~5 % average / ~13 % top quartile, meeting → opportunity ~59 % for top teams,
// win rate ~20 %). A VP replaces them with the organization's own figures.
// Ratios are fractions; volume is dials per working day; deal_size is in minor units.

export const DEFAULT_BENCHMARKS: Readonly<Record<string, number>> = {
  volume: 50,
  dials_to_conversations: 0.1,
  conversations_to_meetings: 0.35,
  meetings_to_opportunities: 0.55,
  opportunities_to_proposals: 0.6,
  proposals_to_won: 0.25,
  deal_size: 2_400_000, // $24,000
};
