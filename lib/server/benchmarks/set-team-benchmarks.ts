import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { leversFor } from "@/lib/coaching";
import { todayIn, dayKey } from "@/lib/calendar/days";
import { toMinorUnits } from "@/lib/money";
import { getVisibleTeam } from "@/lib/server/access/get-visible-team";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError, InvalidInputError } from "@/lib/server/http/errors";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { auditActor, viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

/**
 * VP or ADMIN: benchmarks `{ lever: value }` for a team (or the organization, teamId null),
 * effective from a day (default today; history is kept: rows are added, never changed). Conversion ratios are fractions in (0, 1]; volume is top-of-funnel per
 * working day; deal_size is in the organization's currency (major units).
 */
export async function setTeamBenchmarks(viewer: Viewer, teamId: string | null, values: Record<string, number>, effectiveFromDay?: string) {
  if (!can(viewer, "benchmark.set")) throw new ForbiddenError("Only a VP or an administrator can set benchmarks");
  // null = the organization's own benchmark, which applies wherever a team has none.
  const team = teamId === null ? null : await getVisibleTeam(viewer, teamId);
  const settings = await loadOrganizationCoachingSettings(viewer.organizationId);
  const levers = new Map(leversFor(settings.stages).map((lever) => [lever.key, lever]));
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    const lever = levers.get(key);
    if (!lever) fieldErrors[key] = [`unknown lever (one of ${[...levers.keys()].join(", ")})`];
    else if (lever.kind === "ratio" && value > 1) fieldErrors[key] = ["a conversion ratio must be between 0 and 1 (0 % to 100 %)"];
  }
  const entries = Object.entries(values);
  if (entries.length === 0) fieldErrors["(body)"] = ["give at least one lever"];
  const firstProblem = Object.entries(fieldErrors)[0];
  if (firstProblem) throw new InvalidInputError(`${firstProblem[0]}: ${firstProblem[1][0]}`, fieldErrors);

  const effectiveFrom = new Date(`${effectiveFromDay ?? todayIn(settings.timeZone)}T00:00:00Z`);
  await db.$transaction(async (tx) => {
    await tx.benchmark.createMany({
      data: entries.map(([leverKey, value]) => ({
        organizationId: viewer.organizationId,
        teamId: team?.id ?? null,
        leverKey,
        value: leverKey === "deal_size" ? toMinorUnits(value, settings.currency) : value,
        effectiveFrom,
        setById: viewerUserId(viewer),
      })),
    });
    await recordAudit(
      {
        organizationId: viewer.organizationId,
        ...auditActor(viewer),
        action: "benchmark.set",
        entityType: team ? "Team" : "Organization",
        entityId: team?.id ?? viewer.organizationId,
        after: { values, effectiveFrom: dayKey(effectiveFrom) },
      },
      tx,
    );
  });
}
