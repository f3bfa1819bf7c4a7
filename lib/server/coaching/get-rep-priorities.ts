import "server-only";
import { cache } from "react";
import { getVisibleRep } from "@/lib/server/access/get-visible-rep";
import { computeCoaching, loadTeamRoster } from "@/lib/server/coaching/compute-coaching";
import { windowOfDays, type CoachingWindow } from "@/lib/calendar/coaching-window";
import { periodDays } from "@/lib/calendar/period";
import { loadCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { todayIn } from "@/lib/calendar/days";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * One rep's priorities, shrunk toward their team's pooled rates (the whole organization's for a
 * rep without a team). The rep must be visible to the viewer (NotFoundError otherwise). The rep's
 * read model: the profile, /me, the one-on-one snapshot, plans and the priorities API read it, and
 * within one request each window is computed once.
 */
export function getRepPriorities(viewer: Viewer, repId: string, period: { windowDays: number; asOf?: string } | { from: string; to: string }) {
  return "from" in period ? loadRepReadModel(viewer, repId, undefined, period.from, period.to) : loadRepReadModel(viewer, repId, period.windowDays, undefined, period.asOf);
}

// Primitive arguments: React's cache() compares them by identity.
const loadRepReadModel = cache(async (viewer: Viewer, repId: string, windowDays: number | undefined, from: string | undefined, asOf: string | undefined) => {
  const [rep, settings] = await Promise.all([getVisibleRep(viewer, repId), loadCoachingSettings(viewer.organizationId)]);
  const to = asOf ?? todayIn(settings.timeZone);
  const window: CoachingWindow = from ? { key: "custom", label: `${from} to ${to}`, from, to, days: periodDays(from, to) } : windowOfDays(windowDays ?? 90, to);
  // The prior comes from teammates the viewer may not see one by one: only pooled counts leave here.
  const roster = rep.teamId
    ? await loadTeamRoster(viewer.organizationId, rep.teamId)
    : await db.user.findMany({
        where: { organizationId: viewer.organizationId, role: "REP", active: true },
        select: { id: true, name: true, email: true, teamId: true },
      });
  if (!roster.some((member) => member.id === rep.id)) roster.push({ id: rep.id, name: rep.name, email: rep.email, teamId: rep.teamId });
  const group = await computeCoaching({ organizationId: viewer.organizationId, teamId: rep.teamId, reps: roster, window, settings });
  const coached = group.reps.find((member) => member.id === rep.id);
  if (!coached) throw new Error("rep missing from their own coaching group");
  return { rep: coached, window, currency: settings.currency, levers: group.levers, benchmarks: group.benchmarks, pooled: group.pooled, settings };
});
