import "server-only";
import { db } from "@/lib/db";
import { resolvePeriod, type PeriodRequest, type ResolvedPeriod } from "@/lib/calendar/period";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** The period asked for (a window, a fiscal quarter or from/to), or the 90 days up to today in the organization's time zone: the same resolution as every other figure. */
export async function resolveDealPeriod(viewer: Viewer, request: PeriodRequest): Promise<ResolvedPeriod> {
  const organization = await db.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: { fiscalYearStartMonth: true, timeZone: true } });
  return resolvePeriod(request, organization);
}
