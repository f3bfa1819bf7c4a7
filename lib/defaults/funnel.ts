// The default funnel every new organization starts with (an ADMIN can edit it later).
// Lever keys: "volume" (top-of-funnel activity per working day), `${from}_to_${to}` for each
// pair of consecutive stages, and "deal_size" (revenue / deals won).

export interface DefaultStage {
  key: string;
  label: string;
}

export const DEFAULT_FUNNEL: readonly DefaultStage[] = [
  { key: "dials", label: "Dials" },
  { key: "conversations", label: "Conversations" },
  { key: "meetings", label: "Meetings held" },
  { key: "opportunities", label: "Opportunities" },
  { key: "proposals", label: "Proposals" },
  { key: "won", label: "Deals won" },
];

/** The lever keys of a funnel, in funnel order: volume, each consecutive ratio, deal size. */
export function leverKeysOf(stages: readonly DefaultStage[]): string[] {
  const keys = ["volume"];
  for (let i = 1; i < stages.length; i++) {
    const from = stages[i - 1];
    const to = stages[i];
    if (from && to) keys.push(`${from.key}_to_${to.key}`);
  }
  keys.push("deal_size");
  return keys;
}

/** volume, dials_to_conversations, …, proposals_to_won, deal_size. */
export const DEFAULT_LEVER_KEYS: readonly string[] = leverKeysOf(DEFAULT_FUNNEL);
