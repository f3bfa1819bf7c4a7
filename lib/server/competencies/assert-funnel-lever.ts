import "server-only";
import { leversFor } from "@/lib/coaching";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CompetencyKind } from "@/lib/generated/prisma/enums";
import { InvalidInputError } from "@/lib/server/http/errors";

/**
 * A rep competency drives one lever of the organization's funnel (or none); a leader competency
 * is measured by a scorecard metric instead, never a funnel lever.
 */
export async function assertFunnelLever(
  tx: Pick<Prisma.TransactionClient, "funnelStage">,
  organizationId: string,
  kind: CompetencyKind,
  leverKey: string | null,
): Promise<void> {
  if (leverKey === null) return;
  if (kind === "LEADER")
    throw new InvalidInputError("A leader competency does not drive a funnel lever", { leverKey: ["must be empty for a leader competency"] });
  const stages = await tx.funnelStage.findMany({ where: { organizationId }, select: { key: true, label: true }, orderBy: { position: "asc" } });
  if (!leversFor(stages).some((lever) => lever.key === leverKey))
    throw new InvalidInputError(`Lever: '${leverKey}' is not a lever of the funnel`, { leverKey: ["is not a lever of the funnel"] });
}
