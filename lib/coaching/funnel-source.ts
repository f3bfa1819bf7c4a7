// Where each funnel stage's counts come from: logged activity or CRM deals, never both (a won deal
// logged in the grid and imported from the CRM must not count twice). Deals can count three things:
// opportunities (deals created), the last stage (deals won) and revenue (won amounts).
export type CountSource = "activity" | "deals";

export const REVENUE_KEY = "revenue";
const OPPORTUNITIES_KEY = "opportunities";

/** The stage keys deals can count, for a funnel in order (the last stage is deals won). */
export function dealCountableStages(stageKeys: readonly string[]): string[] {
  const won = stageKeys.at(-1);
  return [...stageKeys.filter((key) => key === OPPORTUNITIES_KEY && key !== won), ...(won ? [won] : []), REVENUE_KEY];
}

/**
 * Each deal-countable stage's source: the organization's choice where it made one, else deals once
 * it has any deal, else activity. Stages deals cannot count always come from activity (not listed).
 */
export function resolveCountSources(stageKeys: readonly string[], chosen: Readonly<Record<string, CountSource>>, hasDeals: boolean): Record<string, CountSource> {
  const sources: Record<string, CountSource> = {};
  for (const key of dealCountableStages(stageKeys)) sources[key] = chosen[key] ?? (hasDeals ? "deals" : "activity");
  return sources;
}

export interface DealStageCounts {
  /** Deals created in the window. */
  opened: number;
  /** Deals won with a close date in the window. */
  won: number;
  /** Their amounts, minor units. */
  revenueMinor: number;
}

/** A rep's stage totals with every deal-sourced stage replaced by what the deals count. */
export function applyDealCounts(totals: Readonly<Record<string, number>>, deals: DealStageCounts, stageKeys: readonly string[], sources: Readonly<Record<string, CountSource>>): Record<string, number> {
  const next: Record<string, number> = { ...totals };
  const won = stageKeys.at(-1);
  for (const [key, source] of Object.entries(sources)) {
    if (source !== "deals") continue;
    if (key === REVENUE_KEY) next[key] = deals.revenueMinor;
    else if (key === won) next[key] = deals.won;
    else if (key === OPPORTUNITIES_KEY) next[key] = deals.opened;
  }
  return next;
}
