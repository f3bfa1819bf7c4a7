import "server-only";
import { db } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { leversFor } from "@/lib/coaching";
import { moveRates, type MoveRate } from "@/lib/coaching/experiments";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { loadCommitmentOutcomes } from "@/lib/server/commitments/load-commitment-outcomes";
import { loadExperimentVerdicts } from "@/lib/server/coaching/load-experiment-verdicts";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** How far back the playbook learns from: a year of scored commitments and judged experiments. */
const LOOKBACK_DAYS = 365;

/**
 * What the organization's own results say about its playbook (decision 0035): for each play, how
 * often the commitments that named it and the experiments that used it as a routine moved their
 * lever; for each commitment type (the lever it was tied to), how often it moved. Counts only — no
 * rep, manager or meeting — so everyone who reads the playbook reads them.
 */
export async function getPlaybookOutcomes(viewer: Viewer): Promise<{ byPlay: Record<string, MoveRate>; byCommitmentType: { key: string; label: string; rate: MoveRate }[] }> {
  const organizationId = viewer.organizationId;
  const settings = await loadOrganizationCoachingSettings(organizationId);
  const today = todayIn(settings.timeZone);
  const since = new Date(`${addDays(today, -LOOKBACK_DAYS)}T00:00:00Z`);
  const [commitments, plans] = await Promise.all([
    db.commitment.findMany({
      where: { organizationId, leverKey: { not: null }, createdAt: { gte: since } },
      select: { id: true, memberId: true, leverKey: true, horizonDays: true, salesPlayId: true, createdAt: true, oneOnOne: { select: { scheduledAt: true } } },
      orderBy: { createdAt: "desc" },
      take: 2_000,
    }),
    db.developmentPlan.findMany({
      where: { organizationId, competency: { kind: "REP" }, reviewOn: { gte: since, lte: new Date(`${today}T00:00:00Z`) } },
      select: { id: true, subjectId: true, leverKey: true, startedOn: true, expectedFrom: true, expectedTo: true, reviewOn: true, routines: { select: { salesPlayId: true } } },
      take: 500,
    }),
  ]);
  const organization = { id: organizationId, timeZone: settings.timeZone, currency: settings.currency, stages: settings.stages };
  const [scores, verdicts] = await Promise.all([loadCommitmentOutcomes(organization, commitments, today), loadExperimentVerdicts(organization, plans, today)]);

  const playOutcomes = [
    ...commitments.flatMap((commitment) => {
      const status = scores.get(commitment.id)?.outcome.status;
      return commitment.salesPlayId && status ? [{ key: commitment.salesPlayId, status }] : [];
    }),
    ...plans.flatMap((plan) => {
      const status = verdicts.get(plan.id)?.verdict.status;
      return status ? plan.routines.map((routine) => ({ key: routine.salesPlayId, status })) : [];
    }),
  ];
  const typeRates = moveRates(
    commitments.flatMap((commitment) => {
      const status = scores.get(commitment.id)?.outcome.status;
      return commitment.leverKey && status ? [{ key: commitment.leverKey, status }] : [];
    }),
  );
  return {
    byPlay: Object.fromEntries(moveRates(playOutcomes)),
    byCommitmentType: leversFor(settings.stages).flatMap((lever) => {
      const rate = typeRates.get(lever.key);
      return rate ? [{ key: lever.key, label: lever.label, rate }] : [];
    }),
  };
}

export type PlaybookOutcomes = Awaited<ReturnType<typeof getPlaybookOutcomes>>;
