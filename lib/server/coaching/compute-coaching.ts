import "server-only";
import { db, readDb } from "@/lib/db";
import { dayKey } from "@/lib/calendar/days";
import {
  coachGroup,
  quotasForWindow,
  toActivityTotals,
  type CoachedGroup as EngineCoachedGroup,
  type CoachedRep as EngineCoachedRep,
  type CoachingInputs,
  type QuotaRow,
  type RosterEntry,
} from "@/lib/coaching/coach-group";
import { loadStageTotals } from "@/lib/server/activity/load-stage-totals";
import { loadOrganizationCoachingSettings, type OrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import type { CoachingWindow } from "@/lib/calendar/coaching-window";

// Feeds the pure engine (lib/coaching/coach-group.ts) for a group of reps with a fixed number of
// queries, whatever the group's size: settings, the reps, ONE grouped activity query, ONE quota query.

export type CoachedRep = EngineCoachedRep;
export type CoachedGroup = EngineCoachedGroup<CoachingWindow, OrganizationCoachingSettings>;
export type { CoachingInputs };
export { coachGroup, toActivityTotals };

async function loadQuotas(organizationId: string, repIds: readonly string[], window: CoachingWindow): Promise<Map<string, number>> {
  const quotas = await readDb.quota.findMany({
    where: {
      organizationId,
      repId: { in: [...repIds] },
      periodStart: { lte: new Date(`${window.to}T00:00:00Z`) },
      periodEnd: { gte: new Date(`${window.from}T00:00:00Z`) },
    },
    select: { repId: true, period: true, periodStart: true, periodEnd: true, amountMinor: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return quotasForWindow(quotas.map(toQuotaRow), window);
}

/** A stored quota as the engine reads it. */
export function toQuotaRow(quota: { repId: string; period: string; periodStart: Date; periodEnd: Date; amountMinor: bigint }): QuotaRow {
  return { repId: quota.repId, period: quota.period, periodStart: dayKey(quota.periodStart), periodEnd: dayKey(quota.periodEnd), amountMinor: Number(quota.amountMinor) };
}

/** The two grouped queries behind any number of reps: stage totals and quotas over the window. */
export async function loadCoachingInputs(organizationId: string, repIds: readonly string[], window: CoachingWindow): Promise<CoachingInputs> {
  const [stageTotals, quotas] = await Promise.all([loadStageTotals(organizationId, repIds, window), loadQuotas(organizationId, repIds, window)]);
  return { stageTotals, quotas };
}

/** Loads and coaches one group of reps (already scoped to the viewer by the caller). */
export async function computeCoaching(input: {
  organizationId: string;
  teamId: string | null;
  reps: readonly RosterEntry[];
  window: CoachingWindow;
  settings?: OrganizationCoachingSettings;
}): Promise<CoachedGroup> {
  // Settings and inputs depend on nothing of each other: one round trip, not two.
  const [settings, inputs] = await Promise.all([
    input.settings ?? loadOrganizationCoachingSettings(input.organizationId),
    loadCoachingInputs(
      input.organizationId,
      input.reps.map((rep) => rep.id),
      input.window,
    ),
  ]);
  return coachGroup({ settings, teamId: input.teamId, reps: input.reps, window: input.window, inputs });
}

/** The active reps of one team, for computeCoaching. */
export async function loadTeamRoster(organizationId: string, teamId: string) {
  return db.user.findMany({
    where: { organizationId, teamId, role: "REP", active: true },
    select: { id: true, name: true, email: true, teamId: true },
    orderBy: { name: "asc" },
  });
}
