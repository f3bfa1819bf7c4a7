// Splitting a goal over teams or reps, and spotting over-allocation. Pure: amounts are integer
// minor units and every split adds up to the total exactly.

export type SplitMethod = "even" | "proportional";

/** The unit a split works in: whole major units when the total is a whole amount, else minor units. */
export function splitUnit(totalMinor: number, minorDigits: number): number {
  const major = 10 ** Math.max(0, Math.floor(minorDigits));
  return totalMinor % major === 0 ? major : 1;
}

/**
 * Shares of `totalMinor` in proportion to `weights` (largest remainder, in multiples of `unit`):
 * the shares add up to the total exactly. Null when no weight is positive (nothing to go by).
 */
export function splitByWeights(totalMinor: number, weights: readonly number[], unit = 1): number[] | null {
  const clean = weights.map((weight) => (Number.isFinite(weight) && weight > 0 ? weight : 0));
  const sum = clean.reduce((total, weight) => total + weight, 0);
  if (!(sum > 0) || !(totalMinor >= 0) || !Number.isSafeInteger(totalMinor)) return null;
  const step = Number.isSafeInteger(unit) && unit > 0 && totalMinor % unit === 0 ? unit : 1;
  const units = totalMinor / step;
  const exact = clean.map((weight) => (units * weight) / sum);
  const shares = exact.map((value) => Math.floor(value));
  let left = units - shares.reduce((total, share) => total + share, 0);
  // Hand the units lost to flooring to the largest remainders (earlier entries win ties).
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    if (clean[index] === 0) continue;
    shares[index] = (shares[index] ?? 0) + 1;
    left--;
  }
  // Floating-point rounding can overshoot by a unit: take it back from the smallest remainders.
  for (const { index } of [...order].reverse()) {
    if (left >= 0) break;
    if ((shares[index] ?? 0) <= 0) continue;
    shares[index] = (shares[index] ?? 0) - 1;
    left++;
  }
  return shares.map((share) => share * step);
}

/** Equal shares (differing by at most one unit) that add up to the total. */
export function splitEvenly(totalMinor: number, count: number, unit = 1): number[] {
  if (count <= 0) return [];
  return (
    splitByWeights(
      totalMinor,
      Array.from({ length: count }, () => 1),
      unit,
    ) ?? Array.from({ length: count }, () => 0)
  );
}

/** What a split method gives; null for "proportional" when last period's results are all zero. */
export function splitGoal(method: SplitMethod, totalMinor: number, lastPeriodResults: readonly number[], unit = 1): number[] | null {
  return method === "even" ? splitEvenly(totalMinor, lastPeriodResults.length, unit) : splitByWeights(totalMinor, lastPeriodResults, unit);
}

/** One level of the cascade: a goal (organization or team) and what is allocated under it. */
export interface AllocationScope {
  /** "organization", or the team's id. */
  scope: string;
  name: string;
  goalMinor: number | null;
  allocatedMinor: number;
}

/** How much more is allocated than the goal (0 when within it, or when there is no goal to exceed). */
export function overAllocatedBy(scope: Pick<AllocationScope, "goalMinor" | "allocatedMinor">): number {
  return scope.goalMinor === null ? 0 : Math.max(0, scope.allocatedMinor - scope.goalMinor);
}

export interface OverAllocation extends AllocationScope {
  overMinor: number;
}

/**
 * The scopes a change leaves over-allocated by more than before it: creating or deepening an
 * over-allocation needs an explicit confirmation; reducing one does not.
 */
export function newOverAllocations(before: readonly AllocationScope[], after: readonly AllocationScope[]): OverAllocation[] {
  const previous = new Map(before.map((scope) => [scope.scope, overAllocatedBy(scope)]));
  return after
    .map((scope) => ({ ...scope, overMinor: overAllocatedBy(scope) }))
    .filter((scope) => scope.overMinor > 0 && scope.overMinor > (previous.get(scope.scope) ?? 0));
}
