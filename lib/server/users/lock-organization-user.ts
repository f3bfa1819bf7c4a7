import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/server/http/errors";

/**
 * Inside a transaction: locks a user of the organization (FOR UPDATE), so two administrators'
 * changes to the same person apply one after the other, and returns what the admin operations check.
 * Another organization's id is unknown (NotFoundError).
 */
export async function lockOrganizationUser(tx: Prisma.TransactionClient, organizationId: string, userId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "id" = ${userId} AND "organizationId" = ${organizationId} FOR UPDATE`;
  if (!locked.length) throw new NotFoundError("User");
  return tx.user.findFirstOrThrow({
    where: { id: userId, organizationId },
    select: { id: true, name: true, email: true, role: true, active: true, teamId: true, createdAt: true, managedTeams: { select: { name: true }, orderBy: { name: "asc" } } },
  });
}
