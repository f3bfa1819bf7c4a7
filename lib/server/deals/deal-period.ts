import "server-only";
import { resolvePeriod, type PeriodRequest, type ResolvedPeriod } from "@/lib/calendar/period";
import { loadCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** The period asked for (a window, a fiscal quarter or from/to), or the 90 days up to today in the organization's time zone: the same resolution as every other figure. */
export async function resolveDealPeriod(viewer: Viewer, request: PeriodRequest): Promise<ResolvedPeriod> {
  // The request's settings (read once per request, and already read by a screen's figures).
  const settings = await loadCoachingSettings(viewer.organizationId);
  return resolvePeriod(request, settings);
}
