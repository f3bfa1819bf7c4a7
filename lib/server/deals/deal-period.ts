import "server-only";
import { db } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { fiscalQuarterOf, parsePeriodKey, previousQuarter } from "@/lib/calendar/periods";
import type { DealPeriod } from "@/lib/coaching/deal-figures";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export const DEFAULT_DEAL_PERIOD_DAYS = 90;
const QUARTERS_OFFERED = 5;

export interface DealPeriodRequest {
  from?: string;
  to?: string;
  /** A fiscal quarter key ("2026-Q1") chosen on a screen; wins over from/to. */
  quarter?: string;
}

export interface ResolvedDealPeriod extends DealPeriod {
  /** The fiscal quarter key when the period is one, else null. */
  quarter: string | null;
  label: string;
  /** The current fiscal quarter and the ones before it, newest first, for a screen's period choice. */
  quarters: { key: string; from: string; to: string }[];
}

/** The period asked for (a fiscal quarter, or from/to), or the 90 days up to today in the organization's time zone. */
export async function resolveDealPeriod(viewer: Viewer, request: DealPeriodRequest): Promise<ResolvedDealPeriod> {
  const organization = await db.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: { fiscalYearStartMonth: true, timeZone: true } });
  const today = todayIn(organization.timeZone);
  const quarters: ResolvedDealPeriod["quarters"] = [];
  let quarter = fiscalQuarterOf(today, organization.fiscalYearStartMonth);
  for (let index = 0; index < QUARTERS_OFFERED; index++) {
    quarters.push({ key: quarter.key, from: quarter.start, to: quarter.end });
    quarter = previousQuarter(quarter, organization.fiscalYearStartMonth);
  }
  const chosen = request.quarter ? parsePeriodKey(request.quarter, organization.fiscalYearStartMonth) : null;
  if (chosen && chosen.key.includes("-Q")) return { from: chosen.start, to: chosen.end, quarter: chosen.key, label: chosen.key, quarters };
  if (request.from && request.to) return { from: request.from, to: request.to, quarter: null, label: `${request.from} to ${request.to}`, quarters };
  return { from: addDays(today, -(DEFAULT_DEAL_PERIOD_DAYS - 1)), to: today, quarter: null, label: `the ${DEFAULT_DEAL_PERIOD_DAYS} days to today`, quarters };
}
