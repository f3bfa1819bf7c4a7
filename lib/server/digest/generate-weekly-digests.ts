import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildManagerDigest, type ManagerDigestBody } from "@/lib/server/digest/build-manager-digest";
import { loadJobViewer } from "@/lib/server/viewer/load-viewer";

export interface GeneratedDigest {
  managerId: string;
  name: string;
  email: string;
  weekOf: string;
  body: ManagerDigestBody;
}

/**
 * Computes and stores this week's digest for every active manager of an organization who runs a
 * team. One row per manager and week (unique managerId + weekOf): running it again replaces the
 * row, never adds one.
 */
export async function generateWeeklyDigests(organizationId: string, weekOf: string): Promise<GeneratedDigest[]> {
  const managers = await db.user.findMany({
    where: { organizationId, role: "MANAGER", active: true, managedTeams: { some: {} } },
    select: { id: true },
    orderBy: { email: "asc" },
  });
  const generated: GeneratedDigest[] = [];
  for (const { id } of managers) {
    const manager = await loadJobViewer(id, organizationId);
    if (!manager) continue;
    const body = await buildManagerDigest(manager, weekOf);
    const json = body as unknown as Prisma.InputJsonValue;
    const day = new Date(`${weekOf}T00:00:00Z`);
    await db.managerDigest.upsert({
      where: { managerId_weekOf: { managerId: manager.id, weekOf: day } },
      create: { organizationId, managerId: manager.id, weekOf: day, body: json },
      update: { body: json, createdAt: new Date() },
    });
    generated.push({ managerId: manager.id, name: manager.name, email: manager.email, weekOf, body });
  }
  return generated;
}
