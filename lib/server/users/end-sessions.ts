import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Invalidates every session of a user (sign-out, deactivation, role change): their tokens stop matching.
 * Pass the transaction client so the session ends in the same commit as the change that ends it.
 */
export async function endSessions(userId: string, organizationId: string, client: Pick<Prisma.TransactionClient, "user"> = db): Promise<void> {
  await client.user.updateMany({ where: { id: userId, organizationId }, data: { sessionVersion: { increment: 1 } } });
}
