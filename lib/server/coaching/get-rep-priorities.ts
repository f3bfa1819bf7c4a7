import "server-only";
import { getVisibleRep } from "@/lib/server/access/get-visible-rep";
import { computeCoaching, loadTeamRoster } from "@/lib/server/coaching/compute-coaching";
import { windowOfDays } from "@/lib/calendar/coaching-window";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { todayIn } from "@/lib/calendar/days";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * One rep's priorities, shrunk toward their team's pooled rates (the whole organization's for a
 * rep without a team). The rep must be visible to the viewer (NotFoundError otherwise).
 */
export async function getRepPriorities(viewer: Viewer, repId: string, options: { windowDays: number; asOf?: string }) {
  const rep = await getVisibleRep(viewer, repId);
  const settings = await loadOrganizationCoachingSettings(viewer.organizationId);
  const window = windowOfDays(options.windowDays, options.asOf ?? todayIn(settings.timeZone));
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
}
