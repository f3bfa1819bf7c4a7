import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** The settings home: a line of figures for each section. */
export async function getSettingsOverview(viewer: Viewer) {
  assertAdmin(viewer);
  const organizationId = viewer.organizationId;
  const [usersByStatus, teams, stages, activeTokens, lastAudit] = await Promise.all([
    db.user.groupBy({ by: ["active"], where: { organizationId }, _count: { _all: true } }),
    db.team.count({ where: { organizationId } }),
    db.funnelStage.findMany({ where: { organizationId }, select: { label: true }, orderBy: { position: "asc" } }),
    db.apiToken.count({ where: { organizationId, revokedAt: null } }),
    db.auditLog.findFirst({ where: { organizationId }, select: { createdAt: true }, orderBy: { createdAt: "desc" } }),
  ]);
  return {
    activeUsers: usersByStatus.find((row) => row.active)?._count._all ?? 0,
    deactivatedUsers: usersByStatus.find((row) => !row.active)?._count._all ?? 0,
    teams,
    stages: stages.map((stage) => stage.label),
    activeTokens,
    lastAuditAt: lastAudit?.createdAt.toISOString() ?? null,
  };
}
