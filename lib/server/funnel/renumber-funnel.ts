import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Writes positions 0…n-1 in the given order, touching only stages whose position changes. */
export async function renumberFunnel(tx: Prisma.TransactionClient, organizationId: string, ordered: readonly { id: string; position: number }[]): Promise<void> {
  for (const [position, stage] of ordered.entries()) {
    if (stage.position !== position) await tx.funnelStage.updateMany({ where: { id: stage.id, organizationId }, data: { position } });
  }
}
