import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Inside a transaction: serializes funnel edits of one organization (it locks the organization row),
 * then returns its stages in order. Two administrators reordering at once cannot interleave.
 */
export async function lockFunnel(tx: Prisma.TransactionClient, organizationId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
  return tx.funnelStage.findMany({ where: { organizationId }, select: { id: true, key: true, label: true, position: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
}
