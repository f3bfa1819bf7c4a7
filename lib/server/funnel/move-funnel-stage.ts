import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ConflictError, NotFoundError } from "@/lib/server/http/errors";
import { lockFunnel } from "@/lib/server/funnel/lock-funnel";
import { renumberFunnel } from "@/lib/server/funnel/renumber-funnel";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

/** ADMIN: swaps a stage with its neighbour above or below. */
export async function moveFunnelStage(viewer: Viewer, input: { stageId: string; direction: "up" | "down" }) {
  assertAdmin(viewer, "Only an administrator can edit the funnel");
  return db.$transaction(async (tx) => {
    const stages = await lockFunnel(tx, viewer.organizationId);
    const index = stages.findIndex((stage) => stage.id === input.stageId);
    if (index < 0) throw new NotFoundError("Funnel stage");
    const to = input.direction === "up" ? index - 1 : index + 1;
    const stage = stages[index];
    const neighbour = stages[to];
    if (!stage || !neighbour) throw new ConflictError(`This stage is already the ${input.direction === "up" ? "first" : "last"} one`);
    const ordered = [...stages];
    ordered[index] = neighbour;
    ordered[to] = stage;
    await renumberFunnel(tx, viewer.organizationId, ordered);
    await recordAudit(
      { organizationId: viewer.organizationId, ...auditActor(viewer), action: "funnel_stage.moved", entityType: "FunnelStage", entityId: stage.id, before: { order: stages.map((row) => row.key) }, after: { order: ordered.map((row) => row.key) } },
      tx,
    );
    return { order: ordered.map((row) => row.key) };
  });
}
