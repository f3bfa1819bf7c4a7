import "server-only";
import { readDb } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { leversFor, type FunnelStageDef } from "@/lib/coaching";
import { scoreCommitment, type CommitmentOutcome } from "@/lib/coaching/experiments";
import { loadLeverComparisons, type LeverComparisonRequest } from "@/lib/server/coaching/load-lever-comparisons";

/** A commitment's own baseline: the rep's lever over the 13 weeks before it was agreed. */
const COMMITMENT_BASELINE_DAYS = 91;

export interface ScorableCommitment {
  id: string;
  memberId: string;
  leverKey: string | null;
  horizonDays: number | null;
  createdAt: Date;
  /** The meeting that agreed it: its day starts the horizon. */
  oneOnOne: { scheduledAt: Date } | null;
}

export interface CommitmentScore {
  lever: { key: string; label: string };
  horizonFrom: string;
  horizonTo: string;
  outcome: CommitmentOutcome;
}

/** The horizon of a commitment tied to a lever: from the day it was agreed, `horizonDays` days. */
export function commitmentHorizon(commitment: ScorableCommitment, timeZone: string): { from: string; to: string } | null {
  if (!commitment.leverKey || !commitment.horizonDays) return null;
  const from = todayIn(timeZone, commitment.oneOnOne?.scheduledAt ?? commitment.createdAt);
  return { from, to: addDays(from, commitment.horizonDays - 1) };
}

/**
 * Each commitment tied to a lever, scored once its horizon has passed (decision 0035): the rep's
 * lever over the horizon against their own 13-week baseline, and the difference against every rep
 * of the organization without a commitment on that lever over those days. Two queries for any
 * number of commitments; one still inside its horizon is "pending" without reading activity.
 */
export async function loadCommitmentOutcomes(
  organization: { id: string; timeZone: string; currency: string; stages: FunnelStageDef[] },
  commitments: readonly ScorableCommitment[],
  asOf = todayIn(organization.timeZone),
): Promise<Map<string, CommitmentScore>> {
  const result = new Map<string, CommitmentScore>();
  const leverOf = new Map(leversFor(organization.stages).map((lever) => [lever.key, lever]));
  const tied = commitments.flatMap((commitment) => {
    const horizon = commitmentHorizon(commitment, organization.timeZone);
    const lever = commitment.leverKey ? leverOf.get(commitment.leverKey) : undefined;
    return horizon && lever ? [{ commitment, horizon, lever }] : [];
  });
  const due = tied.filter(({ horizon }) => horizon.to < asOf);
  // Reps with their own commitment on the lever over the same days are not comparable.
  const others = due.length
    ? await readDb.commitment.findMany({
        where: {
          organizationId: organization.id,
          leverKey: { in: [...new Set(due.map(({ lever }) => lever.key))] },
          createdAt: { gte: new Date(`${addDays(due.reduce((min, { horizon }) => (horizon.from < min ? horizon.from : min), asOf), -120)}T00:00:00Z`) },
        },
        select: { id: true, memberId: true, leverKey: true, horizonDays: true, createdAt: true, oneOnOne: { select: { scheduledAt: true } } },
      })
    : [];
  const requests: LeverComparisonRequest[] = due.map(({ commitment, horizon, lever }) => ({
    key: commitment.id,
    repId: commitment.memberId,
    leverKey: lever.key,
    before: { from: addDays(horizon.from, -COMMITMENT_BASELINE_DAYS), to: addDays(horizon.from, -1) },
    after: horizon,
    excludeRepIds: others.flatMap((other) => {
      const span = other.leverKey === lever.key ? commitmentHorizon(other, organization.timeZone) : null;
      return span && span.from <= horizon.to && span.to >= horizon.from ? [other.memberId] : [];
    }),
  }));
  const comparisons = await loadLeverComparisons(organization, requests);
  const empty = { numerator: 0, denominator: 0 };
  for (const { commitment, horizon, lever } of tied) {
    const comparison = comparisons.get(commitment.id);
    result.set(commitment.id, {
      lever: { key: lever.key, label: lever.label },
      horizonFrom: horizon.from,
      horizonTo: horizon.to,
      outcome: scoreCommitment({
        kind: lever.kind,
        horizonEnd: horizon.to,
        asOf,
        rep: comparison?.rep ?? { before: empty, after: empty },
        comparables: comparison?.comparables ?? [],
        label: lever.label,
        currency: organization.currency,
      }),
    });
  }
  return result;
}
