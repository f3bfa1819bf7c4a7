import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * ADMIN deletes a competency that nothing refers to (a mistake made today). One with history —
 * assessments, plans, sales plays or one-on-ones — is refused: it can only be retired.
 */
export async function deleteCompetency(viewer: Viewer, competencyId: string): Promise<void> {
  assertAdmin(viewer, "Only an administrator can change the competency framework");
  await db.$transaction(async (tx) => {
    const competency = await tx.competency.findFirst({
      where: { id: competencyId, organizationId: viewer.organizationId },
      select: {
        id: true,
        kind: true,
        name: true,
        description: true,
        rubric: true,
        leverKey: true,
        _count: { select: { assessments: true, plans: true, salesPlays: true, oneOnOnes: true } },
      },
    });
    if (!competency) throw new NotFoundError("Competency");
    const { assessments, plans, salesPlays, oneOnOnes } = competency._count;
    const history = [
      assessments ? plural(assessments, "assessment", "assessments") : null,
      plans ? plural(plans, "development plan", "development plans") : null,
      salesPlays ? plural(salesPlays, "sales play", "sales plays") : null,
      oneOnOnes ? plural(oneOnOnes, "one-on-one", "one-on-ones") : null,
    ].filter((entry): entry is string => entry !== null);
    if (history.length)
      throw new ConflictError(`${competency.name} has history (${history.join(", ")}): retire it instead, so that history keeps its meaning`, {
        history: competency._count,
      });
    // Its coaching questions go with it (cascade).
    await tx.competency.delete({ where: { id: competency.id } });
    const { _count: _history, id: _id, ...before } = competency;
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "competency.deleted", entityType: "Competency", entityId: competency.id, before },
      tx,
    );
  });
}
