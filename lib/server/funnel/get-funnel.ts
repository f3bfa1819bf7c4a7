import "server-only";
import { db } from "@/lib/db";

/** The organization's funnel stages in order. */
export async function getFunnelStages(organizationId: string): Promise<{ key: string; label: string }[]> {
  return db.funnelStage.findMany({ where: { organizationId }, select: { key: true, label: true }, orderBy: { position: "asc" } });
}
