import "server-only";
import { cache } from "react";
import { primaryPool } from "@/lib/db";
import type { BenchmarkRecord } from "@/lib/coaching";
import type { Cadence } from "@/lib/coaching/cadence";
import type { CoachingSettings } from "@/lib/coaching/coach-group";

export interface OrganizationCoachingSettings extends CoachingSettings {
  /** The one-on-one cadence of a manager who has not set their own. */
  defaultCadence: Cadence;
}

interface SettingsRow {
  currency: string;
  timeZone: string;
  fiscalYearStartMonth: number;
  confidenceThreshold: number;
  gradeAThreshold: number;
  gradeBThreshold: number;
  defaultCadence: Cadence;
  focusRule: string;
  stages: { key: string; label: string }[];
  benchmarks: { teamId: string | null; leverKey: string; value: number; effectiveFrom: string }[];
  competencies: { id: string; name: string; leverKey: string }[];
}

/** What the engine needs from the organization: funnel, benchmarks (all dates), competencies, thresholds. */
export async function loadOrganizationCoachingSettings(organizationId: string): Promise<OrganizationCoachingSettings> {
  // Read on every coaching page: ONE statement (the lists as JSON) instead of four ORM queries,
  // which took four pooled connections and the ORM's row mapping per request (docs/performance.md).
  const { rows } = await primaryPool().query<SettingsRow>(
    `SELECT o."currency", o."timeZone", o."fiscalYearStartMonth", o."confidenceThreshold", o."gradeAThreshold", o."gradeBThreshold", o."defaultCadence"::text AS "defaultCadence", o."focusRule"::text AS "focusRule",
       (SELECT COALESCE(json_agg(json_build_object('key', s."key", 'label', s."label") ORDER BY s."position"), '[]'::json)
          FROM "FunnelStage" s WHERE s."organizationId" = o."id") AS stages,
       (SELECT COALESCE(json_agg(json_build_object('teamId', b."teamId", 'leverKey', b."leverKey", 'value', b."value", 'effectiveFrom', b."effectiveFrom"::text) ORDER BY b."effectiveFrom", b."createdAt"), '[]'::json)
          FROM "Benchmark" b WHERE b."organizationId" = o."id" AND b."retractedAt" IS NULL) AS benchmarks,
       (SELECT COALESCE(json_agg(json_build_object('id', c."id", 'name', c."name", 'leverKey', c."leverKey") ORDER BY c."position"), '[]'::json)
          FROM "Competency" c WHERE c."organizationId" = o."id" AND c."kind" = 'REP' AND c."retiredAt" IS NULL AND c."leverKey" IS NOT NULL) AS competencies
     FROM "Organization" o WHERE o."id" = $1`,
    [organizationId],
  );
  const organization = rows[0];
  if (!organization) throw new Error(`organization ${organizationId} not found`);
  const byLever: Partial<Record<string, { id: string; name: string }>> = {};
  for (const competency of organization.competencies) if (!byLever[competency.leverKey]) byLever[competency.leverKey] = { id: competency.id, name: competency.name };
  return {
    currency: organization.currency,
    timeZone: organization.timeZone,
    fiscalYearStartMonth: organization.fiscalYearStartMonth,
    defaultCadence: organization.defaultCadence,
    confidenceThreshold: organization.confidenceThreshold,
    focusRule: organization.focusRule === "EFFORT_FIRST" ? "effort_first" : "revenue_at_stake",
    gradeThresholds: { a: organization.gradeAThreshold, b: organization.gradeBThreshold },
    stages: organization.stages,
    benchmarkRecords: latestPerDay(organization.benchmarks),
    competencies: byLever,
  };
}

/** The settings, read once per request (React's cache; outside a request every call reads). */
export const loadCoachingSettings = cache((organizationId: string) => loadOrganizationCoachingSettings(organizationId));

/** Several changes on one day: the last one made is the one in force. */
function latestPerDay(rows: SettingsRow["benchmarks"]): BenchmarkRecord[] {
  const byKey = new Map<string, BenchmarkRecord>();
  for (const row of rows) {
    const effectiveFrom = row.effectiveFrom;
    byKey.set(`${row.teamId ?? ""}|${row.leverKey}|${effectiveFrom}`, { lever: row.leverKey, value: row.value, effectiveFrom, teamId: row.teamId });
  }
  return [...byKey.values()];
}
