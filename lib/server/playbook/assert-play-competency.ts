import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { InvalidInputError } from "@/lib/server/http/errors";

/** A play belongs to one of the organization's rep competencies in use. */
export async function assertPlayCompetency(
  tx: Pick<Prisma.TransactionClient, "competency">,
  organizationId: string,
  competencyId: string,
): Promise<{ id: string; name: string }> {
  const competency = await tx.competency.findFirst({
    where: { id: competencyId, organizationId, kind: "REP", retiredAt: null },
    select: { id: true, name: true },
  });
  if (!competency)
    throw new InvalidInputError("Competency: choose one of the organization's competencies", {
      competencyId: ["is not one of the organization's competencies"],
    });
  return competency;
}
