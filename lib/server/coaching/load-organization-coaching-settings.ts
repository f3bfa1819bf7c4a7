import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { BenchmarkRecord } from "@/lib/coaching";
import { dayKey } from "@/lib/calendar/days";
import type { Cadence } from "@/lib/coaching/cadence";
import type { CoachingSettings } from "@/lib/coaching/coach-group";

export interface OrganizationCoachingSettings extends CoachingSettings {
  /** The one-on-one cadence of a manager who has not set their own. */
  defaultCadence: Cadence;
}

/** What the engine needs from the organization: funnel, benchmarks (all dates), competencies, thresholds. */
export async function loadOrganizationCoachingSettings(organizationId: string): Promise<OrganizationCoachingSettings> {
  const [organization, stages, benchmarks, competencies] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { currency: true, timeZone: true, fiscalYearStartMonth: true, confidenceThreshold: true, gradeAThreshold: true, gradeBThreshold: true, defaultCadence: true, focusRule: true },
    }),
    db.funnelStage.findMany({ where: { organizationId }, select: { key: true, label: true }, orderBy: { position: "asc" } }),
    db.benchmark.findMany({
      where: { organizationId, retractedAt: null },
      select: { teamId: true, leverKey: true, value: true, effectiveFrom: true },
      orderBy: [{ effectiveFrom: "asc" }, { createdAt: "asc" }],
    }),
    db.competency.findMany({
      where: { organizationId, kind: "REP", retiredAt: null, leverKey: { not: null } },
      select: { id: true, name: true, leverKey: true },
      orderBy: { position: "asc" },
    }),
  ]);
  const byLever: Partial<Record<string, { id: string; name: string }>> = {};
  for (const competency of competencies)
    if (competency.leverKey && !byLever[competency.leverKey]) byLever[competency.leverKey] = { id: competency.id, name: competency.name };
  return {
    currency: organization.currency,
    timeZone: organization.timeZone,
    fiscalYearStartMonth: organization.fiscalYearStartMonth,
    defaultCadence: organization.defaultCadence,
    confidenceThreshold: organization.confidenceThreshold,
    focusRule: organization.focusRule === "EFFORT_FIRST" ? "effort_first" : "revenue_at_stake",
    gradeThresholds: { a: organization.gradeAThreshold, b: organization.gradeBThreshold },
    stages,
    benchmarkRecords: latestPerDay(benchmarks),
    competencies: byLever,
  };
}

/** The settings, read once per request (React's cache; outside a request every call reads). */
export const loadCoachingSettings = cache((organizationId: string) => loadOrganizationCoachingSettings(organizationId));

/** Several changes on one day: the last one made is the one in force. */
function latestPerDay(rows: { teamId: string | null; leverKey: string; value: number; effectiveFrom: Date }[]): BenchmarkRecord[] {
  const byKey = new Map<string, BenchmarkRecord>();
  for (const row of rows) {
    const effectiveFrom = dayKey(row.effectiveFrom);
    byKey.set(`${row.teamId ?? ""}|${row.leverKey}|${effectiveFrom}`, { lever: row.leverKey, value: row.value, effectiveFrom, teamId: row.teamId });
  }
  return [...byKey.values()];
}
