import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertFunnelLever } from "@/lib/server/competencies/assert-funnel-lever";
import { ConflictError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import type { CompetencyInput } from "@/lib/validation/competencies";

/** ADMIN adds a rep or leader competency at the end of its list. */
export async function createCompetency(viewer: Viewer, input: CompetencyInput): Promise<{ id: string }> {
  assertAdmin(viewer, "Only an administrator can change the competency framework");
  const organizationId = viewer.organizationId;
  try {
    return await db.$transaction(async (tx) => {
      await assertFunnelLever(tx, organizationId, input.kind, input.leverKey);
      const last = await tx.competency.aggregate({ where: { organizationId, kind: input.kind }, _max: { position: true } });
      const data = { kind: input.kind, name: input.name, description: input.description, rubric: input.rubric, leverKey: input.leverKey };
      const competency = await tx.competency.create({ data: { organizationId, ...data, position: (last._max.position ?? -1) + 1 }, select: { id: true } });
      await recordAudit(
        { organizationId, ...auditActor(viewer), action: "competency.created", entityType: "Competency", entityId: competency.id, after: data },
        tx,
      );
      return competency;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ConflictError(`A competency named '${input.name}' already exists`);
    throw error;
  }
}
