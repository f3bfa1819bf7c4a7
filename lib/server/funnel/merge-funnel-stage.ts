import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { findStageReferences } from "@/lib/server/funnel/find-stage-references";
import { lockFunnel } from "@/lib/server/funnel/lock-funnel";
import { renumberFunnel } from "@/lib/server/funnel/renumber-funnel";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import { dayKey } from "@/lib/calendar/days";

/**
 * ADMIN: folds one stage into another and removes it, all or nothing. Its activity is added to the
 * target stage per rep and day; benchmarks on its ratios are deleted and competencies tied to its
 * ratios lose their lever (they stay, to be tied to a ratio again). The audit record keeps what went.
 */
export async function mergeFunnelStage(viewer: Viewer, input: { stageId: string; targetStageId: string }) {
  assertAdmin(viewer, "Only an administrator can edit the funnel");
  if (input.stageId === input.targetStageId) throw new InvalidInputError("targetStageId: choose a different stage", { targetStageId: ["choose a different stage to merge into"] });
  const organizationId = viewer.organizationId;
  return db.$transaction(async (tx) => {
    const stages = await lockFunnel(tx, organizationId);
    const source = stages.find((stage) => stage.id === input.stageId);
    const target = stages.find((stage) => stage.id === input.targetStageId);
    if (!source || !target) throw new NotFoundError("Funnel stage");
    if (stages.length <= 2) throw new ConflictError("A funnel needs at least two stages");

    const references = await findStageReferences(tx, organizationId, source.key);
    if (references.benchmarks.length) await tx.benchmark.deleteMany({ where: { organizationId, id: { in: references.benchmarks.map((row) => row.id) } } });
    if (references.competencies.length) await tx.competency.updateMany({ where: { organizationId, id: { in: references.competencies.map((row) => row.id) } }, data: { leverKey: null } });

    const movedRows = await tx.$executeRaw`
      INSERT INTO "Activity" ("organizationId", "repId", "day", "stage", "value", "updatedAt")
      SELECT "organizationId", "repId", "day", ${target.key}, "value", now()
      FROM "Activity" WHERE "organizationId" = ${organizationId} AND "stage" = ${source.key}
      ON CONFLICT ("organizationId", "repId", "day", "stage") DO UPDATE SET "value" = "Activity"."value" + EXCLUDED."value", "updatedAt" = now()`;
    await tx.$executeRaw`DELETE FROM "Activity" WHERE "organizationId" = ${organizationId} AND "stage" = ${source.key}`;
    await tx.funnelStage.delete({ where: { id: source.id } });
    await renumberFunnel(tx, organizationId, stages.filter((stage) => stage.id !== source.id));

    const result = {
      source: { key: source.key, label: source.label },
      target: { key: target.key, label: target.label },
      movedRows,
      droppedBenchmarks: references.benchmarks.map((row) => ({ id: row.id, teamId: row.teamId, leverKey: row.leverKey, value: row.value, effectiveFrom: dayKey(row.effectiveFrom) })),
      clearedCompetencies: references.competencies.map((row) => ({ id: row.id, name: row.name, leverKey: row.leverKey })),
    };
    await recordAudit(
      { organizationId, ...auditActor(viewer), action: "funnel_stage.merged", entityType: "FunnelStage", entityId: source.id, before: { order: stages.map((row) => row.key) }, after: result },
      tx,
    );
    return result;
  });
}
