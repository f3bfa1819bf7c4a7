import "server-only";
import { db } from "@/lib/db";
import { groupKey } from "@/lib/org-chart/plan-org-chart";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** ADMIN: puts a team in a region (found by name whatever its case, created when new) or in none. */
export async function setTeamRegion(viewer: Viewer, input: { teamId: string; region: string | null }): Promise<{ changed: boolean; region: string | null }> {
  assertAdmin(viewer, "Only an administrator can group teams into regions");
  return db.$transaction(async (tx) => {
    const team = await tx.team.findFirst({ where: { id: input.teamId, organizationId: viewer.organizationId }, select: { id: true, regionId: true } });
    if (!team) throw new NotFoundError("Team");
    let region: { id: string; name: string } | null = null;
    if (input.region) {
      const key = groupKey(input.region);
      const regions = await tx.region.findMany({ where: { organizationId: viewer.organizationId }, select: { id: true, name: true } });
      region = regions.find((candidate) => groupKey(candidate.name) === key) ?? null;
      if (!region) {
        region = await tx.region.create({ data: { organizationId: viewer.organizationId, name: input.region }, select: { id: true, name: true } });
        await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "region.created", entityType: "Region", entityId: region.id, after: { name: region.name } }, tx);
      }
    }
    const regionId = region?.id ?? null;
    if (team.regionId === regionId) return { changed: false, region: region?.name ?? null };
    await tx.team.update({ where: { id: team.id }, data: { regionId } });
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "team.region_changed", entityType: "Team", entityId: team.id, before: { regionId: team.regionId }, after: { regionId } },
      tx,
    );
    return { changed: true, region: region?.name ?? null };
  });
}
