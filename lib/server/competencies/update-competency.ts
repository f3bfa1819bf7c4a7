import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertFunnelLever } from "@/lib/server/competencies/assert-funnel-lever";
import { ConflictError, NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import type { CompetencyInput } from "@/lib/validation/competencies";

/**
 * ADMIN edits a competency's name, description, rubric and lever. Past assessments keep their
 * scores; the engine and new plans use the lever from now on.
 */
export async function updateCompetency(viewer: Viewer, input: Omit<CompetencyInput, "kind"> & { competencyId: string }): Promise<void> {
  assertAdmin(viewer, "Only an administrator can change the competency framework");
  const organizationId = viewer.organizationId;
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.competency.findFirst({
        where: { id: input.competencyId, organizationId },
        select: { id: true, kind: true, name: true, description: true, rubric: true, leverKey: true },
      });
      if (!before) throw new NotFoundError("Competency");
      await assertFunnelLever(tx, organizationId, before.kind, input.leverKey);
      const after = { name: input.name, description: input.description, rubric: input.rubric, leverKey: input.leverKey };
      await tx.competency.update({ where: { id: before.id }, data: after });
      const { id: _id, kind: _kind, ...previous } = before;
      await recordAudit(
        { organizationId, ...auditActor(viewer), action: "competency.updated", entityType: "Competency", entityId: before.id, before: previous, after },
        tx,
      );
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ConflictError(`A competency named '${input.name}' already exists`);
    throw error;
  }
}
