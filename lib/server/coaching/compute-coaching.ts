import "server-only";
import { primaryPool, readPool } from "@/lib/db";
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
import { loadStageTotals } from "@/lib/server/coaching/load-stage-totals";
import { loadOrganizationCoachingSettings, type OrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import type { CoachingWindow } from "@/lib/calendar/coaching-window";

// Feeds the pure engine (lib/coaching/coach-group.ts) for a group of reps with a fixed number of
// queries, whatever the group's size: settings, the reps, ONE grouped activity query, ONE quota query.

export type CoachedRep = EngineCoachedRep;
export type CoachedGroup = EngineCoachedGroup<CoachingWindow, OrganizationCoachingSettings>;
export type { CoachingInputs };
export { coachGroup, toActivityTotals };

/**
 * The reps' quotas overlapping the window (and, with `alsoPeriod`, those of that period), oldest
 * first. Plain SQL on the read pool: on the hot path the ORM's query building and row mapping cost
 * more than the query (docs/performance.md).
 */
export async function loadQuotaRows(organizationId: string, repIds: readonly string[], window: { from: string; to: string }, alsoPeriod?: string): Promise<QuotaRow[]> {
  if (repIds.length === 0) return [];
  const { rows } = await readPool().query<{ repId: string; period: string; periodStart: string; periodEnd: string; amountMinor: string }>(
    `SELECT "repId", "period", "periodStart"::text AS "periodStart", "periodEnd"::text AS "periodEnd", "amountMinor"::text AS "amountMinor"
     FROM "Quota"
     WHERE "organizationId" = $1 AND "repId" = ANY($2::text[])
       AND (("periodStart" <= $3::date AND "periodEnd" >= $4::date) ${alsoPeriod === undefined ? "" : `OR "period" = $5`})
     ORDER BY "createdAt" ASC, "id" ASC`,
    alsoPeriod === undefined ? [organizationId, [...repIds], window.to, window.from] : [organizationId, [...repIds], window.to, window.from, alsoPeriod],
  );
  return rows.map((row) => ({ repId: row.repId, period: row.period, periodStart: row.periodStart, periodEnd: row.periodEnd, amountMinor: Number(row.amountMinor) }));
}

async function loadQuotas(organizationId: string, repIds: readonly string[], window: CoachingWindow): Promise<Map<string, number>> {
  return quotasForWindow(await loadQuotaRows(organizationId, repIds, window), window);
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
  // Settings and inputs depend on nothing of each other: one round trip, not two. The inputs go
  // first: their sums are the slowest statement, and each statement sent costs a syscall.
  const [inputs, settings] = await Promise.all([
    loadCoachingInputs(
      input.organizationId,
      input.reps.map((rep) => rep.id),
      input.window,
    ),
    input.settings ?? loadOrganizationCoachingSettings(input.organizationId),
  ]);
  return coachGroup({ settings, teamId: input.teamId, reps: input.reps, window: input.window, inputs });
}

/** The active reps of one team, for computeCoaching (plain SQL on the primary, like the ORM read it). */
export async function loadTeamRoster(organizationId: string, teamId: string): Promise<{ id: string; name: string; email: string; teamId: string | null }[]> {
  const { rows } = await primaryPool().query<{ id: string; name: string; email: string; teamId: string | null }>(
    `SELECT "id", "name", "email", "teamId" FROM "User" WHERE "organizationId" = $1 AND "teamId" = $2 AND "role" = 'REP' AND "active" ORDER BY "name" ASC`,
    [organizationId, teamId],
  );
  return rows;
}
